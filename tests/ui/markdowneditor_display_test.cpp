#include "testeditor.h"

#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/editor/markdownhighlighter.h>

#include <QAbstractTextDocumentLayout>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

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

} // namespace

// How the editor shows the text: the highlighter (Markdown, front matter, CriticMarkup, over
// several lines), focus mode, the features' decoration layers, scrolling, zoom and line spacing.
// Editing with it, in markdowneditor_editing_test.
class MarkdownEditorDisplayTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void highlighter_knowsMarkdownFrontMatterAndCriticMarkup();
    void highlighter_fenceChangesLaterLines();
    void highlighter_showsMarksOnEveryLineTheyCover();
    void highlighter_closingAMarkRehighlightsTheLinesAfterIt();
    void focusMode_dimsAllButTheParagraph();
    void decorations_eachLayerReplacesOnlyItsOwnMarks();
    void scrollToLine_andTopLine();
    void zoom_changesTheFontAndResets();
    void lineSpacing_movesLinesApartAndKeepsHitTesting();
};

void MarkdownEditorDisplayTest::initTestCase()
{
    // An untitled article autosaves a draft, and cursor positions are remembered: in test folders.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-markdowneditor-display-test"));
}

void MarkdownEditorDisplayTest::highlighter_knowsMarkdownFrontMatterAndCriticMarkup()
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

void MarkdownEditorDisplayTest::highlighter_fenceChangesLaterLines()
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

void MarkdownEditorDisplayTest::highlighter_showsMarksOnEveryLineTheyCover()
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

void MarkdownEditorDisplayTest::highlighter_closingAMarkRehighlightsTheLinesAfterIt()
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

void MarkdownEditorDisplayTest::focusMode_dimsAllButTheParagraph()
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

void MarkdownEditorDisplayTest::decorations_eachLayerReplacesOnlyItsOwnMarks()
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

void MarkdownEditorDisplayTest::scrollToLine_andTopLine()
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

void MarkdownEditorDisplayTest::zoom_changesTheFontAndResets()
{
    Desk desk;
    const qreal size = desk.editor.font().pointSizeF();
    desk.editor.zoomBy(2);
    QVERIFY(desk.editor.font().pointSizeF() > size);
    QCOMPARE(desk.editor.zoomSteps(), 2);
    desk.editor.resetZoom();
    QCOMPARE(desk.editor.font().pointSizeF(), size);
}

void MarkdownEditorDisplayTest::lineSpacing_movesLinesApartAndKeepsHitTesting()
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

QTEST_MAIN(MarkdownEditorDisplayTest)
#include "markdowneditor_display_test.moc"
