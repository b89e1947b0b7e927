#pragma once

#include "../article/articlemetadata.h"

namespace Byline::Core {

// An article as plain text for wire services, e-mail and CMS fields that take no markup: the
// headline and byline, then each block as a paragraph of its own, the Markdown gone (emphasis,
// links and images to their text, list items with "•" or their numbers, quotes indented, code
// as written).
class PlainTextExporter final
{
public:
    [[nodiscard]] static QString text(const ArticleMetadata &metadata, const QString &markdownBody);
};

} // namespace Byline::Core
