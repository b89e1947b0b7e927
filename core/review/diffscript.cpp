#include "diffscript.h"

#include "markdown/linestarts.h"
#include "worddiff.h"

#include <QHash>

#include <algorithm>
#include <array>

#include <dtl/dtl.hpp>

namespace Byline::Core::DiffScript {

namespace {

constexpr Hash fnvOffset = 14695981039346656037ULL;
constexpr Hash fnvPrime = 1099511628211ULL;

Hash hashOf(QStringView text)
{
    Hash hash = fnvOffset;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= fnvPrime;
    }
    return hash ^ Hash(text.size());
}

// Sequences longer than this reserve dtl's record of its path at once.
constexpr std::size_t hugeSequence = 4000;

enum class CharClass : quint8 { Word, Space, Punctuation };

// The classes of the ASCII characters, looked up rather than worked out: prose is mostly ASCII.
constexpr auto asciiClasses = [] {
    std::array<CharClass, 128> classes {};
    for (int c = 0; c < 128; ++c) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        classes[std::size_t(c)] = word ? CharClass::Word : (space ? CharClass::Space : CharClass::Punctuation);
    }
    return classes;
}();

CharClass classOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return asciiClasses[u];
    if (c.isSurrogate() || WordDiff::isWordCharacter(c))
        return CharClass::Word;
    return c.isSpace() ? CharClass::Space : CharClass::Punctuation;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

} // namespace

// The tokens of text[from, to), appended.
void tokenize(QStringView text, qsizetype from, qsizetype to, Pieces &tokens)
{
    qsizetype i = from;
    while (i < to) {
        const qsizetype start = i;
        const CharClass kind = classOf(text[i]);
        ++i;
        switch (kind) {
        case CharClass::Word:
            while (i < to) {
                const CharClass next = classOf(text[i]);
                if (next == CharClass::Word) {
                    ++i;
                } else if (isApostrophe(text[i]) && i + 1 < to && classOf(text[i + 1]) == CharClass::Word) {
                    i += 2;
                } else {
                    break;
                }
            }
            break;
        case CharClass::Space:
            while (i < to && classOf(text[i]) == CharClass::Space)
                ++i;
            break;
        case CharClass::Punctuation:
            while (i < to && text[i] == text[start])
                ++i;
            break;
        }
        const Hash hash = hashOf(text.sliced(start, i - start));
        tokens.push_back({kind == CharClass::Word ? hash | 1 : hash & ~Hash(1), qint32(start), qint32(i)});
    }
}

qsizetype countWords(QStringView text, qsizetype from, qsizetype to)
{
    Pieces tokens;
    tokenize(text, from, to, tokens);
    return std::count_if(tokens.cbegin(), tokens.cend(), [](const Piece &token) { return token.isWord(); });
}

namespace {

// Qt's string hash reads a long line many bytes at a time (AES instructions where the processor
// has them); the seed is fixed, so equal lines hash equal in both texts.
Piece lineAt(QStringView text, qsizetype start, qsizetype end)
{
    return {Hash(qHash(text.sliced(start, end - start), 0)) ^ Hash(end - start), qint32(start), qint32(end)};
}

} // namespace

Pieces linesOf(QStringView text)
{
    Pieces lines;
    lines.reserve(std::size_t(text.size() / 32) + 16);
    qsizetype start = 0;
    forEachLineFeed(text, [&](qsizetype feed) {
        lines.push_back(lineAt(text, start, feed + 1));
        start = feed + 1;
    });
    if (start < text.size())
        lines.push_back(lineAt(text, start, text.size()));
    return lines;
}

Pieces linesOf(QStringView text, qsizetype from, const LineStarts &lines)
{
    const QStringView body = text.sliced(from);
    const std::vector<qsizetype> &starts = lines.starts();
    Pieces pieces;
    auto next = std::lower_bound(starts.cbegin(), starts.cend(), from);
    pieces.reserve(std::size_t(starts.cend() - next));
    for (; next != starts.cend(); ++next) {
        const qsizetype end = std::next(next) != starts.cend() ? *std::next(next) : text.size();
        if (end > *next)
            pieces.push_back(lineAt(body, *next - from, end - from));
    }
    return pieces;
}

// The shortest edit script turning a[aFrom, aTo) into b[bFrom, bTo), the common ends stripped
// before dtl sees them.
namespace {

// dtl steps a comparison may take: some tens of milliseconds.
constexpr std::size_t costBudget = 50'000'000;

// How many pieces at least differ between two sequences, whatever their order: the pieces of one
// side that the other does not have as often. A lower bound of the edit distance, found in
// linear time.
std::size_t differencesAtLeast(const std::vector<Hash> &left, const std::vector<Hash> &right)
{
    std::size_t capacity = 64;
    while (capacity < 2 * (left.size() + right.size()))
        capacity *= 2;
    struct Slot
    {
        Hash hash = 0;
        qint32 count = 0; // left minus right
        bool used = false;
    };
    std::vector<Slot> table(capacity);
    const auto add = [&table, mask = capacity - 1](Hash hash, qint32 by) {
        for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
            Slot &slot = table[i];
            if (!slot.used || slot.hash == hash) {
                slot = {hash, slot.count + by, true};
                return;
            }
        }
    };
    for (const Hash hash : left)
        add(hash, 1);
    for (const Hash hash : right)
        add(hash, -1);
    std::size_t differences = 0;
    for (const Slot &slot : table)
        differences += std::size_t(slot.count < 0 ? -slot.count : slot.count);
    return differences;
}

// dtl's time grows with the length of the sequences times the differences between them; two
// unrelated halves of a book would take seconds. Where even the lower bound of that cost is over
// budget, the stretch is taken as replaced whole, and the callers compare it in smaller parts
// (line with line). Short sequences are never worth the count.
bool tooCostly(const std::vector<Hash> &left, const std::vector<Hash> &right)
{
    const std::size_t length = left.size() + right.size();
    if (length * std::min(left.size(), right.size()) <= costBudget)
        return false;
    return length * differencesAtLeast(left, right) > costBudget;
}

} // namespace

// The same for a stretch's tokens, their hashes gathered only when the cost could be over budget.
bool tooCostly(const Pieces &left, const Pieces &right)
{
    if ((left.size() + right.size()) * std::min(left.size(), right.size()) <= costBudget)
        return false;
    const auto hashes = [](const Pieces &pieces) {
        std::vector<Hash> out;
        out.reserve(pieces.size());
        for (const Piece &piece : pieces)
            out.push_back(piece.hash);
        return out;
    };
    return tooCostly(hashes(left), hashes(right));
}

std::vector<Step> editScript(const Pieces &a, std::size_t aFrom, std::size_t aTo, const Pieces &b, std::size_t bFrom,
                             std::size_t bTo, bool mayGiveUp)
{
    std::vector<Step> steps;
    std::size_t prefix = 0;
    while (aFrom + prefix < aTo && bFrom + prefix < bTo && a[aFrom + prefix].hash == b[bFrom + prefix].hash)
        ++prefix;
    std::size_t suffix = 0;
    while (aTo - suffix > aFrom + prefix && bTo - suffix > bFrom + prefix
           && a[aTo - suffix - 1].hash == b[bTo - suffix - 1].hash)
        ++suffix;
    steps.assign(prefix, Step::Keep);

    std::vector<Hash> left;
    std::vector<Hash> right;
    left.reserve(aTo - aFrom - prefix - suffix);
    right.reserve(bTo - bFrom - prefix - suffix);
    for (std::size_t i = aFrom + prefix; i < aTo - suffix; ++i)
        left.push_back(a[i].hash);
    for (std::size_t i = bFrom + prefix; i < bTo - suffix; ++i)
        right.push_back(b[i].hash);
    if (left.empty() || right.empty() || (mayGiveUp && tooCostly(left, right))) {
        steps.insert(steps.end(), left.size(), Step::Delete);
        steps.insert(steps.end(), right.size(), Step::Add);
    } else {
        dtl::Diff<Hash, std::vector<Hash>> diff(left, right);
        // dtl records a point per step it takes; room for them up front spares copying them as
        // the record grows (most of the time on long texts).
        if (left.size() + right.size() > hugeSequence)
            diff.onHuge();
        diff.compose();
        for (const auto &[hash, info] : diff.getSes().getSequence()) {
            Q_UNUSED(hash);
            steps.push_back(info.type == dtl::SES_COMMON ? Step::Keep
                                                         : (info.type == dtl::SES_DELETE ? Step::Delete : Step::Add));
        }
    }
    steps.insert(steps.end(), suffix, Step::Keep);
    return steps;
}

namespace {

// The edit script between the lines each text has once, in each text's order (`partnerOfA` says
// where each of A's is among B's, or -1). Nearly all of them
// are in both lists (only a line whose hash shares its high half with another's is not): what
// differs is mostly their order, where a paragraph moved. So lines that follow each other alike
// in both lists are taken together as one run, and dtl compares the runs: a few dozen instead of
// thousands of lines. Some shortest script keeps runs whole (a line kept with its neighbour in
// one list is kept with it in the other), so the script is as short as over single lines.
std::vector<Step> uniqueLineScript(const Pieces &uniqueA, const Pieces &uniqueB, const std::vector<qint32> &partnerOfA)
{
    std::vector<qint32> partnerOfB(uniqueB.size(), -1);
    for (std::size_t u = 0; u < uniqueA.size(); ++u) {
        if (partnerOfA[u] >= 0)
            partnerOfB[std::size_t(partnerOfA[u])] = qint32(u);
    }
    // A run is named by its first line's hash and spans [start, end) of its list.
    const auto runsOf = [](const Pieces &lines, const std::vector<qint32> &partner) {
        Pieces runs;
        for (std::size_t k = 0; k < lines.size(); ++k) {
            if (k > 0 && partner[k] >= 0 && partner[k - 1] >= 0 && partner[k] == partner[k - 1] + 1)
                runs.back().end = qint32(k + 1);
            else
                runs.push_back({lines[k].hash, qint32(k), qint32(k + 1)});
        }
        return runs;
    };
    const Pieces runsA = runsOf(uniqueA, partnerOfA);
    const Pieces runsB = runsOf(uniqueB, partnerOfB);

    // What differs is the order only, which no count of differences can see, so dtl is not asked
    // to give up.
    std::vector<Step> steps;
    steps.reserve(uniqueA.size() + uniqueB.size());
    std::size_t r = 0;
    std::size_t s = 0;
    for (const Step step : editScript(runsA, 0, runsA.size(), runsB, 0, runsB.size(), false)) {
        const Piece &run = step == Step::Add ? runsB[s++] : runsA[r++];
        if (step == Step::Keep)
            ++s;
        steps.insert(steps.end(), std::size_t(run.end - run.start), step);
    }
    return steps;
}

} // namespace

// The edit script over the lines of two texts. dtl's time grows with the lines times the lines
// that differ, which on a long draft with a change in every other paragraph is most of the
// comparison; so the lines that occur exactly once in each text are compared first (few of them
// differ: only moved ones), the common ones anchor both texts, and dtl compares each stretch
// between two anchors on its own. Lines that repeat (blank ones, `---`) never anchor: they would
// tie paragraphs together that have nothing in common.
std::vector<Step> lineScript(const Pieces &a, const Pieces &b)
{
    // How often each line occurs on each side (0, 1, or more), in an open-addressed table keyed
    // by the lines' hashes: already well mixed, so their low bits index it and their high half
    // tells lines apart. Twelve bytes a slot, as a long draft has tens of thousands of lines. Two
    // lines whose high halves agree share a slot and count as repeated: they only anchor nothing,
    // since dtl below compares the whole hashes.
    struct Slot
    {
        quint32 tag = 0;
        quint16 inA = 0;
        quint16 inB = 0;
        qint32 whereB = -1; // a line B has once: where it is among B's unique lines
    };
    std::size_t capacity = 64;
    while (capacity < 2 * (a.size() + b.size()))
        capacity *= 2;
    std::vector<Slot> table(capacity);
    const auto slot = [&table, mask = capacity - 1](Hash hash) -> Slot & {
        const auto tag = quint32(hash >> 32);
        for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
            Slot &s = table[i];
            if ((s.inA == 0 && s.inB == 0) || s.tag == tag) {
                s.tag = tag;
                return s;
            }
        }
    };
    for (const Piece &line : a) {
        Slot &s = slot(line.hash);
        s.inA = std::min(s.inA + 1, 2);
    }
    for (const Piece &line : b) {
        Slot &s = slot(line.hash);
        s.inB = std::min(s.inB + 1, 2);
    }
    Pieces uniqueA;
    Pieces uniqueB;
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (Slot &counts = slot(b[j].hash); counts.inA == 1 && counts.inB == 1) {
            counts.whereB = qint32(uniqueB.size());
            uniqueB.push_back({b[j].hash, qint32(j), 0});
        }
    }
    std::vector<qint32> partnerOfA;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (const Slot &counts = slot(a[i].hash); counts.inA == 1 && counts.inB == 1) {
            uniqueA.push_back({a[i].hash, qint32(i), 0});
            // The slot's line of B, unless only the high halves of the hashes agree.
            const bool same = uniqueB[std::size_t(counts.whereB)].hash == a[i].hash;
            partnerOfA.push_back(same ? counts.whereB : -1);
        }
    }

    std::vector<Step> steps;
    steps.reserve(a.size() + b.size());
    std::size_t i = 0;
    std::size_t j = 0;
    const auto compareUpTo = [&](std::size_t iEnd, std::size_t jEnd) {
        if (i == iEnd || j == jEnd) { // most anchors follow each other: nothing, or one side only
            steps.insert(steps.end(), iEnd - i, Step::Delete);
            steps.insert(steps.end(), jEnd - j, Step::Add);
        } else {
            const std::vector<Step> stretch = editScript(a, i, iEnd, b, j, jEnd);
            steps.insert(steps.end(), stretch.cbegin(), stretch.cend());
        }
        i = iEnd;
        j = jEnd;
    };
    std::size_t u = 0;
    std::size_t v = 0;
    for (const Step step : uniqueLineScript(uniqueA, uniqueB, partnerOfA)) {
        if (step == Step::Delete) {
            ++u;
        } else if (step == Step::Add) {
            ++v;
        } else {
            compareUpTo(std::size_t(uniqueA[u++].start), std::size_t(uniqueB[v++].start));
            steps.push_back(Step::Keep);
            ++i;
            ++j;
        }
    }
    compareUpTo(a.size(), b.size());
    return steps;
}

} // namespace Byline::Core::DiffScript
