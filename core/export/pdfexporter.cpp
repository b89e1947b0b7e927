#include "pdfexporter.h"

#include "pdfinfo.h"
#include "printedpages.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

namespace Byline::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Byline::Core::PdfExporter", text);
}

} // namespace

PdfOptions PdfOptions::from(const ExportOptions &options)
{
    PdfOptions pdf;
    if (!PdfExporter::pageSizeFromName(options.pageSize, &pdf.pageSize))
        pdf.pageSize = QPageSize::A4;
    pdf.orientation = options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    pdf.marginMillimetres = options.marginMillimetres;
    pdf.header = options.header;
    pdf.footer = options.footer;
    pdf.titleBlock = options.titleBlock;
    pdf.pdfA = options.pdfA;
    pdf.theme = options.theme;
    return pdf;
}

bool PdfExporter::pageSizeFromName(const QString &name, QPageSize::PageSizeId *size)
{
    static const QList<std::pair<QString, QPageSize::PageSizeId>> sizes {{QStringLiteral("a4"), QPageSize::A4},
                                                                         {QStringLiteral("letter"), QPageSize::Letter},
                                                                         {QStringLiteral("legal"), QPageSize::Legal},
                                                                         {QStringLiteral("a5"), QPageSize::A5}};
    const auto found = std::ranges::find_if(
        sizes, [&name](const auto &known) { return name.compare(known.first, Qt::CaseInsensitive) == 0; });
    if (found == sizes.cend())
        return false;
    *size = found->second;
    return true;
}

QByteArray PdfExporter::render(const ArticleMetadata &metadata, const QString &bodyHtml, const QString &baseFolder,
                               const PdfOptions &options, QString *error)
{
    QBuffer output;
    output.open(QIODevice::WriteOnly);
    QPdfWriter writer(&output);
    writer.setResolution(PrintedPages::dpi);
    writer.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation, QMarginsF()));
    writer.setTitle(metadata.title);
    writer.setCreator(QStringLiteral("Byline %1").arg(QCoreApplication::applicationVersion()));
    if (options.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setDocumentXmpMetadata(PdfInfo::xmpPacket(metadata, options.pdfA));

    PrintedPages pages(metadata, bodyHtml, baseFolder, options);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("the PDF could not be started");
        return {};
    }
    // Without this hint, images are embedded as lossy JPEG.
    painter.setRenderHint(QPainter::LosslessImageRendering);
    for (int number = 0; number < pages.pageCount(); ++number) {
        if (number > 0)
            writer.newPage();
        pages.paint(painter, number);
    }
    painter.end();
    output.close();
    QByteArray pdf = PdfInfo::withInfo(output.data(), metadata);
    if (pdf.isEmpty())
        *error = tr("the PDF could not be written");
    return pdf;
}

} // namespace Byline::Core
