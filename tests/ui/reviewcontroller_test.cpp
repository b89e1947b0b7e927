// The review in a real window, offscreen: the status bar's counts, the preview's three views,
// moving between changes and deciding them, each decision one undo step.
#include "testdesk.h"
#include "testfiles.h"

#include <i18n/translations.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/preview/previewpane.h>
#include <ui/review/reviewcontroller.h>
#include <ui/shell/mainwindow.h>

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::WidgetUi;
using View = Byline::Core::ReviewEdits::View;
using Decision = Byline::Core::ReviewEdits::Decision;

namespace {

const QString reviewed = QStringLiteral(BYLINE_TEST_DATA "/review/reviewed-column.md");

QString previewText(const TestWindow &desk)
{
    return desk.parts().preview->toPlainText();
}

} // namespace

class ReviewControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void counts_showWhatWaitsForADecision();
    void preview_showsTheViewAskedFor();
    void nextAndPrevious_selectEachChangeInTurn();
    void acceptAtCursor_isOneUndoStep();
    void acceptAndRejectAll();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_copy;
};

void ReviewControllerTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-review-test"));
    Byline::Core::Translations::install(qApp); // singular and plural counts, as the program shows them
}

void ReviewControllerTest::init()
{
    m_copy = m_dir.filePath(QStringLiteral("column.md"));
    QFile::remove(m_copy);
    QVERIFY(QFile::copy(reviewed, m_copy));
    QFile::setPermissions(m_copy, QFile::ReadOwner | QFile::WriteOwner);
}

void ReviewControllerTest::counts_showWhatWaitsForADecision()
{
    TestWindow desk;
    desk.window.show();
    QVERIFY(desk.open(m_copy));
    QLabel *counts = desk.parts().review->counts();
    QTRY_COMPARE(counts->text(), QStringLiteral("5 suggestions · 2 comments"));
    QVERIFY(counts->isVisible());
    QVERIFY(desk.open(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    QTRY_VERIFY(!counts->isVisible());
}

void ReviewControllerTest::preview_showsTheViewAskedFor()
{
    TestWindow desk;
    desk.window.show();
    QVERIFY(desk.open(m_copy));
    // All markup by default: both sides of every change, and the notes with their reviewers.
    QTRY_VERIFY(previewText(desk).contains(QStringLiteral("intensifier adds nothing")));
    QVERIFY(previewText(desk).contains(QStringLiteral("having very")));
    QVERIFY(previewText(desk).contains(QStringLiteral("Ed Brooks")));
    QVERIFY(!previewText(desk).contains(QStringLiteral("{--")));
    desk.parts().review->setView(View::Final);
    QTRY_VERIFY(!previewText(desk).contains(QStringLiteral("intensifier")));
    QVERIFY(previewText(desk).contains(QStringLiteral("having similar feelings")));
    desk.parts().review->setView(View::Original);
    QTRY_VERIFY(previewText(desk).contains(QStringLiteral("having very similar feelings")));
    QVERIFY(!previewText(desk).contains(QStringLiteral("When x86")));
}

void ReviewControllerTest::nextAndPrevious_selectEachChangeInTurn()
{
    TestWindow desk;
    QVERIFY(desk.open(m_copy));
    MarkdownEditor *editor = desk.parts().editor;
    QTextCursor start = editor->textCursor();
    start.setPosition(0);
    editor->setTextCursor(start);
    ReviewController *review = desk.parts().review;
    QVERIFY(review->goToChange(true));
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("{~~much-hyped~>the much-hyped~~}"));
    QVERIFY(review->goToChange(true));
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("{++the ++}"));
    QVERIFY(review->goToChange(false));
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("{~~much-hyped~>the much-hyped~~}"));
    QVERIFY(!review->goToChange(false));
}

void ReviewControllerTest::acceptAtCursor_isOneUndoStep()
{
    TestWindow desk;
    QVERIFY(desk.open(m_copy));
    const QString before = desk.session().text();
    MarkdownEditor *editor = desk.parts().editor;
    QTextCursor at = editor->textCursor();
    at.setPosition(int(before.indexOf(QStringLiteral("{--very"))) + 4);
    editor->setTextCursor(at);
    QVERIFY(desk.parts().review->decideAtCursor(Decision::Accept));
    const QString after = desk.session().text();
    QVERIFY(after.contains(QStringLiteral("having similar feelings")));
    QVERIFY(!after.contains(QStringLiteral("intensifier")));
    // The cursor went on to the next change.
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("{==VMware vSphere==}"));
    editor->undo();
    QCOMPARE(desk.session().text(), before);
    // Off any mark, nothing happens.
    at.setPosition(0);
    editor->setTextCursor(at);
    QVERIFY(!desk.parts().review->decideAtCursor(Decision::Reject));
    QCOMPARE(desk.session().text(), before);
}

void ReviewControllerTest::acceptAndRejectAll()
{
    TestWindow desk;
    QVERIFY(desk.open(m_copy));
    const QString before = desk.session().text();
    desk.parts().review->decideAll(Decision::Reject);
    const QString rejected = desk.session().text();
    QVERIFY(rejected.contains(QStringLiteral("having very similar feelings")));
    QVERIFY(!rejected.contains(QStringLiteral("When x86")));
    QVERIFY(rejected.contains(QStringLiteral("{==VMware vSphere==}"))); // threads stay
    QVERIFY(desk.session().isModified());
    desk.parts().editor->undo();
    QCOMPARE(desk.session().text(), before);
    desk.parts().review->decideAll(Decision::Accept);
    QTRY_COMPARE(desk.parts().review->counts()->text(), QStringLiteral("0 suggestions · 1 comment"));
}

QTEST_MAIN(ReviewControllerTest)
#include "reviewcontroller_test.moc"
