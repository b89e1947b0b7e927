#include "spacedtextlayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Byline::WidgetUi {

SpacedTextLayout::SpacedTextLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document)
{ }

void SpacedTextLayout::setLineSpacing(int percent)
{
    percent = std::clamp(percent, 100, 300);
    if (percent == m_percent)
        return;
    m_percent = percent;
    // Every block laid out anew (not modifying the text, nor its undo history).
    document()->markContentsDirty(0, document()->characterCount());
}

void SpacedTextLayout::spaceLines(const QTextBlock &block) const
{
    QTextLayout *layout = block.layout();
    if (m_percent == 100 || !layout || layout->lineCount() == 0)
        return;
    const qreal lineHeight = layout->lineAt(0).height();
    const qreal extra = lineHeight * (m_percent - 100) / 100.0;
    // The base class starts a block's first line at 0; moved lines start at half the extra space,
    // so blocks are as far apart as lines: half above the first line, half carried by the block
    // before it.
    if (!qFuzzyIsNull(layout->lineAt(0).y()))
        return; // spaced already
    qreal y = extra / 2;
    for (int i = 0; i < layout->lineCount(); ++i) {
        QTextLine line = layout->lineAt(i);
        line.setPosition(QPointF(line.x(), y));
        y += line.height() + extra;
    }
}

QRectF SpacedTextLayout::blockBoundingRect(const QTextBlock &block) const
{
    // The base class asks for the changed block's height before laying it out again; when a format
    // change has cleared its lines, asking would lay it out twice. The height it had is known.
    if (block.isValid() && block.fragmentIndex() == m_changing && block.layout()->lineCount() == 0) {
        if (const auto known = m_heights.constFind(m_changing); known != m_heights.cend())
            return {0, 0, 0, *known};
    }
    const QRectF spaced = spacedRect(block);
    if (block.isValid())
        m_heights.insert(block.fragmentIndex(), spaced.height());
    return spaced;
}

QRectF SpacedTextLayout::spacedRect(const QTextBlock &block) const
{
    const QRectF unspaced = QPlainTextDocumentLayout::blockBoundingRect(block); // lays it out if needed
    if (m_percent == 100 || !block.isValid() || !block.isVisible())
        return unspaced;
    spaceLines(block);
    QRectF spaced = QPlainTextDocumentLayout::blockBoundingRect(block);
    if (QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0) {
        const qreal extra = layout->lineAt(0).height() * (m_percent - 100) / 100.0;
        spaced.setHeight(spaced.height() + extra / 2); // the half that belongs below the last line
    }
    return spaced;
}

void SpacedTextLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    // A highlighter that changes a block's formats (an addition growing as it is typed) marks the
    // whole block dirty, its line break included, which QPlainTextDocumentLayout takes for a change
    // reaching into the next block: it lays out and repaints everything below, every key. When the
    // change lies within one block, no block came or went, and the block keeps the height it last
    // had, only that block is laid out and painted again; when its height changed, all of what
    // follows is painted, as the base class would.
    const int blocks = std::exchange(m_blocks, document()->blockCount());
    const QTextBlock block = document()->findBlock(from);
    const auto known = block.isValid() ? m_heights.constFind(block.fragmentIndex()) : m_heights.cend();
    if (blocks == m_blocks && known != m_heights.cend() && block.isVisible() && charsAdded > 0
        && from + charsAdded <= block.position() + block.length()) {
        const qreal before = *known;
        const int lines = block.lineCount();
        const int within = std::max(1, std::min(charsAdded, block.position() + block.length() - 1 - from));
        m_changing = block.fragmentIndex();
        QPlainTextDocumentLayout::documentChanged(from, 0, within);
        m_changing = -1;
        spaceLines(block);
        if (block.lineCount() != lines || !qFuzzyCompare(blockBoundingRect(block).height(), before)) {
            Q_EMIT documentSizeChanged(documentSize());
            Q_EMIT update();
        }
        return;
    }
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
    if (m_percent == 100)
        return;
    const QTextBlock last = document()->findBlock(std::max(0, from + charsAdded));
    for (QTextBlock block = document()->findBlock(from); block.isValid(); block = block.next()) {
        spaceLines(block);
        if (block == last)
            break;
    }
}

} // namespace Byline::WidgetUi
