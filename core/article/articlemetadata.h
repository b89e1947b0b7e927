#pragma once

#include "dateparser.h"
#include "diagnostic.h"

#include <QStringList>

#include <optional>

namespace Byline::Core {

class FrontMatter;

// The front-matter keys Byline understands, typed. Everything else stays in FrontMatter as written.
struct ArticleMetadata
{
    QString title;
    QStringList authors;
    std::optional<ArticleDate> date;
    QString status;
    QStringList tags;
    QString lang;
    std::optional<ArticleDate> deadline;
    int targetWords = 0;
    QString publication;
    QString summary;
    QStringList spellingIgnore; // words the spellchecker accepts in this article

    // "Ann Lee", "Ann Lee and Bo Chen", "Ann Lee, Bo Chen and Cy Dar".
    [[nodiscard]] QString authorLine() const;

    // Reads `title`, `author` / `authors` / `by`, `date`, `status`, `tags`, `lang` (or `language`),
    // `deadline`, `words`, `publication`, `summary` and `spelling_ignore`. A value of the wrong kind is reported
    // as a Warning naming its line and otherwise ignored.
    [[nodiscard]] static ArticleMetadata fromFrontMatter(const FrontMatter &frontMatter,
                                                         Diagnostics *diagnostics = nullptr);

    // Writes the set fields into `frontMatter`, keeping whatever else it holds.
    void writeTo(FrontMatter &frontMatter) const;

    friend bool operator==(const ArticleMetadata &, const ArticleMetadata &) = default;
};

} // namespace Byline::Core
