#pragma once

#include "articlemetadata.h"

namespace Byline::Core {

// Reads a plain-text article as CMSs and wire services hand them out: headline on the first
// line, an optional byline (`By Ann Lee | Posted 2011-11-15`, `By Ann Lee`, `Ann Lee, 2011-11-15`),
// paragraphs separated by blank lines, and short lines standing alone as subheadings.
//
// The Markdown body it produces has the same line numbers as the text it came from (the
// headline becomes `# …`, the byline an empty line), so outline lines point into the .txt file.
struct PlainTextImport
{
    ArticleMetadata metadata;
    QString markdownBody;

    [[nodiscard]] static PlainTextImport convert(const QString &text);
    // Markdown-escapes one line of prose, so `*`, `_`, `#`, `1.` and friends stay literal text.
    [[nodiscard]] static QString escapeMarkdown(const QString &line);
};

} // namespace Byline::Core
