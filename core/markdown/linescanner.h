#pragma once

#include "linestarts.h"

#include <QStringView>

namespace Byline::Core {

// Markdown's block structure read one line at a time: which lines are front matter, fenced or
// indented code, raw HTML, blank or prose, and where a prose line's text starts after its quote
// and list markers. A small state carries from line to line and packs into an int, so an editor
// can read only the line that changed (QSyntaxHighlighter's block state).
//
// Shared by everything that must agree on what is prose and what is code: the spelling's
// WordScanner, CriticMarkup and the editor's highlighter.
class LineScanner final
{
public:
    // Calls `visit(line, index, start)` for each line of `text`: the line without its line break
    // (nor a carriage return before it), its 0-based index, and where it starts in the text.
    template<typename Visit>
    static void forEachLine(QStringView text, Visit visit)
    {
        qsizetype start = 0;
        int index = 0;
        const auto visitUpTo = [&](qsizetype end) {
            QStringView line = text.sliced(start, end - start);
            if (line.endsWith(u'\r'))
                line.chop(1);
            visit(line, index++, start);
            start = end + 1;
        };
        forEachLineFeed(text, visitUpTo);
        visitUpTo(text.size()); // the last line, after the last line break (perhaps empty)
    }

    enum class LineKind {
        Prose,
        Blank,
        FrontMatterDelimiter,
        FrontMatter,
        FenceDelimiter,
        FencedCode,
        IndentedCode,
        Html, // a raw HTML block, or a comment or tag that went on from an earlier line
    };

    // What one line leaves for the next.
    class State
    {
    public:
        static constexpr int bits = 20; // toInt() never sets a higher bit

        State() = default; // before the first line

        // A QSyntaxHighlighter's "no state yet" (-1) reads as the state before the first line.
        // Bits above `bits` are ignored, so a caller can keep its own state there.
        [[nodiscard]] static State fromInt(int packed);
        [[nodiscard]] int toInt() const;

        [[nodiscard]] bool inFence() const { return m_fenceLength != 0; }
        [[nodiscard]] bool operator==(const State &other) const { return toInt() == other.toInt(); }

        // Inline constructs open at the end of the line, set by whoever reads the line's text
        // (LineScanner reads no inline markup). While one is open, the next line continues it
        // before any block marker counts.
        [[nodiscard]] int openCodeTicks() const { return m_codeTicks; }
        void setOpenCodeTicks(qsizetype ticks);
        void setInHtmlComment(bool open) { m_htmlComment = open; }
        void setInHtmlTag(bool open) { m_htmlTag = open; }

        static constexpr int maximumCodeTicks = 0xf; // a longer run of backticks is stored as this

    private:
        friend class LineScanner;
        int m_frontMatter = 0; // 1 YAML, 2 TOML
        bool m_fenceTilde = false;
        int m_fenceLength = 0;
        int m_codeTicks = 0; // a code span open across lines
        bool m_htmlComment = false;
        bool m_htmlTag = false; // inside a tag's attributes, which went on to this line
        bool m_rawHtml = false;
        bool m_afterBlank = true;
        bool m_inList = false;
        bool m_indentedCode = false;
    };

    struct Line
    {
        LineKind kind = LineKind::Prose;
        qsizetype textStart = 0; // for prose: where its inline text starts, after any markers
    };

    // Reads one line (without its line break) and advances `state`. `lineNumber` is 0-based:
    // front matter can only open on line 0.
    [[nodiscard]] static Line scanLine(QStringView line, int lineNumber, State &state);

    // How many `c` stand in a row from `at`.
    [[nodiscard]] static qsizetype runLength(QStringView line, qsizetype at, QChar c);

private:
    [[nodiscard]] static Line scanBlockLine(QStringView line, State &state);
};

} // namespace Byline::Core
