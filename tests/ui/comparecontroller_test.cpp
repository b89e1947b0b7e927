// Comparing from the window's menus, offscreen: File ▸ Compare With… on a file and on files that
// cannot be read, Compare as Suggestions (attributed marks whose acceptance gives the other draft,
// one undo step, the review panel shown), and the versions the revision store will offer.
#include "comparedesk.h"

#include <export/exporter.h>
#include <i18n/translations.h>
#include <ui/common/notices.h>
#include <ui/compare/compareheader.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/review/reviewcontroller.h>

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <review/diffsuggestions.h>
#include <review/reviewedits.h>

using namespace Byline::WidgetUi;
using Byline::Core::ReviewEdits;

namespace {

// Answers Compare as Suggestions' questions: the file, then the reviewer.
bool suggestFrom(CompareDesk &desk, const QString &path, const QString &reviewer)
{
    QSignalSpy made(&desk.compare(), &CompareController::suggestionsMade);
    desk.desk.prompts.answerText(path);
    desk.desk.prompts.answerText(reviewer);
    desk.compare().suggestionsAction()->trigger();
    return made.wait(10000);
}

} // namespace

class CompareControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void menus_offCompareWithAndCompareAsSuggestions();
    void compareWith_opensTheWindowOnTheFileChosen();
    void compareWith_missingFile_saysSoAndChangesNothing();
    void compareWith_binaryFile_saysSoAndChangesNothing();
    void compareAsSuggestions_marksWhoseAcceptanceGivesTheOtherDraft();
    void compareAsSuggestions_isOneUndoStep();
    void compareAsSuggestions_fromAWordDocument_keepsTheArticlesFrontMatter();
    void compareAsSuggestions_withoutAName_changesNothing();
    void compareAsSuggestions_fromTheWindow_leavesItForTheReviewPanel();
    void versions_areFetchedWhenChosen();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void CompareControllerTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-compare-controller-test"));
    Byline::Core::Translations::install(qApp);
}

void CompareControllerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void CompareControllerTest::menus_offCompareWithAndCompareAsSuggestions()
{
    CompareDesk desk(*m_dir);
    const QMenuBar *bar = desk.desk.window.menuBar();
    const QStringList file = actionTexts(menuNamed(bar, QStringLiteral("File")));
    QVERIFY2(file.contains(QStringLiteral("Compare With…")), qPrintable(file.join(u'|')));
    QVERIFY(file.contains(QStringLiteral("Compare Two Files…")));
    QVERIFY(actionTexts(menuNamed(bar, QStringLiteral("Review"))).contains(QStringLiteral("Compare as Suggestions…")));
    QCOMPARE(desk.compare().fileActions().constFirst()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    // No other action of the window has its keys.
    int holders = 0;
    for (const QAction *action : desk.desk.window.findChildren<QAction *>())
        holders += action->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+D"))) ? 1 : 0;
    QCOMPARE(holders, 1);
}

void CompareControllerTest::compareWith_opensTheWindowOnTheFileChosen()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.desk.open(desk.column));
    desk.desk.prompts.answerText(desk.filed);
    desk.compare().fileActions().constFirst()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return desk.window() && desk.window()->result(); }));
    QVERIFY(desk.window()->isVisible());
    QCOMPARE(desk.window()->changesList()->model()->rowCount(), 7);
    QCOMPARE(desk.window()->otherSide().label, QStringLiteral("filed.md"));
    QVERIFY(desk.desk.prompts.allAnswered());
}

void CompareControllerTest::compareWith_missingFile_saysSoAndChangesNothing()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.desk.open(desk.column));
    const QString missing = m_dir->filePath(QStringLiteral("gone.md"));
    desk.desk.prompts.answerText(missing);
    desk.compare().fileActions().constFirst()->trigger();
    QTRY_VERIFY(desk.desk.prompts.lastText().contains(QStringLiteral("does not exist")));
    QVERIFY(desk.desk.prompts.lastText().contains(QStringLiteral("gone.md")));
    QVERIFY(!desk.window());
    QCOMPARE(desk.desk.session().text(), sampleColumn());
    QVERIFY(!desk.desk.session().isModified());
}

void CompareControllerTest::compareWith_binaryFile_saysSoAndChangesNothing()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.desk.open(desk.column));
    const QString binary
        = writeFile(m_dir->filePath(QStringLiteral("photo.md")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    desk.desk.prompts.answerText(binary);
    desk.compare().fileActions().constFirst()->trigger();
    QTRY_VERIFY(desk.desk.prompts.lastText().contains(QStringLiteral("binary")));
    QVERIFY(!desk.window());
    // Nor as suggestions.
    desk.desk.prompts.answerText(binary);
    desk.compare().suggestionsAction()->trigger();
    QTRY_COMPARE(desk.desk.prompts.asked().size(), 4);
    QVERIFY(desk.desk.prompts.lastText().contains(QStringLiteral("binary")));
    QCOMPARE(desk.desk.session().text(), sampleColumn());
    QVERIFY(!desk.desk.session().isModified());
}

void CompareControllerTest::compareAsSuggestions_marksWhoseAcceptanceGivesTheOtherDraft()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.desk.open(desk.column));
    QVERIFY(!desk.desk.parts().reviewDock->isVisible());
    QVERIFY(suggestFrom(desk, desk.filed, QStringLiteral("Ed Brooks")));
    const QString marked = desk.desk.session().text();
    QVERIFY2(marked.contains(QStringLiteral("{~~Quite a few years back~>Years ago~~}{>>@Ed Brooks ")),
             qPrintable(marked));
    QVERIFY(marked.contains(QStringLiteral("{++the ++}{>>@Ed Brooks ")));
    QVERIFY(marked.contains(QStringLiteral("{--both --}{>>@Ed Brooks ")));
    // The review panel is where the columnist walks them; the front matter could hold no marks.
    QVERIFY(desk.desk.parts().reviewDock->isVisible());
    QVERIFY(desk.desk.parts().notices->bar().text().contains(QStringLiteral("front matter")));
    QCOMPARE(ReviewEdits::view(marked, ReviewEdits::View::Final), filedDraft());
    desk.desk.parts().review->decideAll(ReviewEdits::Decision::Accept);
    QCOMPARE(desk.desk.session().text(), filedDraft());
}

// A Word document sent back without tracked changes: its words against the article's, as
// suggestions; the article keeps its own front matter (a document carries only its properties).
void CompareControllerTest::compareAsSuggestions_fromAWordDocument_keepsTheArticlesFrontMatter()
{
    CompareDesk desk(*m_dir);
    Byline::Core::ExportOptions options;
    options.format = Byline::Core::ExportOptions::Format::Docx;
    options.review = ReviewEdits::View::Final;
    const QString docx = m_dir->filePath(QStringLiteral("filed.docx"));
    QFile file(docx);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Byline::Core::Exporter::produce(Byline::Core::TextFormats::article(desk.filed), options).bytes);
    file.close();
    QVERIFY(desk.desk.open(desk.column));
    const QString before = desk.desk.session().text();
    QVERIFY(suggestFrom(desk, docx, QStringLiteral("Ed Brooks")));
    const QString marked = desk.desk.session().text();
    QVERIFY2(marked.contains(QStringLiteral("{~~Quite a few years back~>Years ago~~}{>>@Ed Brooks ")),
             qPrintable(marked));
    const qsizetype bodyStart = Byline::Core::DiffSuggestions::bodyStart(before);
    QCOMPARE(marked.left(bodyStart), before.left(bodyStart));
    const QString accepted = ReviewEdits::view(marked, ReviewEdits::View::Final);
    QCOMPARE(accepted.mid(Byline::Core::DiffSuggestions::bodyStart(accepted)),
             filedDraft().mid(Byline::Core::DiffSuggestions::bodyStart(filedDraft())));
}

void CompareControllerTest::compareAsSuggestions_isOneUndoStep()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.desk.open(desk.column));
    QVERIFY(suggestFrom(desk, desk.filed, QStringLiteral("Ed Brooks")));
    QVERIFY(desk.desk.session().text() != sampleColumn());
    desk.desk.parts().editor->undo();
    QCOMPARE(desk.desk.session().text(), sampleColumn());
}

void CompareControllerTest::compareAsSuggestions_withoutAName_changesNothing()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.desk.open(desk.column));
    desk.desk.prompts.answerText(desk.filed);
    desk.desk.prompts.answerText(std::nullopt); // cancelled
    desk.compare().suggestionsAction()->trigger();
    QTRY_COMPARE(desk.desk.prompts.asked().size(), 2);
    QVERIFY(desk.desk.prompts.allAnswered());
    QCOMPARE(desk.desk.session().text(), sampleColumn());
}

void CompareControllerTest::compareAsSuggestions_fromTheWindow_leavesItForTheReviewPanel()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    QSignalSpy made(&desk.compare(), &CompareController::suggestionsMade);
    desk.desk.prompts.answerText(QStringLiteral("Ed Brooks"));
    desk.window()->actions().suggestions->trigger();
    QVERIFY(made.wait(10000));
    QCOMPARE(made.constFirst().constFirst().value<qsizetype>(), 7);
    QVERIFY(!desk.window()->isVisible());
    QVERIFY(desk.desk.parts().reviewDock->isVisible());
    QCOMPARE(ReviewEdits::view(desk.desk.session().text(), ReviewEdits::View::Final), filedDraft());
}

void CompareControllerTest::versions_areFetchedWhenChosen()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.desk.open(desk.column));
    int fetched = 0;
    const QString filed = filedDraft();
    desk.compare().setVersions(
        {{QStringLiteral("Draft filed 3 Dec 14:02"),
          [&fetched, filed] {
              ++fetched;
              return QtConcurrent::run([filed] { return VersionText {filed, {}}; });
          }},
         {QStringLiteral("Lost draft"), [] {
              return QtConcurrent::run([] { return VersionText {{}, QStringLiteral("That revision is damaged.")}; });
          }}});
    QCOMPARE(fetched, 0); // offered by name; nothing read until chosen
    desk.compare().compareWithCurrent({QStringLiteral("Empty"), QString()});
    CompareWindow &window = *desk.window();
    QVERIFY(QTest::qWaitFor([&] { return window.result() && !window.isComparing(); }));
    QCOMPARE(actionTexts(window.header()->versionsMenu()),
             QStringList({QStringLiteral("Draft filed 3 Dec 14:02"), QStringLiteral("Lost draft"), QString(),
                          QStringLiteral("Other File…")}));
    window.chooseVersion(0);
    QVERIFY(QTest::qWaitFor([&] { return window.otherSide().label == QStringLiteral("Draft filed 3 Dec 14:02"); }));
    QVERIFY(QTest::qWaitFor([&] { return !window.isComparing() && window.result()->comparison.before() == filed; }));
    QCOMPARE(fetched, 1);
    QVERIFY(window.header()->sides().contains(QStringLiteral("Draft filed 3 Dec 14:02")));
    window.chooseVersion(1);
    QTRY_COMPARE(window.message(), QStringLiteral("That revision is damaged."));
    QCOMPARE(window.otherSide().label, QStringLiteral("Draft filed 3 Dec 14:02"));
}

QTEST_MAIN(CompareControllerTest)
#include "comparecontroller_test.moc"
