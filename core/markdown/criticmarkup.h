#pragma once

#include "linescanner.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Byline::Core {

// CriticMarkup, the review marks an article carries in its text: the one parser of them, for the
// editor's highlighter, the review panel, accept and reject, and exports. Pure functions over text.
//
//   addition {++ new ++}   deletion {-- old --}   substitution {~~ old ~> new ~~}
//   comment  {>> note <<}  highlight {== text ==}
//
// The rules, read left to right:
// - A mark runs from its opening delimiter to the first closing delimiter of its kind, across lines
//   and paragraphs. Marks do not nest: inside a mark every other delimiter is plain text.
// - A substitution splits at its first `~>`; a later one belongs to the new text. A `~>` outside a
//   substitution is plain text. A substitution that closes without `~>` is no mark: its text stays
//   plain text and parse() reports a Problem, as other CriticMarkup tools read it; guessing which
//   side was meant would put words in the writer's mouth.
// - A mark that is never closed is no mark either: its opening delimiter and all the text after it
//   are plain text, with a Problem. Reading on after the opener instead would need a look ahead to
//   the end of the text, which a line-at-a-time reader cannot have.
// - Code is literal, as in Manuscript Markdown: no mark opens in a code span, a fenced or indented
//   code block or the front matter, so code and examples of the syntax stay text. Code spans are
//   matched within their line, as the editor shows them: whether a backtick left open closes on a
//   later line cannot be known line by line, and a wrong guess would hide the marks after it.
// - Code never ends or hides a mark that is already open: it ends at its first closing delimiter,
//   wherever that is, so a correction of a stray backtick (`{--`--}`) cannot turn the rest of its
//   line into code.
// - `\{` is an escaped brace, not an opening delimiter. Raw HTML is not code (the preview drops it).
//
// Two APIs that always agree, both linear in the length of the text: parse() reads a whole text;
// scanLine() reads one line with a State carried from the line before, which packs into
// State::bits bits for QSyntaxHighlighter's block state, so a keystroke re-reads its line and the
// lines after it only while the state changes. parse() is scanLine() over the kinds LineScanner
// gives each line; a caller that keeps its own LineScanner state passes the kinds it read. The line
// API cannot see ahead: it shows a mark open at the end of a line as open, which parse() reports as
// plain text if it never closes. Positions are UTF-16 offsets into the text (or line), as in QString.
class CriticMarkup final
{
public:
    enum class Kind : quint8 { Addition = 1, Deletion, Substitution, Comment, Highlight };

    struct Range
    {
        qsizetype start = 0;
        qsizetype end = 0; // one past the last character

        [[nodiscard]] qsizetype length() const { return end - start; }
        [[nodiscard]] QStringView of(QStringView text) const { return text.sliced(start, end - start); }
        friend bool operator==(const Range &, const Range &) = default;
    };

    struct Mark
    {
        Kind kind = Kind::Addition;
        Range whole; // delimiters included
        Range content; // between the delimiters
        // A substitution's sides: content is oldText, `~>`, newText. Empty for the other kinds.
        Range oldText;
        Range newText;

        [[nodiscard]] qsizetype separator() const { return oldText.end; } // where `~>` stands
        friend bool operator==(const Mark &, const Mark &) = default;
    };

    // Text that looks like a mark but is not one, said in words a writer can act on.
    struct Problem
    {
        enum class Type { Unclosed, SubstitutionWithoutSeparator };

        Type type = Type::Unclosed;
        Kind kind = Kind::Addition;
        qsizetype position = 0; // of the opening delimiter
        int line = 0; // 1-based, of the opening delimiter
        QString message; // translated

        friend bool operator==(const Problem &, const Problem &) = default;
    };

    struct Result
    {
        QList<Mark> marks; // in text order, never overlapping
        QList<Problem> problems;
    };

    // Whether a text may open with front matter (a whole file, as the editor holds it) or is a
    // Markdown body only (Article::body(), where a first line `---` is a rule).
    enum class Start { MayHaveFrontMatter, Body };

    [[nodiscard]] static Result parse(QStringView text, Start start = Start::MayHaveFrontMatter);

    // What one line leaves for the next: the kind of the mark open at its end, if any, and for a
    // substitution whether its `~>` has been passed.
    class State
    {
    public:
        static constexpr int bits = 4; // toInt() never sets a higher bit

        State() = default; // before the first line: no mark open

        // Reads the low `bits` bits only; -1 (a QSyntaxHighlighter's "no state yet") is no mark.
        [[nodiscard]] static State fromInt(int packed);
        [[nodiscard]] int toInt() const { return m_open | (m_passedSeparator ? separatorBit : 0); }

        [[nodiscard]] bool isOpen() const { return m_open != 0; }
        [[nodiscard]] Kind openKind() const { return Kind(m_open); } // when isOpen()
        [[nodiscard]] bool passedSeparator() const { return m_passedSeparator; }
        friend bool operator==(const State &, const State &) = default;

    private:
        friend class CriticMarkup;
        static constexpr int kindMask = 0x7;
        static constexpr int separatorBit = 0x8;

        quint8 m_open = 0; // a Kind, or 0
        bool m_passedSeparator = false;
    };

    // Which part of a mark a piece of a line is.
    enum class Part : quint8 {
        Opening, // `{++`, `{--`, `{~~`, `{>>`, `{==`
        Content, // of an addition, deletion, comment or highlight
        OldText, // of a substitution, before `~>`
        Separator, // `~>`
        NewText, // of a substitution, after `~>`
        Closing, // `++}`, `--}`, `~~}`, `<<}`, `==}`
    };

    struct Piece
    {
        Kind kind = Kind::Addition;
        Part part = Part::Content;
        Range range; // in the line
    };

    // Reads one line (without its line break) of the kind LineScanner found, advancing `state`, and
    // appends the pieces of marks on it to `pieces` (may be null), in line order, none empty. A mark
    // still open at the end of the line shows as open; a substitution that closes on this line
    // without a `~>` leaves no piece on it.
    static void scanLine(QStringView line, LineScanner::LineKind kind, State &state, QList<Piece> *pieces);

    // Whether a piece's text is part of the final text (all changes accepted, comments out): an
    // addition's or a highlight's content, a substitution's new text. Spelling reads only these.
    [[nodiscard]] static bool inFinalText(const Piece &piece);
    // The ranges of a text that are not part of its final text, in order: deleted and replaced
    // text, comments and every delimiter.
    [[nodiscard]] static QList<Range> outsideFinalText(const Result &result);

    // Whether marks can open on a line of this kind (code and front matter are literal).
    [[nodiscard]] static bool opensMarks(LineScanner::LineKind kind);

    // The delimiters as written, for writers of marks: `{++` and `++}` for Kind::Addition.
    [[nodiscard]] static QStringView opening(Kind kind);
    [[nodiscard]] static QStringView closing(Kind kind);
};

} // namespace Byline::Core
