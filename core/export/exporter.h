#pragma once

#include "textformats.h"

#include <QImage>

namespace Byline::Core {

// Every export format, for the window and for `byline-print`: PDF and ODT laid out here with
// Qt Gui, the others through TextFormats. Safe to call from any thread (a QGuiApplication must
// exist); nothing is shared between calls.
class Exporter final
{
public:
    [[nodiscard]] static ExportOutput produce(const RenderedArticle &article, const ExportOptions &options);

    // The first page of the PDF the options would make, `width` pixels wide, and how many
    // pages it has. The same layout and drawing as the PDF itself.
    [[nodiscard]] static QImage firstPage(const RenderedArticle &article, const ExportOptions &options, int width,
                                          int *pageCount = nullptr);

    // An OpenDocument text (.odt) for Word and LibreOffice: the article as the print style lays it
    // out (headings in their print size and weight; Qt writes them as styled paragraphs), images
    // inside the file.
    [[nodiscard]] static QByteArray odt(const RenderedArticle &article, const ExportOptions &options, QString *error);

    // A Word document (DocxWriter) in the options' view of the review, images inside it.
    [[nodiscard]] static ExportOutput docx(const RenderedArticle &article, const ExportOptions &options);
};

} // namespace Byline::Core
