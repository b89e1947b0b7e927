#pragma once

#include "inlinedecorations.h"
#include "outline.h"
#include "textstats.h"

namespace Byline::Core {

struct RenderOptions
{
    // `<a name="L12">` before each block, for scroll sync: QTextBrowser keeps these anchors.
    bool sourceAnchors = false;
    // Renders each top-level block on its own into RenderResult::blocks instead of one `html`, with
    // anchors counted from the block's first line (`L0`, `L1` …), so a block's HTML stays the same
    // when text above it moves: the live preview replaces only the blocks that changed.
    bool splitBlocks = false;
    bool smartPunctuation = true;
    // The source line of the Markdown's first line, so anchors and outline name lines of the file.
    int firstLine = 1;
    // Drops a leading level-1 heading that repeats this title (case and spacing aside), for
    // exports that print the headline themselves. Outline and statistics still include it.
    QString omitHeadingMatching;
    // How much to count: the preview, which renders on every pause in typing, needs the words;
    // sentences and Flesch reading ease cost as much again and are for reports and panels.
    TextStatsBuilder::Detail stats = TextStatsBuilder::Detail::Full;
    int wordsPerMinute = TextStats::defaultWordsPerMinute;
    // HTML the text carries as markers (the review's markup view): put in place after cmark, and
    // the text of decorations that do not count left out of statistics and outline.
    InlineDecorations decorations;
};

// One top-level block (paragraph, heading, list, quote, code block …) rendered on its own.
struct RenderedBlock
{
    int firstLine = 0; // lines of the file
    int lastLine = 0;
    QString html;
};

struct RenderResult
{
    QString html; // an HTML fragment; raw HTML and unsafe links removed
    QList<RenderedBlock> blocks; // instead of `html` with RenderOptions::splitBlocks
    Outline outline;
    TextStats stats;
};

// Markdown → safe HTML, outline and statistics, all from one cmark parse.
// Thread-safe: every call parses its own tree. It cannot be interrupted; run it through
// BoundedRender wherever the input is not trusted to be tame.
class Renderer final
{
public:
    [[nodiscard]] static RenderResult render(const QString &markdown, const RenderOptions &options = {});

    // Turns cmark's `data-sourcepos` attributes into `<a name="L…">` anchors.
    [[nodiscard]] static QByteArray anchorSourceLines(const char *html, int lineOffset);
};

} // namespace Byline::Core
