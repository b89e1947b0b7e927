#pragma once

#include <QStringView>

#include <limits>
#include <vector>

// The edit scripts WordDiff is made of: texts cut into lines and word tokens, each with a 64-bit
// hash to compare by, and dtl's shortest edit script over them, its cost bounded.
namespace Byline::Core {
class LineStarts;
}

namespace Byline::Core::DiffScript {

using Hash = quint64;

// A line or a token: where it stands, and its hash for comparing. Sixteen bytes, as a long draft
// has hundreds of thousands of them: positions are 32-bit (compare() takes no longer texts), and
// the hash's lowest bit says whether a token is a word (a word and a non-word never compare
// equal anyway).
struct Piece
{
    Hash hash = 0;
    qint32 start = 0;
    qint32 end = 0;

    [[nodiscard]] bool isWord() const { return (hash & 1) != 0; }
};

// The longest text the pieces can stand in.
constexpr qsizetype longestText = std::numeric_limits<qint32>::max();
using Pieces = std::vector<Piece>;

// One step of an edit script over pieces: keep both, or take one side's piece.
enum class Step : qint8 { Delete = -1, Keep = 0, Add = 1 };

// The tokens of text[from, to), appended: words (an apostrophe inside a word kept), runs of white
// space, runs of one punctuation character.
void tokenize(QStringView text, qsizetype from, qsizetype to, Pieces &tokens);
// How many of the tokens of text[from, to) are words.
[[nodiscard]] qsizetype countWords(QStringView text, qsizetype from, qsizetype to);
// The lines of `text`, each with its line break.
[[nodiscard]] Pieces linesOf(QStringView text);
// The lines of text[from, end) where `lines` already found the lines of the whole text, their
// positions counted from `from` (a line start).
[[nodiscard]] Pieces linesOf(QStringView text, qsizetype from, const LineStarts &lines);

// The shortest edit script turning a[aFrom, aTo) into b[bFrom, bTo), the common ends stripped
// before dtl sees them. With `mayGiveUp`, a stretch whose cost is over budget is all deleted and
// added instead (tooCostly()).
[[nodiscard]] std::vector<Step> editScript(const Pieces &a, std::size_t aFrom, std::size_t aTo, const Pieces &b,
                                           std::size_t bFrom, std::size_t bTo, bool mayGiveUp = true);
// The edit script over the lines of two texts, anchored on the lines each has once.
[[nodiscard]] std::vector<Step> lineScript(const Pieces &a, const Pieces &b);
// Whether even a lower bound of dtl's steps over these pieces is over budget.
[[nodiscard]] bool tooCostly(const Pieces &left, const Pieces &right);

} // namespace Byline::Core::DiffScript
