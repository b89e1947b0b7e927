#include "testdesk.h"
#include "testfiles.h"

#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/editor/markdownhighlighter.h>

#include <QAbstractTextDocumentLayout>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

using namespace Byline::WidgetUi;

namespace {

// An untitled article in an editor, as the window shows one. No recovery journal: nothing here is
// recovered.
struct Desk
{
    explicit Desk(const QString &text = {}) { editor.setPlainText(text); }

    ArticleSession session {nullptr};
    MarkdownEditor editor {session};
};

// The highlighter's format at `column` of line `line` (0-based), as painted.
QTextCharFormat formatAt(MarkdownEditor &editor, int line, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

bool tinted(MarkdownEditor &editor, int line, int column)
{
    return formatAt(editor, line, column).background().style() != Qt::NoBrush;
}

QTextCursor selecting(MarkdownEditor &editor, int from, int to)
{
    QTextCursor cursor(editor.document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    return cursor;
}

void select(MarkdownEditor &editor, int from, int to)
{
    editor.setTextCursor(selecting(editor, from, to));
}

QTextEdit::ExtraSelection mark(MarkdownEditor &editor, int from, int to)
{
    QTextCharFormat format;
    format.setBackground(Qt::yellow);
    return {selecting(editor, from, to), format};
}

QStringList markedTexts(const QList<QTextEdit::ExtraSelection> &selections)
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection &selection : selections)
        texts.append(selection.cursor.selectedText());
    return texts;
}

void typeAt(MarkdownEditor &editor, const QString &text)
{
    QTest::keyClicks(&editor, text);
}

} // namespace

class MarkdownEditorTest final : public QObject
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
    void highlighter_knowsMarkdownFrontMatterAndCriticMarkup();
    void highlighter_fenceChangesLaterLines();
    void highlighter_showsMarksOnEveryLineTheyCover();
    void highlighter_closingAMarkRehighlightsTheLinesAfterIt();
    void focusMode_dimsAllButTheParagraph();
    void decorations_eachLayerReplacesOnlyItsOwnMarks();
    void contextMenu_featuresAddEntriesAboveTheStandardOnes();
    void printableKey_announcesWhereItWillTypeBeforeTheTextChanges();
    void scrollToLine_andTopLine();
    void zoom_changesTheFontAndResets();
    void lineSpacing_movesLinesApartAndKeepsHitTesting();
};

void MarkdownEditorTest::initTestCase()
{
    // An untitled article autosaves a draft, and cursor positions are remembered: in test folders.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-markdowneditor-test"));
}

void MarkdownEditorTest::enter_continuesLists_data()
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

void MarkdownEditorTest::enter_continuesLists()
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

void MarkdownEditorTest::enterInAnEmptyItem_endsTheList()
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

void MarkdownEditorTest::strong_wrapsAndUnwrapsInOneUndoStep()
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

void MarkdownEditorTest::headingLevel_replacesTheMarker()
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

void MarkdownEditorTest::link_selectsTheAddress()
{
    Desk desk(QStringLiteral("see oVirt"));
    select(desk.editor, 4, 9);
    desk.editor.commands().insertLink();
    QCOMPARE(desk.session.text(), QStringLiteral("see [oVirt](https://)"));
    QCOMPARE(desk.editor.textCursor().selectedText(), QStringLiteral("https://"));
    typeAt(desk.editor, QStringLiteral("https://ovirt.org"));
    QCOMPARE(desk.session.text(), QStringLiteral("see [oVirt](https://ovirt.org)"));
}

void MarkdownEditorTest::lists_andQuotes_toggle()
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

void MarkdownEditorTest::commands_changeNothingWhileAFileLoads()
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

void MarkdownEditorTest::highlighter_knowsMarkdownFrontMatterAndCriticMarkup()
{
    Desk desk(QStringLiteral("---\ntitle: A\n---\n# Head\nSome *em* and **strong** and `code` "
                             "[link](http://x.org)\n{++added++} {--gone--} {>>note<<} {==marked==}\n> quote"));
    MarkdownEditor &editor = desk.editor;
    editor.document()->documentLayout(); // highlighting needs a layout
    editor.highlighter()->rehighlight();
    QVERIFY(formatAt(editor, 1, 0).foreground() != formatAt(editor, 1, 8).foreground()); // key and value
    QCOMPARE(formatAt(editor, 3, 3).fontWeight(), int(QFont::Bold)); // heading text
    QVERIFY(formatAt(editor, 4, 6).fontItalic()); // *em*
    QCOMPARE(formatAt(editor, 4, 16).fontWeight(), int(QFont::Bold)); // **strong**
    QVERIFY(formatAt(editor, 4, 31).fontFamilies().toStringList().contains(QStringLiteral("DejaVu Sans Mono")));
    QVERIFY(formatAt(editor, 4, 38).fontUnderline()); // link text
    QVERIFY(formatAt(editor, 5, 4).background().style() != Qt::NoBrush); // addition
    QVERIFY(formatAt(editor, 5, 15).fontStrikeOut()); // deletion
    QVERIFY(formatAt(editor, 5, 25).fontItalic()); // comment
    QVERIFY(formatAt(editor, 5, 35).background().style() != Qt::NoBrush); // highlight
    QVERIFY(formatAt(editor, 6, 3).fontItalic()); // block quote
}

void MarkdownEditorTest::highlighter_fenceChangesLaterLines()
{
    Desk desk(QStringLiteral("text\n# not a heading inside code\nmore"));
    MarkdownEditor &editor = desk.editor;
    editor.document()->documentLayout();
    editor.highlighter()->rehighlight();
    QCOMPARE(formatAt(editor, 1, 4).fontWeight(), int(QFont::Bold));
    QTextCursor cursor(editor.document()->firstBlock());
    cursor.insertText(QStringLiteral("```\n"));
    QVERIFY(formatAt(editor, 2, 4).fontWeight() != int(QFont::Bold)); // now code
    QVERIFY(MarkdownHighlighter::stateAfter(editor.document()->findBlockByNumber(3)).inFence());
}

void MarkdownEditorTest::highlighter_showsMarksOnEveryLineTheyCover()
{
    Desk desk(QStringLiteral("Intro {++three\nline\naddition++} end\n\n{--first paragraph\n\n"
                             "second paragraph--} after"));
    MarkdownEditor &editor = desk.editor;
    editor.document()->documentLayout();
    editor.highlighter()->rehighlight();
    QVERIFY(!tinted(editor, 0, 2));
    QVERIFY(tinted(editor, 0, 10));
    QVERIFY(tinted(editor, 1, 0));
    QVERIFY(tinted(editor, 2, 0));
    QVERIFY(!tinted(editor, 2, 12)); // after `++}`
    QVERIFY(formatAt(editor, 4, 5).fontStrikeOut());
    QVERIFY(formatAt(editor, 6, 0).fontStrikeOut()); // the next paragraph
    QVERIFY(!formatAt(editor, 6, 21).fontStrikeOut());
    // Delimiters are quiet: tinted with their mark, neither struck out nor in the text colour.
    const QTextCharFormat opening = formatAt(editor, 4, 0);
    QVERIFY(tinted(editor, 4, 0));
    QVERIFY(!opening.fontStrikeOut());
    QVERIFY(opening.foreground() != formatAt(editor, 4, 5).foreground());
}

void MarkdownEditorTest::highlighter_closingAMarkRehighlightsTheLinesAfterIt()
{
    Desk desk(QStringLiteral("{++open\nsecond\n\nthird"));
    MarkdownEditor &editor = desk.editor;
    editor.document()->documentLayout();
    editor.highlighter()->rehighlight();
    QVERIFY(tinted(editor, 1, 0));
    QVERIFY(tinted(editor, 3, 0));
    QVERIFY(MarkdownHighlighter::marksAfter(editor.document()->findBlockByNumber(3)).isOpen());
    QTextCursor cursor(editor.document()->firstBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor.setTextCursor(cursor);
    typeAt(editor, QStringLiteral("++}"));
    QCOMPARE(editor.document()->firstBlock().text(), QStringLiteral("{++open++}"));
    QVERIFY(tinted(editor, 0, 4));
    QVERIFY(!tinted(editor, 1, 0));
    QVERIFY(!tinted(editor, 3, 0));
    QVERIFY(!MarkdownHighlighter::marksAfter(editor.document()->findBlockByNumber(3)).isOpen());
}

void MarkdownEditorTest::focusMode_dimsAllButTheParagraph()
{
    Desk desk(QStringLiteral("First paragraph\nstill first.\n\nSecond paragraph.\n\nThird."));
    MarkdownEditor &editor = desk.editor;
    editor.setTextCursor(QTextCursor(editor.document()->findBlockByNumber(3)));
    editor.setFocusMode(true);
    const QList<QTextEdit::ExtraSelection> selections = editor.extraSelections();
    QCOMPARE(selections.size(), 2);
    QCOMPARE(selections.at(0).cursor.selectedText().trimmed(),
             QStringLiteral("First paragraph\u2029still first.")); // before
    QVERIFY(selections.at(1).cursor.selectedText().contains(QLatin1String("Third.")));
    QVERIFY(!selections.at(1).cursor.selectedText().contains(QLatin1String("Second")));
    editor.setFocusMode(false);
    QVERIFY(editor.extraSelections().isEmpty());
}

void MarkdownEditorTest::decorations_eachLayerReplacesOnlyItsOwnMarks()
{
    Desk desk(QStringLiteral("one two three"));
    MarkdownEditor &editor = desk.editor;
    editor.setDecorations(QStringLiteral("search"), {mark(editor, 0, 3), mark(editor, 8, 13)});
    editor.setDecorations(QStringLiteral("review"), {mark(editor, 4, 7)});
    // Drawn in the order the layers were first set.
    QCOMPARE(markedTexts(editor.extraSelections()),
             (QStringList {QStringLiteral("one"), QStringLiteral("three"), QStringLiteral("two")}));

    editor.setDecorations(QStringLiteral("search"), {mark(editor, 0, 3)});
    QCOMPARE(markedTexts(editor.decorations(QStringLiteral("search"))), (QStringList {QStringLiteral("one")}));
    QCOMPARE(markedTexts(editor.decorations(QStringLiteral("review"))), (QStringList {QStringLiteral("two")}));
    QCOMPARE(markedTexts(editor.extraSelections()), (QStringList {QStringLiteral("one"), QStringLiteral("two")}));
    QVERIFY(editor.decorations(QStringLiteral("nobody")).isEmpty());

    // Focus mode dims underneath the layers and leaves them alone.
    editor.setFocusMode(true);
    QCOMPARE(editor.extraSelections().size(), 4);
    QCOMPARE(markedTexts(editor.extraSelections().mid(2)),
             (QStringList {QStringLiteral("one"), QStringLiteral("two")}));
    editor.setFocusMode(false);

    editor.setDecorations(QStringLiteral("review"), {});
    QCOMPARE(markedTexts(editor.extraSelections()), (QStringList {QStringLiteral("one")}));
    editor.setDecorations(QStringLiteral("search"), {});
    QVERIFY(editor.extraSelections().isEmpty());
}

void MarkdownEditorTest::contextMenu_featuresAddEntriesAboveTheStandardOnes()
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

void MarkdownEditorTest::printableKey_announcesWhereItWillTypeBeforeTheTextChanges()
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

void MarkdownEditorTest::scrollToLine_andTopLine()
{
    Desk desk;
    MarkdownEditor &editor = desk.editor;
    editor.resize(500, 300);
    QStringList lines;
    for (int i = 1; i <= 500; ++i)
        lines.append(QStringLiteral("Line %1").arg(i));
    editor.setPlainText(lines.join(QLatin1Char('\n')));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy moved(&editor, &MarkdownEditor::topLineChanged);
    editor.scrollToLine(250);
    QCOMPARE(editor.topLine(), 250);
    QCOMPARE(moved.last().first().toInt(), 250);
    editor.goToLine(400);
    QCOMPARE(editor.cursorLine(), 400);
}

void MarkdownEditorTest::zoom_changesTheFontAndResets()
{
    Desk desk;
    const qreal size = desk.editor.font().pointSizeF();
    desk.editor.zoomBy(2);
    QVERIFY(desk.editor.font().pointSizeF() > size);
    QCOMPARE(desk.editor.zoomSteps(), 2);
    desk.editor.resetZoom();
    QCOMPARE(desk.editor.font().pointSizeF(), size);
}

void MarkdownEditorTest::lineSpacing_movesLinesApartAndKeepsHitTesting()
{
    Desk desk;
    MarkdownEditor &editor = desk.editor;
    editor.setColumnWidth(0);
    editor.resize(300, 400);
    editor.setPlainText(QStringLiteral("A paragraph long enough to wrap over several lines in a narrow editor, "
                                       "which is what spacing is for.\nNext.\nEnd."));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *layout = editor.document()->documentLayout();
    const QTextBlock first = editor.document()->firstBlock();
    editor.setLineSpacing(100);
    QVERIFY(first.layout()->lineCount() >= 3);
    const qreal single = first.layout()->lineAt(1).y() - first.layout()->lineAt(0).y();
    const qreal singleBlock = layout->blockBoundingRect(first.next()).height();

    editor.setLineSpacing(200);
    QCOMPARE(editor.lineSpacing(), 200);
    layout->blockBoundingRect(first); // laid out again, spaced
    QCOMPARE(first.layout()->lineAt(2).y() - first.layout()->lineAt(1).y(), 2 * single);
    QVERIFY(layout->blockBoundingRect(first.next()).height() >= 2 * singleBlock - 1);
    // Clicking on the third line puts the cursor there.
    const QTextLine third = first.layout()->lineAt(2);
    const QPoint point = editor.cursorRect(QTextCursor(editor.document())).topLeft()
        + QPoint(5, int(third.y() - first.layout()->lineAt(0).y() + third.height() / 2));
    const int position = editor.cursorForPosition(point).position();
    QVERIFY(position >= third.textStart());
    QVERIFY(position <= third.textStart() + third.textLength());
    QVERIFY(!editor.document()->isModified());
    QVERIFY(!desk.session.isModified());
    editor.undo(); // spacing is no edit
    QVERIFY(desk.session.text().endsWith(QLatin1String("End.")));

    editor.setLineSpacing(100);
    layout->blockBoundingRect(first);
    QCOMPARE(first.layout()->lineAt(1).y() - first.layout()->lineAt(0).y(), single);
}

QTEST_MAIN(MarkdownEditorTest)
#include "markdowneditor_test.moc"
