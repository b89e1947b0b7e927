#pragma once

#include "../article/article.h"

#include <optional>

namespace Byline::Core {

// What the revision store records of a text besides the text itself, each worked out once, when
// first asked for: front matter is parsed once for both (on hostile text it can take a while).
class RevisionText final
{
public:
    // `text` must outlive this.
    RevisionText(const QString &text, const QString &path);

    // The title the text gives itself (front matter, else its first heading), for finding the file
    // again after a move; empty when it gives none. Not the library's fallback from the file name:
    // two files called notes.md are not the same article for that.
    [[nodiscard]] QString title();
    // The words of the article's final text (marks accepted, comments out), counted as the
    // library counts them.
    [[nodiscard]] int words();

private:
    const Article &article();

    const QString &m_text;
    Article::SourceFormat m_format;
    std::optional<Article> m_article;
    std::optional<int> m_words;
};

} // namespace Byline::Core
