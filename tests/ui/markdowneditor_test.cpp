#include <QAbstractTextDocumentLayout>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <editor/markdowneditor.h>
#include <editor/markdownhighlighter.h>

using namespace Byline::WidgetUi;

namespace {

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

void select(MarkdownEditor &editor, int from, int to)
{
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
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
    void enter_continuesLists_data();
    void enter_continuesLists();
    void enterInAnEmptyItem_endsTheList();
    void strong_wrapsAndUnwrapsInOneUndoStep();
    void headingLevel_replacesTheMarker();
    void link_selectsTheAddress();
    void lists_andQuotes_toggle();
    void highlighter_knowsMarkdownFrontMatterAndCriticMarkup();
    void highlighter_fenceChangesLaterLines();
    void highlighter_showsMarksOnEveryLineTheyCover();
    void highlighter_closingAMarkRehighlightsTheLinesAfterIt();
    void focusMode_dimsAllButTheParagraph();
    void scrollToLine_andTopLine();
    void zoom_changesTheFontAndResets();
    void lineSpacing_movesLinesApartAndKeepsHitTesting();
};

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
    MarkdownEditor editor;
    editor.setPlainText(line);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), line + QLatin1Char('\n') + next);
    editor.undo();
    QCOMPARE(editor.toPlainText(), line); // one step
}

void MarkdownEditorTest::enterInAnEmptyItem_endsTheList()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("- one\n- "));
    editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), QStringLiteral("- one\n"));
    // Shift+Enter is a plain line break inside the item.
    editor.setPlainText(QStringLiteral("- one"));
    editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&editor, Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(!editor.toPlainText().contains(QLatin1String("\n- ")));
}

void MarkdownEditorTest::strong_wrapsAndUnwrapsInOneUndoStep()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("a bold word"));
    select(editor, 2, 6);
    editor.toggleStrong();
    QCOMPARE(editor.toPlainText(), QStringLiteral("a **bold** word"));
    QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("bold"));
    editor.undo();
    QCOMPARE(editor.toPlainText(), QStringLiteral("a bold word"));
    editor.redo();
    select(editor, 2, 10);
    editor.toggleStrong();
    QCOMPARE(editor.toPlainText(), QStringLiteral("a bold word"));

    // No selection: the word under the cursor.
    editor.setPlainText(QStringLiteral("emphasise this"));
    select(editor, 3, 3);
    editor.toggleEmphasis();
    QCOMPARE(editor.toPlainText(), QStringLiteral("*emphasise* this"));
}

void MarkdownEditorTest::headingLevel_replacesTheMarker()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("Title"));
    editor.setHeadingLevel(2);
    QCOMPARE(editor.toPlainText(), QStringLiteral("## Title"));
    editor.setHeadingLevel(1);
    QCOMPARE(editor.toPlainText(), QStringLiteral("# Title"));
    editor.setHeadingLevel(0);
    QCOMPARE(editor.toPlainText(), QStringLiteral("Title"));
}

void MarkdownEditorTest::link_selectsTheAddress()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("see oVirt"));
    select(editor, 4, 9);
    editor.insertLink();
    QCOMPARE(editor.toPlainText(), QStringLiteral("see [oVirt](https://)"));
    typeAt(editor, QStringLiteral("https://ovirt.org"));
    QCOMPARE(editor.toPlainText(), QStringLiteral("see [oVirt](https://ovirt.org)"));
}

void MarkdownEditorTest::lists_andQuotes_toggle()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("one\ntwo\nthree"));
    editor.selectAll();
    editor.toggleList(true);
    QCOMPARE(editor.toPlainText(), QStringLiteral("1. one\n2. two\n3. three"));
    editor.toggleList(true);
    QCOMPARE(editor.toPlainText(), QStringLiteral("one\ntwo\nthree"));
    editor.toggleList(false);
    QCOMPARE(editor.toPlainText(), QStringLiteral("- one\n- two\n- three"));
    editor.setPlainText(QStringLiteral("said"));
    editor.toggleQuote();
    QCOMPARE(editor.toPlainText(), QStringLiteral("> said"));
    editor.toggleQuote();
    QCOMPARE(editor.toPlainText(), QStringLiteral("said"));
}

void MarkdownEditorTest::highlighter_knowsMarkdownFrontMatterAndCriticMarkup()
{
    MarkdownEditor editor;
    editor.setPlainText(
        QStringLiteral("---\ntitle: A\n---\n# Head\nSome *em* and **strong** and `code` "
                       "[link](http://x.org)\n{++added++} {--gone--} {>>note<<} {==marked==}\n> quote"));
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
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("text\n# not a heading inside code\nmore"));
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
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("Intro {++three\nline\naddition++} end\n\n{--first paragraph\n\n"
                                       "second paragraph--} after"));
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
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("{++open\nsecond\n\nthird"));
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
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("First paragraph\nstill first.\n\nSecond paragraph.\n\nThird."));
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

void MarkdownEditorTest::scrollToLine_andTopLine()
{
    MarkdownEditor editor;
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
    MarkdownEditor editor;
    const qreal size = editor.font().pointSizeF();
    editor.zoomBy(2);
    QVERIFY(editor.font().pointSizeF() > size);
    editor.resetZoom();
    QCOMPARE(editor.font().pointSizeF(), size);
}

void MarkdownEditorTest::lineSpacing_movesLinesApartAndKeepsHitTesting()
{
    MarkdownEditor editor;
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
    editor.undo(); // spacing is no edit
    QVERIFY(editor.toPlainText().endsWith(QLatin1String("End.")));

    editor.setLineSpacing(100);
    layout->blockBoundingRect(first);
    QCOMPARE(first.layout()->lineAt(1).y() - first.layout()->lineAt(0).y(), single);
}

QTEST_MAIN(MarkdownEditorTest)
#include "markdowneditor_test.moc"
