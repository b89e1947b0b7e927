#include "previewdocument.h"

#include <QElapsedTimer>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Byline::WidgetUi {

namespace {

// Removing a block costs its share of the layout afterwards; a few hundred fit in a step.
constexpr qsizetype maximumRemovedPerStep = 200;

// The first line (relative to its rendered block) that a QTextBlock's anchors name, or -1.
int anchoredLine(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QStringList names = it.fragment().charFormat().anchorNames();
        for (const QString &name : names) {
            if (name.size() > 1 && name.front() == QLatin1Char('L')) {
                bool ok = false;
                const int line = QStringView(name).mid(1).toInt(&ok);
                if (ok)
                    return line;
            }
        }
    }
    return -1;
}

// QTextDocument gives an empty block (a rule, the leading block) the format of the block merged
// into it; the block a change is attached to keeps its own.
struct KeptFormat
{
    QTextBlockFormat block;
    QTextCharFormat chars;
};

KeptFormat keepFormat(const QTextCursor &cursor)
{
    return {cursor.blockFormat(), cursor.blockCharFormat()};
}

void restoreFormat(QTextCursor &cursor, const KeptFormat &kept)
{
    if (cursor.blockFormat() != kept.block)
        cursor.setBlockFormat(kept.block);
    if (cursor.blockCharFormat() != kept.chars)
        cursor.setBlockCharFormat(kept.chars);
}

} // namespace

PreviewDocument::PreviewDocument(QTextDocument *document)
    : m_document(document)
{
    reset();
}

void PreviewDocument::reset()
{
    m_document->setUndoRedoEnabled(false);
    m_document->clear();
    // The leading block every insertion can follow; empty and a pixel high.
    QTextCursor cursor(m_document);
    QTextBlockFormat format;
    format.setLineHeight(1, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(format);
    m_shown.clear();
    m_startsValid = false;
}

void PreviewDocument::clear()
{
    reset();
    m_target.clear();
    m_settled = true;
}

void PreviewDocument::setTarget(QList<Core::RenderedBlock> blocks)
{
    m_target = std::move(blocks);
    m_settled = false;
}

void PreviewDocument::syncLines()
{
    const auto shown = qsizetype(m_shown.size());
    const qsizetype target = m_target.size();
    m_prefix = 0;
    while (m_prefix < shown && m_prefix < target && m_shown[size_t(m_prefix)].block.html == m_target[m_prefix].html)
        ++m_prefix;
    m_suffix = 0;
    while (m_suffix < shown - m_prefix && m_suffix < target - m_prefix
           && m_shown[size_t(shown - 1 - m_suffix)].block.html == m_target[target - 1 - m_suffix].html)
        ++m_suffix;
    // Unchanged blocks may have moved in the file.
    for (qsizetype i = 0; i < m_prefix; ++i)
        m_shown[size_t(i)].block = m_target[i];
    for (qsizetype i = 1; i <= m_suffix; ++i)
        m_shown[size_t(shown - i)].block = m_target[target - i];
}

// Drops the blocks a moved window left behind, so the ones it kept are again a prefix or a suffix
// of the target and only what it gained is inserted.
void PreviewDocument::alignWindow()
{
    m_windowMoved = false;
    if (m_shown.empty() || m_target.isEmpty())
        return;
    const auto same = [](const Core::RenderedBlock &a, const Core::RenderedBlock &b) {
        return a.firstLine == b.firstLine && a.html == b.html;
    };
    if (same(m_shown.front().block, m_target.constFirst()) || same(m_shown.back().block, m_target.constLast()))
        return; // an edit, or nothing moved
    const auto down = std::find_if(m_shown.begin(), m_shown.end(), [this](const Shown &shown) {
        return shown.block.firstLine == m_target.constFirst().firstLine;
    });
    if (down != m_shown.end() && same(down->block, m_target.constFirst())) {
        removeShown(0, qsizetype(down - m_shown.begin()));
        m_windowMoved = true;
        return;
    }
    const auto up = std::find_if(m_target.cbegin(), m_target.cend(), [this](const Core::RenderedBlock &block) {
        return block.firstLine == m_shown.front().block.firstLine;
    });
    if (up != m_target.cend() && same(*up, m_shown.front().block)) {
        const qsizetype kept = std::min(qsizetype(m_shown.size()), qsizetype(m_target.cend() - up));
        if (kept < qsizetype(m_shown.size()))
            removeShown(kept, qsizetype(m_shown.size()));
        m_windowMoved = true;
    }
}

bool PreviewDocument::step(std::chrono::microseconds budget)
{
    if (m_settled)
        return true;
    QElapsedTimer clock;
    clock.start();
    alignWindow();
    syncLines();

    QTextCursor batch(m_document);
    batch.beginEditBlock(); // one layout pass for the whole step
    // What went goes in parts too: a window that moved far has a whole document of it.
    const qsizetype gone = qsizetype(m_shown.size()) - m_suffix - m_prefix;
    if (gone > maximumRemovedPerStep) {
        const qsizetype to = qsizetype(m_shown.size()) - m_suffix;
        removeShown(to - maximumRemovedPerStep, to);
        batch.endEditBlock();
        return false;
    }
    if (gone > 0)
        removeShown(m_prefix, qsizetype(m_shown.size()) - m_suffix);
    const qsizetype missing = m_target.size() - m_suffix;
    qsizetype next = m_prefix;
    int after = firstTextBlockOf(m_prefix) - 1;
    const qint64 budgetNs = std::chrono::nanoseconds(budget).count();
    // The layout of what was inserted happens when the edit block ends, and costs more than the
    // insertion itself: the budget is for both, with the layout estimated from the steps before.
    qsizetype inserted = 0;
    while (next < missing) {
        after += insertShown(next, m_target[next], after);
        ++next;
        ++inserted;
        if (clock.nsecsElapsed() + inserted * m_layoutNsPerBlock >= budgetNs)
            break;
    }
    const qint64 beforeLayout = clock.nsecsElapsed();
    batch.endEditBlock();
    if (inserted > 0)
        m_layoutNsPerBlock = (m_layoutNsPerBlock + (clock.nsecsElapsed() - beforeLayout) / inserted) / 2;
    m_settled = next >= missing;
    return m_settled;
}

int PreviewDocument::firstTextBlockOf(qsizetype index) const
{
    if (!m_startsValid)
        rebuildStarts();
    return index < qsizetype(m_starts.size()) ? m_starts[size_t(index)] : m_document->blockCount();
}

void PreviewDocument::rebuildStarts() const
{
    m_starts.resize(m_shown.size());
    int start = 1; // after the leading block
    for (size_t i = 0; i < m_shown.size(); ++i) {
        m_starts[i] = start;
        start += m_shown[i].textBlocks;
    }
    m_startsValid = true;
}

void PreviewDocument::removeShown(qsizetype from, qsizetype to)
{
    const QTextBlock first = m_document->findBlockByNumber(firstTextBlockOf(from));
    const QTextBlock last = m_document->findBlockByNumber(firstTextBlockOf(to) - 1);
    // From the end of the block before, so the blocks after keep their own formats.
    QTextCursor cursor(m_document);
    cursor.setPosition(first.position() - 1);
    const KeptFormat kept = keepFormat(cursor);
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    restoreFormat(cursor, kept);
    m_shown.erase(m_shown.begin() + from, m_shown.begin() + to);
    m_startsValid = false;
}

int PreviewDocument::insertShown(qsizetype index, const Core::RenderedBlock &block, int after)
{
    const QTextBlock previous = m_document->findBlockByNumber(after);
    const int end = previous.position() + previous.length() - 1;
    const int blocksBefore = m_document->blockCount();
    QTextCursor cursor(m_document);
    cursor.setPosition(end);
    const KeptFormat kept = keepFormat(cursor);
    // The first block of inserted HTML merges into the block at the cursor and takes its format,
    // so a throwaway paragraph goes first and the real blocks keep theirs; then it is removed.
    cursor.insertHtml(QLatin1String("<p>x</p>") + block.html);
    cursor.setPosition(end);
    cursor.setPosition(end + 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    restoreFormat(cursor, kept);
    const int textBlocks = m_document->blockCount() - blocksBefore;
    m_shown.insert(m_shown.begin() + index, Shown {block, textBlocks});
    m_startsValid = false;
    return textBlocks;
}

qsizetype PreviewDocument::shownIndexForTextBlock(int blockNumber) const
{
    if (!m_startsValid)
        rebuildStarts();
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), blockNumber);
    return qsizetype(it - m_starts.begin()) - 1;
}

qsizetype PreviewDocument::shownIndexForLine(int line) const
{
    const auto it = std::upper_bound(m_shown.begin(), m_shown.end(), line,
                                     [](int l, const Shown &shown) { return l < shown.block.firstLine; });
    return std::max<qsizetype>(0, qsizetype(it - m_shown.begin()) - 1);
}

PreviewDocument::Place PreviewDocument::placeOfLine(int line) const
{
    if (m_shown.empty())
        return {-1, -1, 0, line};
    const qsizetype index = shownIndexForLine(line);
    return {index, qsizetype(m_shown.size()) - index, line - m_shown[size_t(index)].block.firstLine, line};
}

int PreviewDocument::lineOfPlace(const Place &place) const
{
    if (m_windowMoved)
        return place.line; // the same render: every line is where it was
    // After a step, the blocks before m_prefix and the last m_suffix are the ones kept.
    if (place.fromStart >= 0 && place.fromStart < m_prefix && place.fromStart < qsizetype(m_shown.size()))
        return m_shown[size_t(place.fromStart)].block.firstLine + place.offset;
    if (place.fromEnd > 0 && place.fromEnd <= m_suffix && place.fromEnd <= qsizetype(m_shown.size()))
        return m_shown[m_shown.size() - size_t(place.fromEnd)].block.firstLine + place.offset;
    return place.line;
}

QTextBlock PreviewDocument::blockForLine(int line) const
{
    if (m_shown.empty())
        return m_document->firstBlock();
    const qsizetype index = shownIndexForLine(line);
    const Shown &shown = m_shown[size_t(index)];
    QTextBlock block = m_document->findBlockByNumber(firstTextBlockOf(index));
    QTextBlock best = block;
    for (int i = 0; i < shown.textBlocks && block.isValid(); ++i, block = block.next()) {
        const int relative = anchoredLine(block);
        if (relative < 0)
            continue;
        if (shown.block.firstLine + relative > line)
            break;
        best = block;
    }
    return best;
}

int PreviewDocument::lineForBlock(const QTextBlock &block) const
{
    const qsizetype index = shownIndexForTextBlock(block.blockNumber());
    if (index < 0 || index >= qsizetype(m_shown.size()))
        return m_shown.empty() ? 1 : m_shown.front().block.firstLine;
    const Shown &shown = m_shown[size_t(index)];
    const int first = firstTextBlockOf(index);
    for (QTextBlock b = block; b.isValid() && b.blockNumber() >= first; b = b.previous()) {
        const int relative = anchoredLine(b);
        if (relative >= 0)
            return shown.block.firstLine + relative;
    }
    return shown.block.firstLine;
}

} // namespace Byline::WidgetUi
