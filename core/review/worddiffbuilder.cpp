#include "worddiffbuilder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <thread>
#include <vector>

namespace Byline::Core {

namespace {

using namespace DiffScript;

// A stretch compared token by token above this many tokens a side is compared line by line
// instead: dtl's time grows with the tokens times the differences, and two unrelated halves of a
// long text would take seconds.
constexpr std::size_t tokenLimit = 20000;

// Lines shorter than this are not taken for moved paragraphs: a blank line, `---` or "Thanks."
// appear in many places, and pairing them up would be noise.
constexpr qsizetype shortestMove = 24;

// Texts longer than this (together) are compared on two threads: a column is done before a
// thread would start, a book is not.
constexpr qsizetype parallelLength = 200000;

} // namespace

// Builds a WordDiff: the line pass, moves, the token pass over each stretch of changed lines.
class WordDiffBuilder final
{
public:
    WordDiffBuilder(QStringView before, QStringView after)
        : m_before(before)
        , m_after(after)
    { }

    WordDiff build()
    {
        Pieces oldLines;
        Pieces newLines;
        if (m_before.size() + m_after.size() < parallelLength) {
            oldLines = linesOf(m_before);
            newLines = linesOf(m_after);
        } else {
            std::thread worker([&] { newLines = linesOf(m_after); });
            oldLines = linesOf(m_before);
            worker.join();
        }
        return build(oldLines, newLines);
    }

    WordDiff build(const Pieces &oldLines, const Pieces &newLines)
    {
        const std::vector<Step> steps = lineScript(oldLines, newLines);

        // Stretches of changed lines between kept ones.
        std::vector<Stretch> stretches;
        std::vector<Anchor> keptLines;
        std::size_t i = 0;
        std::size_t j = 0;
        for (std::size_t k = 0; k < steps.size();) {
            if (steps[k] == Step::Keep) {
                keptLines.push_back({oldLines[i++].end, newLines[j++].end});
                ++k;
                continue;
            }
            Stretch stretch {i, i, j, j};
            for (; k < steps.size() && steps[k] != Step::Keep; ++k)
                steps[k] == Step::Delete ? ++i : ++j;
            stretch.oldTo = i;
            stretch.newTo = j;
            stretches.push_back(stretch);
        }

        findMoves(oldLines, newLines, stretches);
        compareStretches(oldLines, newLines, stretches);

        if (!m_moves.empty()) {
            // Both runs of anchors are in order already: merge them, no sort.
            const auto middle = m_anchors.insert(m_anchors.end(), keptLines.cbegin(), keptLines.cend());
            std::inplace_merge(m_anchors.begin(), middle, m_anchors.end());
        }
        return finish(oldLines, newLines);
    }

private:
    struct Stretch
    {
        std::size_t oldFrom, oldTo, newFrom, newTo;
    };
    struct Move
    {
        std::size_t oldLine;
        std::size_t newLine;
    };
    // Positions known to correspond: the ends of kept tokens and lines, and of changes. They
    // follow one edit script, so ordered by one side they are ordered by the other.
    struct Anchor
    {
        qsizetype oldEnd;
        qsizetype newEnd;
        friend bool operator<(const Anchor &a, const Anchor &b)
        {
            return std::pair(a.oldEnd, a.newEnd) < std::pair(b.oldEnd, b.newEnd);
        }
    };
    // What comparing some stretches found, in order; two threads each fill one.
    struct Found
    {
        QList<WordDiff::Change> changes;
        qsizetype wordsDeleted = 0;
        qsizetype wordsAdded = 0;
        // Where a moved line is placed needs the anchors of the stretch it was in (and the kept
        // lines); other stretches keep none.
        std::vector<Anchor> anchors;
        bool anchoring = false; // for the stretch being compared
    };

    // A line deleted in one place and added in another, each once among the changed lines, and
    // long enough to mean something, is a moved paragraph.
    void findMoves(const Pieces &oldLines, const Pieces &newLines, const std::vector<Stretch> &stretches)
    {
        QHash<Hash, std::pair<int, std::size_t>> deleted; // hash → (how often, the line)
        QHash<Hash, std::pair<int, std::size_t>> added;
        const auto count = [](auto &table, const Piece &line, std::size_t index, QStringView text) {
            if (text.sliced(line.start, line.end - line.start).trimmed().size() < shortestMove)
                return;
            auto &entry = table[line.hash];
            ++entry.first;
            entry.second = index;
        };
        for (const Stretch &stretch : stretches) {
            for (std::size_t k = stretch.oldFrom; k < stretch.oldTo; ++k)
                count(deleted, oldLines[k], k, m_before);
            for (std::size_t k = stretch.newFrom; k < stretch.newTo; ++k)
                count(added, newLines[k], k, m_after);
        }
        for (auto it = deleted.cbegin(); it != deleted.cend(); ++it) {
            const auto other = added.constFind(it.key());
            if (it->first == 1 && other != added.cend() && other->first == 1)
                m_moves.push_back({it->second, other->second});
        }
        for (const Move &move : m_moves) {
            m_movedOld.insert(move.oldLine);
            m_movedNew.insert(move.newLine);
        }
    }

    // A long draft's stretches are compared in two halves at once, the second on a thread of its
    // own: each half's changes are in order and the second's all come after the first's.
    void compareStretches(const Pieces &oldLines, const Pieces &newLines, const std::vector<Stretch> &stretches)
    {
        const auto compareAll = [&](std::size_t from, std::size_t to, Found &found) {
            for (std::size_t k = from; k < to; ++k) {
                const Stretch &stretch = stretches[k];
                found.anchoring = false;
                compareStretch(oldLines, stretch.oldFrom, stretch.oldTo, newLines, stretch.newFrom, stretch.newTo,
                               found);
            }
        };
        Found first;
        if (m_before.size() + m_after.size() < parallelLength || stretches.size() < 2) {
            compareAll(0, stretches.size(), first);
        } else {
            Found second;
            const std::size_t middle = stretches.size() / 2;
            std::thread worker(compareAll, middle, stretches.size(), std::ref(second));
            compareAll(0, middle, first);
            worker.join();
            first.changes += second.changes;
            first.wordsDeleted += second.wordsDeleted;
            first.wordsAdded += second.wordsAdded;
            first.anchors.insert(first.anchors.end(), second.anchors.cbegin(), second.anchors.cend());
        }
        m_result.m_changes = std::move(first.changes);
        m_result.m_wordsDeleted = first.wordsDeleted;
        m_result.m_wordsAdded = first.wordsAdded;
        m_anchors = std::move(first.anchors);
    }

    void compareStretch(const Pieces &oldLines, std::size_t oldFrom, std::size_t oldTo, const Pieces &newLines,
                        std::size_t newFrom, std::size_t newTo, Found &found) const
    {
        Pieces oldTokens;
        Pieces newTokens;
        // About one token in two or three characters of prose: room up front spares regrowing.
        const auto span = [](const Pieces &lines, std::size_t from, std::size_t to) {
            return from < to ? std::size_t(lines[to - 1].end - lines[from].start) : 0;
        };
        oldTokens.reserve(span(oldLines, oldFrom, oldTo) / 2 + 4);
        newTokens.reserve(span(newLines, newFrom, newTo) / 2 + 4);
        for (std::size_t k = oldFrom; k < oldTo; ++k) {
            if (m_movedOld.contains(k))
                found.anchoring = true;
            else
                tokenize(m_before, oldLines[k].start, oldLines[k].end, oldTokens);
        }
        for (std::size_t k = newFrom; k < newTo; ++k) {
            if (m_movedNew.contains(k))
                found.anchoring = true;
            else
                tokenize(m_after, newLines[k].start, newLines[k].end, newTokens);
        }
        const qsizetype oldStart = oldFrom < oldLines.size() ? oldLines[oldFrom].start : m_before.size();
        const qsizetype newStart = newFrom < newLines.size() ? newLines[newFrom].start : m_after.size();

        if (std::min(oldTokens.size(), newTokens.size()) > tokenLimit || tooCostly(oldTokens, newTokens)) {
            if (oldTo - oldFrom == 1 && newTo - newFrom == 1) {
                addRun(oldTokens, 0, oldTokens.size(), newTokens, 0, newTokens.size(), oldStart, newStart, found);
                return;
            }
            // Line by line with its partner: old line k against new line k.
            const std::size_t pairs = std::max(oldTo - oldFrom, newTo - newFrom);
            for (std::size_t k = 0; k < pairs; ++k) {
                const std::size_t o = std::min(oldFrom + k, oldTo);
                const std::size_t n = std::min(newFrom + k, newTo);
                compareStretch(oldLines, o, std::min(o + 1, oldTo), newLines, n, std::min(n + 1, newTo), found);
            }
            return;
        }

        const std::vector<Step> steps = editScript(oldTokens, 0, oldTokens.size(), newTokens, 0, newTokens.size());
        const bool anchoring = found.anchoring;
        std::size_t a = 0;
        std::size_t b = 0;
        qsizetype oldAt = oldStart; // where the text read so far ends, on each side
        qsizetype newAt = newStart;
        for (std::size_t k = 0; k < steps.size();) {
            if (steps[k] == Step::Keep) {
                oldAt = oldTokens[a++].end;
                newAt = newTokens[b++].end;
                if (anchoring)
                    found.anchors.push_back({oldAt, newAt});
                ++k;
                continue;
            }
            const std::size_t a0 = a;
            const std::size_t b0 = b;
            for (; k < steps.size() && steps[k] != Step::Keep; ++k)
                steps[k] == Step::Delete ? ++a : ++b;
            addRun(oldTokens, a0, a, newTokens, b0, b, oldAt, newAt, found);
        }
    }

    // Changed tokens old[a0, a1) and new[b0, b1), split where a side's tokens are not contiguous
    // (a moved line was taken out between them).
    void addRun(const Pieces &oldTokens, std::size_t a0, std::size_t a1, const Pieces &newTokens, std::size_t b0,
                std::size_t b1, qsizetype oldAt, qsizetype newAt, Found &found) const
    {
        const auto pieceEnd = [](const Pieces &tokens, std::size_t from, std::size_t to) {
            std::size_t k = from + 1;
            while (k < to && tokens[k].start == tokens[k - 1].end)
                ++k;
            return k;
        };
        while (a0 < a1 || b0 < b1) {
            const std::size_t aEnd = a0 < a1 ? pieceEnd(oldTokens, a0, a1) : a1;
            const std::size_t bEnd = b0 < b1 ? pieceEnd(newTokens, b0, b1) : b1;
            WordDiff::Change change;
            change.before = a0 < aEnd ? WordDiff::Range {oldTokens[a0].start, oldTokens[aEnd - 1].end}
                                      : WordDiff::Range {oldAt, oldAt};
            change.after = b0 < bEnd ? WordDiff::Range {newTokens[b0].start, newTokens[bEnd - 1].end}
                                     : WordDiff::Range {newAt, newAt};
            for (std::size_t k = a0; k < aEnd; ++k)
                found.wordsDeleted += oldTokens[k].isWord() ? 1 : 0;
            for (std::size_t k = b0; k < bEnd; ++k)
                found.wordsAdded += newTokens[k].isWord() ? 1 : 0;
            found.changes.push_back(change);
            oldAt = change.before.end;
            newAt = change.after.end;
            if (found.anchoring)
                found.anchors.push_back({oldAt, newAt});
            a0 = aEnd;
            b0 = bEnd;
        }
    }

    // Where a point of one text falls in the other: at the last anchor before it.
    qsizetype counterpart(qsizetype position, bool fromOld) const
    {
        const auto key = [fromOld](const Anchor &anchor) { return fromOld ? anchor.oldEnd : anchor.newEnd; };
        const auto after = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), position,
                                            [&](qsizetype p, const Anchor &anchor) { return p < key(anchor); });
        if (after == m_anchors.cbegin())
            return 0;
        const Anchor &anchor = *std::prev(after);
        return fromOld ? anchor.newEnd : anchor.oldEnd;
    }

    static bool inOrder(const WordDiff::Change &a, const WordDiff::Change &b)
    {
        return std::pair(a.before.start, a.after.start) < std::pair(b.before.start, b.after.start);
    }

    WordDiff finish(const Pieces &oldLines, const Pieces &newLines)
    {
        QList<WordDiff::Change> &changes = m_result.m_changes;
        std::sort(changes.begin(), changes.end(), inOrder);
        mergeAcrossSpaces(changes);
        if (m_moves.empty())
            return std::move(m_result);

        std::vector<std::pair<WordDiff::Change, WordDiff::Change>> moves;
        for (const Move &move : m_moves) {
            const Piece &oldLine = oldLines[move.oldLine];
            const Piece &newLine = newLines[move.newLine];
            const qsizetype awayPoint = counterpart(oldLine.start, true);
            const qsizetype herePoint = counterpart(newLine.start, false);
            moves.push_back({{{oldLine.start, oldLine.end}, {awayPoint, awayPoint}, 0},
                             {{herePoint, herePoint}, {newLine.start, newLine.end}, 0}});
            const qsizetype words = countWords(m_before, oldLine.start, oldLine.end);
            m_result.m_wordsDeleted += words;
            m_result.m_wordsAdded += words;
        }
        for (const auto &[away, here] : moves) {
            changes.push_back(away);
            changes.push_back(here);
        }
        // Moves go after a change at the same place, so the order is stable and each finds its own.
        std::stable_sort(changes.begin(), changes.end(), inOrder);
        for (const auto &[away, here] : moves) {
            const qsizetype a = indexOf(changes, away);
            const qsizetype h = indexOf(changes, here);
            changes[a].movedWith = h;
            changes[h].movedWith = a;
        }
        return std::move(m_result);
    }

    static qsizetype indexOf(const QList<WordDiff::Change> &changes, const WordDiff::Change &change)
    {
        auto it = std::lower_bound(changes.cbegin(), changes.cend(), change, inOrder);
        while (it != changes.cend() && !(it->before == change.before && it->after == change.after))
            ++it;
        return it - changes.cbegin();
    }

    // "the quick brown" → "a slow brown" reads as one change, not two with a space between: two
    // changes of the same kind only a space apart (no line break) become one.
    void mergeAcrossSpaces(QList<WordDiff::Change> &changes) const
    {
        QList<WordDiff::Change> merged;
        merged.reserve(changes.size());
        for (const WordDiff::Change &change : std::as_const(changes)) {
            if (!merged.isEmpty() && onlyASpaceApart(merged.last(), change)) {
                merged.last().before.end = change.before.end;
                merged.last().after.end = change.after.end;
            } else {
                merged.push_back(change);
            }
        }
        changes = std::move(merged);
    }

    bool onlyASpaceApart(const WordDiff::Change &first, const WordDiff::Change &second) const
    {
        if (first.kind() != second.kind())
            return false;
        const qsizetype gap = second.before.start - first.before.end;
        return gap == 1 && second.after.start - first.after.end == 1 && m_before[first.before.end] == u' ';
    }

    QStringView m_before;
    QStringView m_after;
    WordDiff m_result;
    std::vector<Move> m_moves;
    QSet<std::size_t> m_movedOld;
    QSet<std::size_t> m_movedNew;
    std::vector<Anchor> m_anchors;
};

WordDiff buildWordDiff(QStringView before, QStringView after)
{
    return WordDiffBuilder(before, after).build();
}

WordDiff buildWordDiff(QStringView before, QStringView after, const DiffScript::Pieces &oldLines,
                       const DiffScript::Pieces &newLines)
{
    return WordDiffBuilder(before, after).build(oldLines, newLines);
}

} // namespace Byline::Core
