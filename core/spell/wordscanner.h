#pragma once

#include "../markdown/linescanner.h"

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

    // Block structure comes from LineScanner; a prose line's inline text is read here, and an
    // inline construct left open at the end of a line (code span, HTML comment or tag) is recorded in
    // the same state.
    using LineKind = LineScanner::LineKind;
    using State = LineScanner::State;

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

    // Every word of a whole text.
    [[nodiscard]] QList<TextWord> scanText(QStringView text) const;

    // The 1-based column of `position` on the line starting at `lineStart`, in characters
    // (a character outside the Basic Multilingual Plane counts once).
    [[nodiscard]] static int columnOf(QStringView text, qsizetype lineStart, qsizetype position);

private:
    void scanInline(QStringView line, qsizetype from, State &state, QList<Word> *words) const;
    [[nodiscard]] qsizetype scanToken(QStringView line, qsizetype start, QList<Word> *words) const;
    void addPart(QStringView line, qsizetype start, qsizetype end, bool inCompound, QList<Word> *words) const;

    Options m_options;
};

} // namespace Byline::Core
