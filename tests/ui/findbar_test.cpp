#include <ui/document/articlesession.h>
#include <ui/editor/findbar.h>
#include <ui/editor/markdowneditor.h>

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Byline::WidgetUi;

namespace {

// An untitled article in an editor with its find bar, as the window lays them out. No recovery
// journal: nothing here is recovered.
struct Desk
{
    explicit Desk(const QString &text) { editor.setPlainText(text); }

    ArticleSession session {nullptr};
    MarkdownEditor editor {session};
    FindBar bar {&editor};
};

const QString searchLayer = QStringLiteral("search");

} // namespace

class FindBarTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void incremental_selectsAsYouTypeAndCounts();
    void matchCaseAndWholeWords();
    void regex_replaceAll_withCapturesInOneUndoStep();
    void replaceAll_isOneUndoStepThroughTheGateway();
    void replaceCurrent_replacesThenMovesOn();
    void invalidRegex_saysSoAndChangesNothing();
    void emptyMatches_doNotLoopForever();
};

void FindBarTest::initTestCase()
{
    // An untitled article autosaves a draft: in test folders.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-findbar-test"));
}

void FindBarTest::incremental_selectsAsYouTypeAndCounts()
{
    Desk desk(QStringLiteral("The bus, the busker and the bush."));
    MarkdownEditor &editor = desk.editor;
    // Another feature's marks, which the search's come and go beside.
    QTextCursor other(editor.document());
    other.setPosition(0);
    other.setPosition(3, QTextCursor::KeepAnchor);
    editor.setDecorations(QStringLiteral("review"), {{other, QTextCharFormat()}});

    desk.bar.showFind();
    auto *field = desk.bar.findChild<QLineEdit *>();
    QTest::keyClicks(field, QStringLiteral("bu"));
    QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("bu"));
    QCOMPARE(editor.textCursor().selectionStart(), 4);
    QCOMPARE(desk.bar.status(), QStringLiteral("3 matches"));
    QCOMPARE(editor.decorations(searchLayer).size(), 3);
    QTest::keyClicks(field, QStringLiteral("sk"));
    QCOMPARE(editor.textCursor().selectionStart(), 13); // grew into "busk"
    QCOMPARE(desk.bar.status(), QStringLiteral("1 match"));
    QCOMPARE(editor.decorations(searchLayer).size(), 1); // highlighted
    QCOMPARE(editor.extraSelections().size(), 2); // beside the other feature's mark
    desk.bar.hide();
    QVERIFY(editor.decorations(searchLayer).isEmpty());
    QCOMPARE(editor.extraSelections().size(), 1); // only the search's marks went
    QCOMPARE(editor.extraSelections().constFirst().cursor.selectedText(), QStringLiteral("The"));
}

void FindBarTest::matchCaseAndWholeWords()
{
    Desk desk(QStringLiteral("Bus bus busker"));
    FindBar &bar = desk.bar;
    bar.setOptions(false, false, false);
    bar.setFindText(QStringLiteral("bus"));
    QCOMPARE(bar.status(), QStringLiteral("3 matches"));
    bar.setOptions(true, false, false);
    QCOMPARE(bar.status(), QStringLiteral("2 matches"));
    bar.setOptions(true, true, false);
    QCOMPARE(bar.status(), QStringLiteral("1 match"));
    QVERIFY(bar.findNext());
    QCOMPARE(desk.editor.textCursor().selectionStart(), 4);
}

void FindBarTest::regex_replaceAll_withCapturesInOneUndoStep()
{
    const QString text = QStringLiteral("Dates: 2011-11-15 and 2024-04-09.\nAgain 1999-01-02.");
    Desk desk(text);
    FindBar &bar = desk.bar;
    bar.setOptions(false, false, true);
    bar.setFindText(QStringLiteral("(\\d{4})-(\\d\\d)-(\\d\\d)"));
    bar.setReplaceText(QStringLiteral("\\3/\\2/\\1"));
    QCOMPARE(bar.replaceAll(), 3);
    QCOMPARE(desk.session.text(), QStringLiteral("Dates: 15/11/2011 and 09/04/2024.\nAgain 02/01/1999."));
    QCOMPARE(bar.status(), QStringLiteral("Replaced 3 matches"));
    desk.editor.undo();
    QCOMPARE(desk.session.text(), text);
    QVERIFY(!desk.editor.document()->isUndoAvailable()); // the whole replace was one step
}

void FindBarTest::replaceAll_isOneUndoStepThroughTheGateway()
{
    const QString text = QStringLiteral("colour, colour\nand more colour");
    const QString replaced = QStringLiteral("color, color\nand more color");
    Desk desk(text);
    QSignalSpy edited(&desk.session, &ArticleSession::edited);
    desk.bar.setFindText(QStringLiteral("colour"));
    desk.bar.setReplaceText(QStringLiteral("color"));
    QCOMPARE(desk.bar.replaceAll(), 3);
    QCOMPARE(desk.session.text(), replaced);
    QCOMPARE(desk.session.lastEditOrigin(), EditOrigin::FindReplace);
    QCOMPARE(edited.size(), 1); // one edit through the gateway, not one per match
    QCOMPARE(edited.constFirst().constFirst().value<EditOrigin>(), EditOrigin::FindReplace);
    QVERIFY(desk.session.isModified());

    desk.editor.undo();
    QCOMPARE(desk.session.text(), text);
    QVERIFY(!desk.editor.document()->isUndoAvailable());
    desk.editor.redo();
    QCOMPARE(desk.session.text(), replaced);
    QVERIFY(!desk.editor.document()->isRedoAvailable());
}

void FindBarTest::replaceCurrent_replacesThenMovesOn()
{
    Desk desk(QStringLiteral("colour, colour, colour"));
    FindBar &bar = desk.bar;
    bar.setFindText(QStringLiteral("colour"));
    bar.setReplaceText(QStringLiteral("color"));
    QVERIFY(bar.replaceCurrent());
    QCOMPARE(desk.session.text(), QStringLiteral("color, colour, colour"));
    QCOMPARE(desk.session.lastEditOrigin(), EditOrigin::FindReplace);
    QCOMPARE(desk.editor.textCursor().selectionStart(), 7); // on the next one
    desk.editor.undo();
    QCOMPARE(desk.session.text(), QStringLiteral("colour, colour, colour"));
    QVERIFY(!desk.editor.document()->isUndoAvailable());
}

void FindBarTest::invalidRegex_saysSoAndChangesNothing()
{
    Desk desk(QStringLiteral("(unbalanced"));
    FindBar &bar = desk.bar;
    bar.setOptions(false, false, true);
    bar.setFindText(QStringLiteral("(unbalanced"));
    QVERIFY(bar.status().startsWith(QLatin1String("Invalid expression")));
    QCOMPARE(bar.replaceAll(), 0);
    QCOMPARE(desk.session.text(), QStringLiteral("(unbalanced"));
    QVERIFY(!desk.editor.document()->isUndoAvailable());
}

void FindBarTest::emptyMatches_doNotLoopForever()
{
    Desk desk(QStringLiteral("ab\ncd"));
    FindBar &bar = desk.bar;
    bar.setOptions(false, false, true);
    bar.setFindText(QStringLiteral("x*"));
    bar.setReplaceText(QStringLiteral("-"));
    QVERIFY(bar.replaceAll() > 0);
    QVERIFY(desk.session.text().contains(QLatin1Char('a')));
}

QTEST_MAIN(FindBarTest)
#include "findbar_test.moc"
