#include "testdesk.h"
#include "testeditor.h"
#include "testfiles.h"

#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>

#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Byline::WidgetUi;

namespace {

void select(MarkdownEditor &editor, int from, int to)
{
    editor.setTextCursor(selecting(editor, from, to));
}

} // namespace

// Editing with the editor: Enter continuing lists, the formatting commands and their undo steps,
// none while a file loads, the context menu the features add to, and what a key announces before
// it types. How the editor shows the text, in markdowneditor_display_test.
class MarkdownEditorEditingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enter_continuesLists_data();
    void enter_continuesLists();
    void enterInAnEmptyItem_endsTheList();
    void strong_wrapsAndUnwrapsInOneUndoStep();
    void headingLevel_replacesTheMarker();
    void link_selectsTheAddress();
    void lists_andQuotes_toggle();
    void commands_changeNothingWhileAFileLoads();
    void contextMenu_featuresAddEntriesAboveTheStandardOnes();
    void printableKey_announcesWhereItWillTypeBeforeTheTextChanges();
};

void MarkdownEditorEditingTest::initTestCase()
{
    // An untitled article autosaves a draft, and cursor positions are remembered: in test folders.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-markdowneditor-editing-test"));
}

void MarkdownEditorEditingTest::enter_continuesLists_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("next");
    QTest::newRow("bullet") << QStringLiteral("- milk") << QStringLiteral("- ");
    QTest::newRow("star, indented") << QStringLiteral("  * eggs") << QStringLiteral("  * ");
    QTest::newRow("numbered") << QStringLiteral("9. nine") << QStringLiteral("10. ");
    QTest::newRow("parenthesis") << QStringLiteral("3) three") << QStringLiteral("4) ");
    QTest::newRow("task") << QStringLiteral("- [x] done") << QStringLiteral("- [ ] ");
    QTest::newRow("quote") << QStringLiteral("> quoted") << QStringLiteral("> ");
}

void MarkdownEditorEditingTest::enter_continuesLists()
{
    QFETCH(QString, line);
    QFETCH(QString, next);
    Desk desk(line);
    desk.editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&desk.editor, Qt::Key_Return);
    const QString continued = line + QLatin1Char('\n') + next;
    QCOMPARE(desk.session.text(), continued);
    QCOMPARE(desk.session.lastEditOrigin(), EditOrigin::Formatting);
    QCOMPARE(desk.editor.textCursor().position(), int(continued.size())); // writing goes on there
    desk.editor.undo();
    QCOMPARE(desk.session.text(), line); // one step
    QVERIFY(!desk.editor.document()->isUndoAvailable());
}

void MarkdownEditorEditingTest::enterInAnEmptyItem_endsTheList()
{
    Desk desk(QStringLiteral("- one\n- "));
    desk.editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&desk.editor, Qt::Key_Return);
    QCOMPARE(desk.session.text(), QStringLiteral("- one\n"));
    QCOMPARE(desk.session.lastEditOrigin(), EditOrigin::Formatting);
    // Shift+Enter is a plain line break inside the item.
    desk.editor.setPlainText(QStringLiteral("- one"));
    desk.editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&desk.editor, Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(!desk.session.text().contains(QLatin1String("\n- ")));
    QCOMPARE(desk.session.text().size(), QStringLiteral("- one").size() + 1);
}

void MarkdownEditorEditingTest::strong_wrapsAndUnwrapsInOneUndoStep()
{
    Desk desk(QStringLiteral("a bold word"));
    MarkdownEditor &editor = desk.editor;
    select(editor, 2, 6);
    editor.commands().toggleStrong();
    QCOMPARE(desk.session.text(), QStringLiteral("a **bold** word"));
    QCOMPARE(desk.session.lastEditOrigin(), EditOrigin::Formatting);
    QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("bold"));
    editor.undo();
    QCOMPARE(desk.session.text(), QStringLiteral("a bold word"));
    QVERIFY(!editor.document()->isUndoAvailable());
    editor.redo();
    select(editor, 2, 10);
    editor.commands().toggleStrong();
    QCOMPARE(desk.session.text(), QStringLiteral("a bold word"));

    // No selection: the word under the cursor.
    editor.setPlainText(QStringLiteral("emphasise this"));
    select(editor, 3, 3);
    editor.commands().toggleEmphasis();
    QCOMPARE(desk.session.text(), QStringLiteral("*emphasise* this"));
}

void MarkdownEditorEditingTest::headingLevel_replacesTheMarker()
{
    Desk desk(QStringLiteral("Title"));
    desk.editor.commands().setHeadingLevel(2);
    QCOMPARE(desk.session.text(), QStringLiteral("## Title"));
    desk.editor.commands().setHeadingLevel(1);
    QCOMPARE(desk.session.text(), QStringLiteral("# Title"));
    desk.editor.commands().setHeadingLevel(0);
    QCOMPARE(desk.session.text(), QStringLiteral("Title"));
    QCOMPARE(desk.session.lastEditOrigin(), EditOrigin::Formatting);
}

void MarkdownEditorEditingTest::link_selectsTheAddress()
{
    Desk desk(QStringLiteral("see oVirt"));
    select(desk.editor, 4, 9);
    desk.editor.commands().insertLink();
    QCOMPARE(desk.session.text(), QStringLiteral("see [oVirt](https://)"));
    QCOMPARE(desk.editor.textCursor().selectedText(), QStringLiteral("https://"));
    typeAt(desk.editor, QStringLiteral("https://ovirt.org"));
    QCOMPARE(desk.session.text(), QStringLiteral("see [oVirt](https://ovirt.org)"));
}

void MarkdownEditorEditingTest::lists_andQuotes_toggle()
{
    Desk desk(QStringLiteral("one\ntwo\nthree"));
    MarkdownCommands &commands = desk.editor.commands();
    desk.editor.selectAll();
    commands.toggleList(true);
    QCOMPARE(desk.session.text(), QStringLiteral("1. one\n2. two\n3. three"));
    desk.editor.undo(); // all lines in one step
    QCOMPARE(desk.session.text(), QStringLiteral("one\ntwo\nthree"));
    desk.editor.redo();
    desk.editor.selectAll();
    commands.toggleList(true);
    QCOMPARE(desk.session.text(), QStringLiteral("one\ntwo\nthree"));
    commands.toggleList(false);
    QCOMPARE(desk.session.text(), QStringLiteral("- one\n- two\n- three"));
    desk.editor.setPlainText(QStringLiteral("said"));
    commands.toggleQuote();
    QCOMPARE(desk.session.text(), QStringLiteral("> said"));
    commands.toggleQuote();
    QCOMPARE(desk.session.text(), QStringLiteral("said"));
}

void MarkdownEditorEditingTest::commands_changeNothingWhileAFileLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("column.md"));
    write(path, "A bold word\n");
    Desk desk(QStringLiteral("- untitled item"));
    // The moment the file starts to arrive: the editor is read-only and the gateway refuses.
    bool tried = false;
    bool readOnly = false;
    QString textMeanwhile;
    connect(&desk.session, &ArticleSession::loadingChanged, this, [&](bool loading) {
        if (!loading || tried)
            return;
        tried = true;
        readOnly = desk.editor.isReadOnly();
        desk.editor.selectAll();
        desk.editor.commands().toggleStrong();
        desk.editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&desk.editor, Qt::Key_Return);
        textMeanwhile = desk.session.text();
    });
    QVERIFY(openAndWait(desk.session, path));
    QVERIFY(tried);
    QVERIFY(readOnly);
    QCOMPARE(textMeanwhile, QStringLiteral("- untitled item"));
    QCOMPARE(desk.session.text(), QStringLiteral("A bold word\n"));
    QVERIFY(!desk.editor.isReadOnly());
    QVERIFY(!desk.session.isModified());
}

void MarkdownEditorEditingTest::contextMenu_featuresAddEntriesAboveTheStandardOnes()
{
    Desk desk(QStringLiteral("some text"));
    auto feature = std::make_unique<QObject>();
    int askedAt = -1;
    desk.editor.contextMenu().add(feature.get(), [&askedAt](QMenu *menu, int position, QAction *before) {
        askedAt = position;
        menu->insertAction(before, new QAction(QStringLiteral("Feature entry"), menu));
    });
    desk.editor.contextMenu().add(&desk.editor, [](QMenu *, int, QAction *) {}); // adds nothing this time

    // As MarkdownEditor::contextMenuEvent builds it.
    const std::unique_ptr<QMenu> menu(desk.editor.createStandardContextMenu());
    QAction *standard = menu->actions().value(0);
    QVERIFY(standard);
    const qsizetype standardCount = menu->actions().size();
    desk.editor.contextMenu().contribute(menu.get(), 5);
    QCOMPARE(askedAt, 5);
    QCOMPARE(menu->actions().size(), standardCount + 2);
    QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("Feature entry"));
    QVERIFY(menu->actions().at(1)->isSeparator());
    QCOMPARE(menu->actions().at(2), standard);

    // A feature that is gone contributes nothing, and no separator is left behind.
    feature.reset();
    const std::unique_ptr<QMenu> again(desk.editor.createStandardContextMenu());
    const QStringList standardTexts = actionTexts(again.get());
    desk.editor.contextMenu().contribute(again.get(), 5);
    QCOMPARE(actionTexts(again.get()), standardTexts);
}

void MarkdownEditorEditingTest::printableKey_announcesWhereItWillTypeBeforeTheTextChanges()
{
    Desk desk(QStringLiteral("ab cd"));
    select(desk.editor, 3, 5); // typing replaces the selection
    QStringList textWhenAnnounced;
    connect(&desk.editor, &MarkdownEditor::aboutToType, this,
            [&textWhenAnnounced, &desk] { textWhenAnnounced.append(desk.session.text()); });
    QSignalSpy typing(&desk.editor, &MarkdownEditor::aboutToType);
    QTest::keyClick(&desk.editor, Qt::Key_X);
    QCOMPARE(typing.size(), 1);
    QCOMPARE(typing.constFirst().constFirst().toInt(), 3);
    QCOMPARE(textWhenAnnounced, (QStringList {QStringLiteral("ab cd")}));
    QCOMPARE(desk.session.text(), QStringLiteral("ab x"));
    // Keys that type nothing announce nothing.
    QTest::keyClick(&desk.editor, Qt::Key_Left);
    QTest::keyClick(&desk.editor, Qt::Key_Backspace);
    QCOMPARE(typing.size(), 1);
}

QTEST_MAIN(MarkdownEditorEditingTest)
#include "markdowneditor_editing_test.moc"
