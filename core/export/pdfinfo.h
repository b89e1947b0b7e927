#pragma once

#include "../article/articlemetadata.h"

#include <QByteArray>

namespace Byline::Core {

// The metadata of a PDF beyond what QPdfWriter 6.4 sets (Title and Creator only).
class PdfInfo final
{
public:
    // An XMP packet with the title, authors (dc:creator), summary (dc:description), tags
    // (dc:subject, pdf:Keywords) and dates; with the PDF/A-1b identification when `pdfA`.
    [[nodiscard]] static QByteArray xmpPacket(const ArticleMetadata &metadata, bool pdfA);

    // `pdf` with an incremental update whose Info dictionary holds the writer's entries plus
    // Author, Subject and Keywords, so that every PDF reader (and `pdfinfo`) shows them. The
    // original bytes stay as they are; empty when `pdf` is not a PDF as QPdfWriter writes them.
    [[nodiscard]] static QByteArray withInfo(const QByteArray &pdf, const ArticleMetadata &metadata);

    // A PDF text string: UTF-16BE with its byte-order mark, in hex, so no character needs escaping.
    [[nodiscard]] static QByteArray textString(const QString &text);
};

} // namespace Byline::Core
