#include "markdowneditor.h"

#include "markdownhighlighter.h"
#include "spacedtextlayout.h"

#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

#include <common/theme.h>

namespace Byline::WidgetUi {

namespace {

constexpr int maximumZoomSteps = 12;
// How far focus mode looks for the ends of a paragraph.
constexpr int maximumParagraphLines = 400;

const QRegularExpression &listItemPattern()
{
    // indent, marker, space, optional task box, content
    static const QRegularExpression pattern(
        QStringLiteral("^(\\s*)([-*+]|(\\d{1,9})([.)])|>)([ \\t]+)(\\[[ xX]\\][ \\t]+)?(.*)$"));
    return pattern;
}

bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

} // namespace

namespace {

// A document laid out by SpacedTextLayout, which QPlainTextEdit accepts as its own kind.
QTextDocument *spacedDocument(QObject *parent, SpacedTextLayout **layout)
{
    auto *document = new QTextDocument(parent);
    *layout = new SpacedTextLayout(document);
    document->setDocumentLayout(*layout);
    return document;
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setDocument(spacedDocument(this, &m_layout));
    m_highlighter = new MarkdownHighlighter(document());
    setObjectName(QStringLiteral("editor"));
    setAccessibleName(tr("Article text"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setCenterOnScroll(false);
    setFrameShape(QFrame::NoFrame);
    // The margins around the centred column are the page too, not the window behind it.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    document()->setDocumentMargin(16);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(12);
    setBaseFont(font);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { Q_EMIT topLineChanged(topLine()); });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_typewriter)
            centerCursor();
        if (m_focusMode)
            updateExtraSelections();
    });
}

void MarkdownEditor::setColumnWidth(int characters)
{
    m_columnCharacters = std::max(0, characters);
    updateMargins();
}

void MarkdownEditor::setLineSpacing(int percent)
{
    m_layout->setLineSpacing(percent);
    viewport()->update();
}

int MarkdownEditor::lineSpacing() const
{
    return m_layout->lineSpacing();
}

void MarkdownEditor::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    updateFont();
}

void MarkdownEditor::zoomBy(int steps)
{
    m_zoom = std::clamp(m_zoom + steps, -maximumZoomSteps / 2, maximumZoomSteps);
    updateFont();
}

void MarkdownEditor::resetZoom()
{
    m_zoom = 0;
    updateFont();
}

void MarkdownEditor::updateFont()
{
    QFont font = m_baseFont;
    const qreal size = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 12;
    font.setPointSizeF(std::max(6.0, size * (1.0 + 0.1 * m_zoom)));
    setFont(font);
    updateMargins();
}

void MarkdownEditor::updateMargins()
{
    int side = 0;
    if (m_columnCharacters > 0) {
        const int column
            = fontMetrics().averageCharWidth() * m_columnCharacters + 2 * int(document()->documentMargin());
        side = std::max(0, (width() - column) / 2);
    }
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
    if (m_typewriter)
        centerCursor();
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections();
    } else if (event->type() == QEvent::FontChange) {
        updateMargins();
    }
}

void MarkdownEditor::setFocusMode(bool on)
{
    m_focusMode = on;
    updateExtraSelections();
}

void MarkdownEditor::setTypewriterScrolling(bool on)
{
    m_typewriter = on;
    setCenterOnScroll(on); // lets the last lines reach the middle too
    if (on)
        centerCursor();
}

void MarkdownEditor::setSearchSelections(const QList<QTextEdit::ExtraSelection> &selections)
{
    m_searchSelections = selections;
    updateExtraSelections();
}

void MarkdownEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_focusMode) {
        // The paragraph around the cursor: up and down to the nearest blank lines.
        QTextBlock first = textCursor().block();
        QTextBlock last = first;
        for (int i = 0; i < maximumParagraphLines && first.previous().isValid() && !isBlank(first.previous()); ++i)
            first = first.previous();
        for (int i = 0; i < maximumParagraphLines && last.next().isValid() && !isBlank(last.next()); ++i)
            last = last.next();
        QTextCharFormat dim;
        dim.setForeground(Theme::mix(palette().color(QPalette::Text), palette().color(QPalette::Base), 2.0 / 3));
        QTextCursor before(document());
        before.setPosition(first.position(), QTextCursor::KeepAnchor);
        QTextCursor after(document());
        after.setPosition(last.position() + last.length() - 1);
        after.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        selections.append({before, dim});
        selections.append({after, dim});
    }
    selections.append(m_searchSelections);
    setExtraSelections(selections);
}

int MarkdownEditor::topLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

QList<QTextBlock> MarkdownEditor::visibleBlocks() const
{
    QList<QTextBlock> blocks;
    const qreal bottom = viewport()->height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (block.isVisible() && blockBoundingGeometry(block).translated(contentOffset()).top() > bottom)
            break;
        blocks.append(block);
    }
    return blocks;
}

void MarkdownEditor::scrollToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (block.isValid())
        verticalScrollBar()->setValue(block.firstLineNumber());
}

void MarkdownEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line - 1, 0, document()->blockCount() - 1));
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && !isReadOnly() && continueList())
        return;
    if (event == QKeySequence::ZoomIn) {
        zoomBy(1);
        return;
    }
    if (event == QKeySequence::ZoomOut) {
        zoomBy(-1);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

// Enter in a list item starts the next item; Enter in an empty item ends the list.
bool MarkdownEditor::continueList()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection() || cursor.positionInBlock() == 0)
        return false;
    const QString text = cursor.block().text();
    const QRegularExpressionMatch item = listItemPattern().match(text);
    if (!item.hasMatch() || cursor.positionInBlock() < item.capturedStart(7))
        return false;
    cursor.beginEditBlock();
    if (item.captured(7).trimmed().isEmpty()) {
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText(); // an empty item: the list ends here
    } else {
        QString marker = item.captured(2);
        if (!item.captured(3).isEmpty())
            marker = QString::number(item.captured(3).toLongLong() + 1) + item.captured(4);
        QString next = item.captured(1) + marker + item.captured(5);
        if (!item.captured(6).isEmpty())
            next += QLatin1String("[ ] ");
        cursor.insertBlock();
        cursor.insertText(next);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void MarkdownEditor::wrapSelection(const QString &marker)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    const qsizetype length = marker.size();
    const QString selected = cursor.selectedText();
    cursor.beginEditBlock();
    if (selected.size() >= 2 * length && selected.startsWith(marker) && selected.endsWith(marker)) {
        cursor.insertText(selected.mid(length, selected.size() - 2 * length)); // already marked: unmark
    } else if (selected.isEmpty()) {
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(length));
    } else {
        const int start = cursor.selectionStart();
        cursor.insertText(marker + selected + marker);
        cursor.setPosition(start + int(length));
        cursor.setPosition(start + int(length + selected.size()), QTextCursor::KeepAnchor);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void MarkdownEditor::toggleStrong()
{
    wrapSelection(QStringLiteral("**"));
}

void MarkdownEditor::toggleEmphasis()
{
    wrapSelection(QStringLiteral("*"));
}

void MarkdownEditor::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString text = cursor.selectedText();
    const int start = cursor.selectionStart();
    const QString placeholder = QStringLiteral("https://");
    cursor.beginEditBlock();
    cursor.insertText(QLatin1Char('[') + text + QLatin1String("](") + placeholder + QLatin1Char(')'));
    cursor.endEditBlock();
    if (text.isEmpty()) {
        cursor.setPosition(start + 1); // type the link text
    } else {
        cursor.setPosition(start + int(text.size()) + 3);
        cursor.setPosition(start + int(text.size()) + 3 + int(placeholder.size()), QTextCursor::KeepAnchor);
    }
    setTextCursor(cursor);
}

void MarkdownEditor::prefixLines(const std::function<QString(const QString &line, int index)> &change)
{
    QTextCursor cursor = textCursor();
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    cursor.beginEditBlock();
    int index = 0;
    for (QTextBlock block = first; block.isValid(); block = block.next(), ++index) {
        const QString changed = change(block.text(), index);
        if (changed != block.text()) {
            QTextCursor line(block);
            line.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            line.insertText(changed);
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

void MarkdownEditor::setHeadingLevel(int level)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}[ \\t]*"));
    prefixLines([level](const QString &line, int) {
        QString text = line;
        text.remove(heading);
        return level > 0 ? QString(QString(level, QLatin1Char('#')) + QLatin1Char(' ') + text) : text;
    });
}

void MarkdownEditor::toggleQuote()
{
    const bool quoted = textCursor().block().text().startsWith(QLatin1Char('>'));
    static const QRegularExpression quote(QStringLiteral("^> ?"));
    prefixLines([quoted](const QString &line, int) {
        QString text = line;
        return quoted ? text.remove(quote) : QString(QLatin1String("> ") + text);
    });
}

void MarkdownEditor::toggleList(bool numbered)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+"));
    const bool listed = marker.match(textCursor().block().text()).hasMatch();
    prefixLines([listed, numbered](const QString &line, int index) {
        QString text = line;
        text.remove(marker);
        if (listed)
            return text;
        return QString((numbered ? QString::number(index + 1) + QLatin1String(". ") : QStringLiteral("- ")) + text);
    });
}

} // namespace Byline::WidgetUi
