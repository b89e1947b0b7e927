#pragma once

#include "../article/articlemetadata.h"
#include "../markdown/renderer.h"

#include <QStringList>

namespace Byline::Core {

// Writes an article as a standalone HTML5 page: embedded theme CSS, title and author metadata,
// the headline with its byline, then the body cmark rendered. Every metadata value is escaped.
class HtmlExporter final
{
public:
    static constexpr const char *defaultTheme = "newsprint";

    // Theme names, from the CSS files built into the program.
    [[nodiscard]] static QStringList themes();
    [[nodiscard]] static bool hasTheme(const QString &name);

    // How to render the body for this exporter: no source anchors, the headline not repeated.
    [[nodiscard]] static RenderOptions renderOptions(const ArticleMetadata &metadata, int firstLine = 1);

    // `contents`: a table of contents placed between the headline and the body.
    [[nodiscard]] static QString standalonePage(const ArticleMetadata &metadata, const QString &bodyHtml,
                                                const QString &theme = QLatin1String(defaultTheme),
                                                const QString &contents = {});

    // The body alone for pasting into a CMS: semantic tags only, no styles, scripts or classes.
    [[nodiscard]] static QString fragment(const QString &bodyHtml);

    // "November 15, 2011" in the article's language.
    [[nodiscard]] static QString displayDate(const QDate &date, const QString &lang);
    // "By Ann Lee · November 15, 2011": the line under a headline (PDF, ODT, DOCX); empty when the
    // article names neither authors nor a date.
    [[nodiscard]] static QString bylineLine(const ArticleMetadata &metadata);
};

} // namespace Byline::Core
