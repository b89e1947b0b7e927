#pragma once

#include "frontmatter.h"

#include <functional>

namespace Byline::Core {

// A change to an article's front matter, made the same way wherever it is made: the library's
// status menu on a file, the window on the open article (language, ignored words, status).
// Only the front matter block changes — the text after it stays as written — and a block is
// created when the article has none, followed by a blank line as one would write it by hand.
// A plain-text article has no front matter, and a block with an error is left alone: Byline
// never rewrites what it cannot read.
class FrontMatterEdit final
{
public:
    enum class Problem { None, PlainText, BrokenFrontMatter };

    struct Result
    {
        Problem problem = Problem::None;
        QString detail; // for BrokenFrontMatter: the first error, with its line
        // The article's head, up to where its body starts, is replaced by `head`.
        qsizetype replacedLength = 0;
        QString head;

        [[nodiscard]] bool ok() const { return problem == Problem::None; }
        // The whole text with the change made.
        [[nodiscard]] QString appliedTo(const QString &text) const;
    };

    // `fileName` (a name or a path) tells Markdown from plain text.
    [[nodiscard]] static Result edit(const QString &text, const QString &fileName,
                                     const std::function<void(FrontMatter &frontMatter)> &change);
};

} // namespace Byline::Core
