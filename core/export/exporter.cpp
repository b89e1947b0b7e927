#include "exporter.h"

#include "pdfexporter.h"
#include "printedpages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocumentWriter>

namespace Byline::Core {

ExportOutput Exporter::produce(const RenderedArticle &article, const ExportOptions &options)
{
    if (!ExportOptions::needsLayout(options.format) || article.failed())
        return TextFormats::produce(article, options);
    ExportOutput output;
    if (options.format == ExportOptions::Format::Pdf) {
        output.bytes = PdfExporter::render(article.metadata, article.render->html, article.folder(),
                                           PdfOptions::from(options), &output.error);
    } else {
        output.bytes = odt(article, options, &output.error);
    }
    return output;
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
