#pragma once

#include "../article/articlemetadata.h"
#include "../review/reviewedits.h"

namespace Byline::Core {

// An article as plain text for wire services, e-mail and CMS fields that take no markup: the
// headline and byline, then each block as a paragraph of its own, the Markdown gone (emphasis,
// links and images to their text, list items with "•" or their numbers, quotes indented, code
// as written). The review shows in the view asked for: none of it in final and original; in markup,
// as CriticMarkup (a substitution as a deletion and an addition, each thread as one comment with
// its reviewers and times).
class PlainTextExporter final
{
public:
    [[nodiscard]] static QString text(const ArticleMetadata &metadata, const QString &markdownBody,
                                      ReviewEdits::View view = ReviewEdits::View::Final);
};

} // namespace Byline::Core
