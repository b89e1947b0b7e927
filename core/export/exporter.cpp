#include "exporter.h"

#include "htmlexporter.h"
#include "pdfexporter.h"
#include "printedpages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QTextDocumentWriter>
#include <QUrl>

#include <docx/docxwriter.h>

namespace Byline::Core {

ExportOutput Exporter::produce(const RenderedArticle &article, const ExportOptions &options)
{
    if (!ExportOptions::needsLayout(options.format) || article.failed())
        return TextFormats::produce(article, options);
    ExportOutput output;
    switch (options.format) {
    case ExportOptions::Format::Pdf:
        output.bytes = PdfExporter::render(article.metadata, article.render->html, article.folder(),
                                           PdfOptions::from(options), &output.error);
        break;
    case ExportOptions::Format::Docx:
        return docx(article, options);
    default:
        output.bytes = odt(article, options, &output.error);
        break;
    }
    return output;
}

namespace {

constexpr qint64 maxImageBytes = 32 * 1024 * 1024;

// An image of the article for a Word document: a local file (relative to the article) that Word
// shows everywhere, PNG, JPEG or GIF, with its size in pixels.
std::optional<DocxWriter::Image> wordImage(const QString &folder, const QString &url)
{
    const QUrl resolved = QUrl::fromLocalFile(QDir(folder).absolutePath() + QLatin1Char('/')).resolved(QUrl(url));
    if (!resolved.isLocalFile())
        return std::nullopt;
    QFile file(resolved.toLocalFile());
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxImageBytes)
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const QString type = QMimeDatabase().mimeTypeForData(bytes).name();
    QString extension;
    if (type == QLatin1String("image/png"))
        extension = QStringLiteral("png");
    else if (type == QLatin1String("image/jpeg"))
        extension = QStringLiteral("jpeg");
    else if (type == QLatin1String("image/gif"))
        extension = QStringLiteral("gif");
    else
        return std::nullopt;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid())
        return std::nullopt;
    return DocxWriter::Image {bytes, extension, size};
}

} // namespace

ExportOutput Exporter::docx(const RenderedArticle &article, const ExportOptions &options)
{
    DocxWriter::Options docx;
    docx.view = options.review;
    docx.titleBlock = options.titleBlock;
    docx.byline = HtmlExporter::bylineLine(article.metadata);
    docx.pageSize = options.pageSize;
    docx.landscape = options.landscape;
    docx.marginMillimetres = options.marginMillimetres;
    const QFileInfo file(article.path);
    if (file.exists())
        docx.modified = file.lastModified().toUTC();
    const QString folder = article.folder();
    docx.images = [folder](const QString &url) { return wordImage(folder, url); };
    const DocxWriter::Output written = DocxWriter::write(article.metadata, article.loaded.article.body(), docx);
    return {written.bytes, written.error, written.warnings};
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
