#include "exporter.h"

#include "docxexport.h"
#include "htmlexporter.h"
#include "pdfexporter.h"
#include "printedpages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QTextDocumentWriter>

namespace Byline::Core {

ExportOutput Exporter::produce(const RenderedArticle &article, const ExportOptions &options)
{
    if (options.format == ExportOptions::Format::Docx)
        return docx(article, options);
    if (!ExportOptions::needsLayout(options.format) || article.failed())
        return TextFormats::produce(article, options);
    ExportOutput output;
    switch (options.format) {
    case ExportOptions::Format::Pdf:
        output.bytes = PdfExporter::render(article.metadata, article.render->html, article.folder(),
                                           PdfOptions::from(options), &output.error);
        break;
    default:
        output.bytes = odt(article, options, &output.error);
        break;
    }
    return output;
}

ExportOutput Exporter::docx(const RenderedArticle &article, const ExportOptions &options)
{
    return DocxExport::produce(article, options, [](const QByteArray &image) {
        QBuffer buffer;
        buffer.setData(image);
        buffer.open(QIODevice::ReadOnly);
        return QImageReader(&buffer).size();
    });
}

QImage Exporter::firstPage(const RenderedArticle &article, const ExportOptions &options, int width, int *pageCount)
{
    if (article.failed())
        return {};
    PrintedPages pages(article.metadata, article.render->html, article.folder(), PdfOptions::from(options));
    if (pageCount)
        *pageCount = pages.pageCount();
    return pages.image(0, width);
}

QByteArray Exporter::odt(const RenderedArticle &article, const ExportOptions &options, QString *error)
{
    QTextDocument document;
    PrintedPages::fill(document, article.metadata, article.render->html, article.folder(), PdfOptions::from(options));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document)) {
        *error = QCoreApplication::translate("Byline::Core::Exporter", "the OpenDocument file could not be written");
        return {};
    }
    return buffer.data();
}

} // namespace Byline::Core
