#pragma once

#include <QList>
#include <QStringView>

namespace Byline::Core {

struct WordScannerOptions
{
    bool skipAllCaps = true; // NATO, RHEL
};

// Finds the words of prose in Markdown: what a reader reads, never what a machine does.
//
// Skipped: the front matter, fenced and indented code, code spans, raw HTML tags, comments and
// <script>/<style>/<pre> blocks, autolinks and bare URLs, link and image destinations, reference
// labels, entities, tokens joined by `.`, `_`, `/`, `\` or `@` (file names, domains, e-mail),
// words with digits and, by default, ALL-CAPS acronyms. Words keep their inner apostrophes
// (`oVirt’s`, `don't`); hyphenated words come out as their parts.
//
// Works one line at a time with a small state carried from line to line, so an editor can check
// only the line that changed; the state packs into an int for QSyntaxHighlighter's block state.
class WordScanner final
{
public:
    using Options = WordScannerOptions;

    enum class LineKind {
        Prose,
        Blank,
        FrontMatterDelimiter,
        FrontMatter,
        FenceDelimiter,
        FencedCode,
        IndentedCode,
        Html, // a raw HTML block or comment: no prose on it
    };

    // What one line leaves for the next.
    class State
    {
    public:
        State() = default; // before the first line

        // A QSyntaxHighlighter's "no state yet" (-1) reads as the state before the first line.
        [[nodiscard]] static State fromInt(int packed);
        [[nodiscard]] int toInt() const;

        [[nodiscard]] bool inFence() const { return m_fenceLength != 0; }
        [[nodiscard]] bool operator==(const State &other) const { return toInt() == other.toInt(); }

    private:
        friend class WordScanner;
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

    struct Word
    {
        qsizetype start = 0; // in the line
        qsizetype length = 0;
    };

    struct TextWord
    {
        int line = 0; // 1-based
        qsizetype lineStart = 0;
        qsizetype position = 0; // in the text
        qsizetype length = 0;
    };

    explicit WordScanner(Options options = {});

    // Scans one line (without its line break); `lineNumber` is 0-based, and front matter can only
    // open on line 0. Appends the line's words to `words` and advances `state`.
    LineKind scanLine(QStringView line, int lineNumber, State &state, QList<Word> *words) const;

    // How many `c` stand in a row from `at`.
    [[nodiscard]] static qsizetype runLength(QStringView line, qsizetype at, QChar c);

    // Every word of a whole text.
    [[nodiscard]] QList<TextWord> scanText(QStringView text) const;

    // The 1-based column of `position` on the line starting at `lineStart`, in characters
    // (a character outside the Basic Multilingual Plane counts once).
    [[nodiscard]] static int columnOf(QStringView text, qsizetype lineStart, qsizetype position);

private:
    LineKind scanBlockLine(QStringView line, State &state, QList<Word> *words) const;
    void scanInline(QStringView line, qsizetype from, State &state, QList<Word> *words) const;
    [[nodiscard]] qsizetype scanToken(QStringView line, qsizetype start, QList<Word> *words) const;
    void addPart(QStringView line, qsizetype start, qsizetype end, bool inCompound, QList<Word> *words) const;

    static constexpr int maximumCodeTicks = 0xf; // a longer run of backticks is stored as this

    Options m_options;
};

} // namespace Byline::Core
