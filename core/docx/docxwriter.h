#pragma once

#include "article/articlemetadata.h"
#include "review/reviewedits.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QStringList>

#include <functional>
#include <optional>

namespace Byline::Core {

// An article as a Word document (Office Open XML, .docx), written natively: WordprocessingML
// parts made with QXmlStreamWriter in a ZIP package made with minizip, no converter involved.
//
// - Headline, byline and standfirst as the Title, Byline and Subtitle paragraphs; headings,
//   paragraphs, quotes, lists, code and rules in the styles a copy desk's template maps onto
//   (Title, Subtitle, Heading 1–6, Normal, Quote, Source Code, List Paragraph; the
//   names pandoc and Word give them); emphasis, links and
//   images inside the file.
// - Core properties from the front matter: title, author, subject (summary), keywords (tags),
//   status, language and dates.
// - In the markup view the review becomes Word's own: additions and deletions tracked changes
//   with their reviewer and time (a substitution both), comment threads Word comments with
//   their replies and resolved state (commentsExtended), and Track Changes is switched on, so
//   what the editor does next is tracked too. The final and original views write the text with
//   every change accepted or rejected, without comments.
class DocxWriter final
{
public:
    struct Image
    {
        QByteArray bytes;
        QString extension; // png, jpeg or gif: what Word shows everywhere
        QSize pixels;
    };
    // An image the article names (its Markdown URL), or nothing when it cannot be had; the
    // caller resolves paths and reads sizes (Qt Gui's image readers).
    using ImageLoader = std::function<std::optional<Image>(const QString &url)>;

    struct Options
    {
        ReviewEdits::View view = ReviewEdits::View::Markup;
        bool titleBlock = true;
        QString byline; // the title block's line under the headline: "By Maya Okafor · 20 November 2026"
        QString pageSize = QStringLiteral("A4"); // A4, Letter, Legal, A5
        bool landscape = false;
        double marginMillimetres = 20;
        QDateTime modified; // the document's last change, UTC; now when not given
        ImageLoader images;
    };

    struct Output
    {
        QByteArray bytes;
        QString error;
        QStringList warnings;
    };

    // `body` is the article's Markdown without its front matter.
    [[nodiscard]] static Output write(const ArticleMetadata &metadata, const QString &body, const Options &options);
};

} // namespace Byline::Core
