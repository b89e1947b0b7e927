#pragma once

#include <markdown/renderer.h>

#include <QTextBlock>

#include <chrono>
#include <vector>

class QTextDocument;

namespace Byline::WidgetUi {

// Keeps a QTextDocument in step with a list of rendered top-level blocks by replacing only the
// blocks whose HTML changed. Re-importing a whole 100,000-word manuscript costs QTextDocument
// well over 100 ms; a keystroke changes one paragraph, which costs a fraction of a millisecond.
// Work is done in steps with a time limit, so even the first fill never blocks the UI thread
// for long: the document shows the beginning at once and the rest follows within a few frames.
//
// The target may also be a window onto a longer render that moved (PreviewPane shows a window of
// a very long article): the blocks it still shares with what is shown stay, and only the blocks
// it gained at one end and lost at the other change.
//
// Every rendered block becomes one or more consecutive QTextBlocks, after one empty, invisible
// leading block that gives each insertion a predecessor to attach to. Anchors inside a block are
// relative to its first line, so mapping between file lines and document blocks needs no search
// through the text.
class PreviewDocument final
{
public:
    explicit PreviewDocument(QTextDocument *document);

    // The blocks the document should show; nothing changes until step() runs.
    void setTarget(QList<Core::RenderedBlock> blocks);
    // Applies changes until the document matches or `budget` is spent; true when it matches.
    bool step(std::chrono::microseconds budget);
    [[nodiscard]] bool isSettled() const { return m_settled; }
    // Empties the document (another file is opening).
    void clear();

    // The first QTextBlock showing file line `line` (or the nearest block before it), and the
    // file line a QTextBlock shows. Only meaningful for what has been applied so far.
    [[nodiscard]] QTextBlock blockForLine(int line) const;
    [[nodiscard]] int lineForBlock(const QTextBlock &block) const;

    // A line remembered across a step: text added or removed above it moves it, as it should.
    struct Place
    {
        qsizetype fromStart = -1; // which rendered block, counted from either end
        qsizetype fromEnd = -1;
        int offset = 0; // lines into that block
        int line = 0;
    };
    [[nodiscard]] Place placeOfLine(int line) const;
    [[nodiscard]] int lineOfPlace(const Place &place) const;

    [[nodiscard]] int renderedBlockCount() const { return int(m_shown.size()); }

private:
    struct Shown
    {
        Core::RenderedBlock block;
        int textBlocks = 0; // QTextBlocks it occupies
    };

    void reset();
    void alignWindow();
    void syncLines();
    void removeShown(qsizetype from, qsizetype to);
    // Inserts after QTextBlock number `after`; returns how many QTextBlocks it added.
    int insertShown(qsizetype index, const Core::RenderedBlock &block, int after);
    [[nodiscard]] int firstTextBlockOf(qsizetype index) const;
    [[nodiscard]] qsizetype shownIndexForTextBlock(int blockNumber) const;
    void rebuildStarts() const;
    [[nodiscard]] qsizetype shownIndexForLine(int line) const;

    QTextDocument *m_document;
    std::vector<Shown> m_shown;
    QList<Core::RenderedBlock> m_target;
    qsizetype m_prefix = 0; // m_shown[0, m_prefix) equals the target's first blocks
    qsizetype m_suffix = 0; // and m_shown's last m_suffix blocks its last ones
    bool m_settled = true;
    bool m_windowMoved = false; // the last step moved a window: lines stayed where they were
    qint64 m_layoutNsPerBlock = 100'000; // what laying out an inserted block costs, as last measured
    mutable std::vector<int> m_starts; // first QTextBlock number of each shown block
    mutable bool m_startsValid = false;
};

} // namespace Byline::WidgetUi
