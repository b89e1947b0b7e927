#pragma once

#include <QString>
#include <QStringList>

namespace Byline::Core {

// What a standalone HTML page adds to the rendered body: a table of contents and images that
// travel inside the page. Both work on the HTML cmark wrote, whose tags cannot come from the
// author's text: raw HTML is left out and `<`, `>` and `"` in text are escaped.
namespace HtmlContents {

struct Contents
{
    QString body; // the body with an id on every heading
    QString nav; // <nav class="toc"> linking the two highest heading levels; empty without headings
};

[[nodiscard]] Contents tableOfContents(const QString &bodyHtml, const QString &caption);

// The largest image file put into a page.
inline constexpr qint64 maxImageBytes = qint64(20) * 1024 * 1024;

// Replaces every local image (relative to `baseFolder`) by a data: URI of its bytes, typed by
// their content. Remote and data: images are left as they are; an image that is missing, not an image
// or too large keeps its reference and adds a line to `warnings`.
[[nodiscard]] QString embedImages(const QString &bodyHtml, const QString &baseFolder, QStringList *warnings);

} // namespace HtmlContents

} // namespace Byline::Core
