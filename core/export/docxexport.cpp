#include "docxexport.h"

#include "htmlexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

#include <docx/docxwriter.h>

namespace Byline::Core {

namespace {

constexpr qint64 maxImageBytes = 32 * 1024 * 1024;

// An image of the article for a Word document: a local file (relative to the article) that Word
// shows everywhere, PNG, JPEG or GIF, with its size in pixels.
std::optional<DocxWriter::Image> wordImage(const QString &folder, const QString &url,
                                           const DocxExport::Measure &measure)
{
    const QUrl resolved = QUrl::fromLocalFile(QDir(folder).absolutePath() + QLatin1Char('/')).resolved(QUrl(url));
    if (!measure || !resolved.isLocalFile())
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
    const QSize size = measure(bytes);
    if (!size.isValid())
        return std::nullopt;
    return DocxWriter::Image {bytes, extension, size};
}

} // namespace

ExportOutput DocxExport::produce(const RenderedArticle &article, const ExportOptions &options, const Measure &measure)
{
    if (article.failed())
        return {{}, article.firstError(), {}};
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
    docx.images = [folder, measure](const QString &url) { return wordImage(folder, url, measure); };
    const DocxWriter::Output written = DocxWriter::write(article.metadata, article.loaded.article.body(), docx);
    return {written.bytes, written.error, written.warnings};
}

bool DocxExport::hasPictures(QByteArrayView text)
{
    return text.contains("![");
}

} // namespace Byline::Core
