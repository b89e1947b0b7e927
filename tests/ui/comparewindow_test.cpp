// The compare window on two drafts of the sample column, offscreen: the list of changes, walking
// it, the inline and side-by-side views, the front matter, swapping the sides, and restoring a
// change or the whole filed draft into the current text, each one undo step.
#include "comparedesk.h"

#include <i18n/translations.h>
#include <ui/common/notices.h>
#include <ui/compare/compareheader.h>
#include <ui/compare/comparetextviews.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>

#include <QAction>
#include <QTest>
#include <QTreeView>

#include <review/reviewedits.h>

using namespace Byline::WidgetUi;

namespace {

// The list of changes as the user reads it: kind | words | line.
QStringList listed(const CompareWindow &window)
{
    QStringList rows;
    const QAbstractItemModel *model = window.changesList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

QString selected(const CompareTextView *view)
{
    return view->textCursor().selectedText();
}

// Waits for the comparison that follows an edit of the current text.
bool comparedAgain(const CompareWindow &window, const QString &current)
{
    return QTest::qWaitFor(
        [&] { return !window.isComparing() && window.result() && window.result()->comparison.after() == current; });
}

} // namespace

class CompareWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void lists_theChangesBetweenTheDrafts();
    void inline_strikesDeletedWordsBeforeAddedOnes();
    void nextAndPrevious_walkTheChanges();
    void sideBySide_selectsEachSideOfTheChange();
    void swap_comparesTheOtherWayRound();
    void restoreChange_putsBackThoseWordsAsOneUndoStep();
    void restoreChange_inSuggestMode_isASuggestion();
    void restoreVersion_replacesTheWholeTextAsOneUndoStep();
    void twoFiles_restoreNothing();
    void currentText_isComparedAgainWhenEdited();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void CompareWindowTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-compare-window-test"));
    Byline::Core::Translations::install(qApp); // singular and plural counts, as the program shows them
}

void CompareWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void CompareWindowTest::lists_theChangesBetweenTheDrafts()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    const CompareWindow &window = *desk.window();
    QVERIFY(window.isVisible());
    QCOMPARE(listed(window),
             QStringList({
                 QStringLiteral("Replaced | Years ago → Quite a few years back | 11"),
                 QStringLiteral("Deleted | the | 13"),
                 QStringLiteral("Added | both | 15"),
                 QStringLiteral("Moved away | With the new focus on the cloud, does… | 21"),
                 QStringLiteral("Deleted | ¶ | 21"),
                 QStringLiteral("Moved here | With the new focus on the cloud, does… | 23"),
                 QStringLiteral("Added | ¶ | 24"),
             }));
    QCOMPARE(window.header()->summary(), QStringLiteral("7 changes · 20 words out · 23 in"));
    QCOMPARE(window.header()->frontMatter(), QStringLiteral("status: review → published\n"));
    QVERIFY(window.header()->sides().contains(QStringLiteral("filed.md")));
    QVERIFY(window.header()->sides().contains(QStringLiteral("Current text")));
    // Nothing was changed by looking.
    QCOMPARE(desk.desk.session().text(), sampleColumn());
    QVERIFY(!desk.desk.session().isModified());
}

void CompareWindowTest::inline_strikesDeletedWordsBeforeAddedOnes()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    const CompareTextViews &views = *desk.window()->views();
    QCOMPARE(views.mode(), CompareWindow::Mode::Inline);
    const QString shown = views.inlineView()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("Years agoQuite a few years back, I wrote")));
    QVERIFY(shown.contains(QStringLiteral("Over the past couple")));
    QVERIFY(shown.contains(QStringLiteral("(moved to line 23) With the new focus")));
    QVERIFY(shown.contains(QStringLiteral("(moved from line 21) With the new focus")));
    // "Years ago" struck through, "Quite a few years back" underlined, the rest as it is.
    QTextCursor cursor(views.inlineView()->document());
    cursor.setPosition(int(shown.indexOf(QStringLiteral("Years ago"))) + 1);
    QVERIFY(cursor.charFormat().fontStrikeOut());
    cursor.setPosition(int(shown.indexOf(QStringLiteral("Quite a few"))) + 1);
    QVERIFY(cursor.charFormat().fontUnderline());
    QVERIFY(!cursor.charFormat().fontStrikeOut());
    cursor.setPosition(int(shown.indexOf(QStringLiteral("I wrote"))) + 1);
    QVERIFY(!cursor.charFormat().fontUnderline() && !cursor.charFormat().fontStrikeOut());
}

void CompareWindowTest::nextAndPrevious_walkTheChanges()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    CompareWindow &window = *desk.window();
    const CompareTextView *view = window.views()->inlineView();
    // The window opens on the first change.
    QCOMPARE(window.currentChange(), 0);
    QCOMPARE(selected(view), QStringLiteral("Years agoQuite a few years back"));
    QVERIFY(window.goToChange(true));
    QCOMPARE(selected(view), QStringLiteral("the "));
    // The keys: Alt+Down and Ctrl+Alt+. go on, Alt+Up goes back.
    QTest::keyClick(window.changesList(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(window.currentChange(), 2);
    QCOMPARE(selected(view), QStringLiteral("both "));
    QTest::keyClick(window.changesList(), Qt::Key_Period, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(window.currentChange(), 3);
    QVERIFY(selected(view).startsWith(QStringLiteral("(moved to line 23) With the new focus")));
    QTest::keyClick(window.changesList(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(window.currentChange(), 2);
    window.setCurrentChange(6);
    QVERIFY(!window.goToChange(true));
    QCOMPARE(window.currentChange(), 6);
    QCOMPARE(window.message(), QStringLiteral("No more changes after this one"));
    window.setCurrentChange(0);
    QVERIFY(!window.goToChange(false));
}

void CompareWindowTest::sideBySide_selectsEachSideOfTheChange()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    CompareWindow &window = *desk.window();
    window.setMode(CompareWindow::Mode::SideBySide);
    const CompareTextViews &views = *window.views();
    QCOMPARE(views.beforeView()->toPlainText(), filedDraft());
    QCOMPARE(views.afterView()->toPlainText(), sampleColumn());
    QVERIFY(views.afterView()->isVisible() && !views.inlineView()->isVisible());
    // The change shown when the layout changed stays selected on both sides.
    QCOMPARE(selected(views.beforeView()), QStringLiteral("Years ago"));
    QCOMPARE(selected(views.afterView()), QStringLiteral("Quite a few years back"));
    QVERIFY(window.goToChange(true));
    QCOMPARE(selected(views.beforeView()), QStringLiteral("the "));
    QCOMPARE(selected(views.afterView()), QString()); // deleted: nothing on the new side
    QTextCursor cursor(views.afterView()->document());
    cursor.setPosition(int(sampleColumn().indexOf(QStringLiteral("both on"))) + 1);
    QVERIFY(cursor.charFormat().fontUnderline());
}

void CompareWindowTest::swap_comparesTheOtherWayRound()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    CompareWindow &window = *desk.window();
    QVERIFY(window.currentIsAfter());
    window.swapSides();
    QVERIFY(QTest::qWaitFor([&] { return window.result()->comparison.before() == sampleColumn(); }));
    QVERIFY(!window.currentIsAfter() && window.hasCurrentSide());
    QCOMPARE(listed(window).constFirst(), QStringLiteral("Replaced | Quite a few years back → Years ago | 11"));
    QCOMPARE(window.header()->frontMatter(), QStringLiteral("status: published → review\n"));
    // Restoring still puts the other version's words into the current text.
    window.setCurrentChange(0);
    QVERIFY(window.restoreChange());
    QVERIFY(desk.desk.session().text().contains(QStringLiteral("Years ago, I wrote")));
}

void CompareWindowTest::restoreChange_putsBackThoseWordsAsOneUndoStep()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    CompareWindow &window = *desk.window();
    ArticleSession &session = desk.desk.session();
    const QString column = sampleColumn();
    window.setCurrentChange(0);
    QVERIFY(window.restoreChange());
    QString expected = column;
    expected.replace(QStringLiteral("Quite a few years back, I wrote"), QStringLiteral("Years ago, I wrote"));
    QCOMPARE(session.text(), expected);
    const QString afterFirst = expected;
    QVERIFY(session.isModified());
    // The comparison follows: one change fewer, and the next one in its place.
    QVERIFY(comparedAgain(window, expected));
    QCOMPARE(window.changesList()->model()->rowCount(), 6);
    QCOMPARE(window.currentChange(), 0);
    QCOMPARE(selected(window.views()->inlineView()), QStringLiteral("the "));

    // A moved paragraph goes back where it was: both of its places in one edit.
    window.setCurrentChange(2);
    QVERIFY(window.restoreChange());
    expected.remove(movedParagraph);
    expected.insert(expected.indexOf(QStringLiteral("I can't help but wonder")), movedParagraph);
    QCOMPARE(session.text(), expected);
    QVERIFY(comparedAgain(window, expected));

    // Ctrl+Z in the editor takes back one restore at a time.
    MarkdownEditor *editor = desk.desk.parts().editor;
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session.text(), afterFirst);
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session.text(), column);
    QVERIFY(comparedAgain(window, column));
    QCOMPARE(window.changesList()->model()->rowCount(), 7);
}

void CompareWindowTest::restoreChange_inSuggestMode_isASuggestion()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    CompareWindow &window = *desk.window();
    ArticleSession &session = desk.desk.session();
    session.setSuggesting(true, QStringLiteral("Ed Brooks"));
    window.setCurrentChange(0);
    QVERIFY(window.restoreChange());
    const QString text = session.text();
    QVERIFY2(text.contains(QStringLiteral("{~~Quite a few years back~>Years ago~~}{>>@Ed Brooks ")), qPrintable(text));
    using Byline::Core::ReviewEdits;
    QCOMPARE(ReviewEdits::view(text, ReviewEdits::View::Original), sampleColumn());
}

void CompareWindowTest::restoreVersion_replacesTheWholeTextAsOneUndoStep()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    CompareWindow &window = *desk.window();
    ArticleSession &session = desk.desk.session();
    QVERIFY(window.restoreVersion());
    QCOMPARE(session.text(), filedDraft());
    QVERIFY(desk.desk.parts().notices->bar().text().contains(QStringLiteral("The text is now as in “filed.md”")));
    QVERIFY(comparedAgain(window, filedDraft()));
    QVERIFY(window.result()->comparison.isSame());
    QCOMPARE(window.header()->summary(), QStringLiteral("The two versions are the same"));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("compareRestoreVersion"))->isEnabled());
    // Undone from the compare window itself, as Word's compare window allows.
    QTest::keyClick(window.changesList(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session.text(), sampleColumn());
    QVERIFY(comparedAgain(window, sampleColumn()));
}

void CompareWindowTest::twoFiles_restoreNothing()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.desk.open(desk.column));
    desk.compare().compareFiles(desk.filed, desk.column);
    QVERIFY(QTest::qWaitFor([&] { return desk.window() && desk.window()->result(); }));
    CompareWindow &window = *desk.window();
    QVERIFY(!window.hasCurrentSide());
    QCOMPARE(window.changesList()->model()->rowCount(), 7);
    for (const QString &name : {QStringLiteral("compareRestoreChange"), QStringLiteral("compareRestoreVersion"),
                                QStringLiteral("compareAsSuggestions")})
        QVERIFY2(!window.findChild<QAction *>(name)->isEnabled(), qPrintable(name));
    QVERIFY(!window.restoreVersion());
    QCOMPARE(desk.desk.session().text(), sampleColumn());
}

void CompareWindowTest::currentText_isComparedAgainWhenEdited()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.compareFiledWithColumn());
    CompareWindow &window = *desk.window();
    typeAtEnd(desk.desk.session(), QStringLiteral("\nA closing line.\n"));
    QVERIFY(comparedAgain(window, desk.desk.session().text()));
    QCOMPARE(listed(window).constLast(), QStringLiteral("Added | ¶ A closing line. ¶ | 26"));
    // Another article opens: the comparison was with the text of this one.
    QVERIFY(desk.desk.open(desk.filed));
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(CompareWindowTest)
#include "comparewindow_test.moc"
