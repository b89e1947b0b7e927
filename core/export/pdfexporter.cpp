#include "pdfexporter.h"

#include "pdfinfo.h"
#include "printedpages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <array>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::PdfExporter)
};

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
    // In the order of ExportOptions::pageSizes().
    static constexpr std::array<QPageSize::PageSizeId, 4> ids {QPageSize::A4, QPageSize::Letter, QPageSize::Legal,
                                                               QPageSize::A5};
    const qsizetype index = ExportOptions::pageSizes().indexOf(ExportOptions::canonicalPageSize(name));
    if (index < 0)
        return false;
    *size = ids.at(size_t(index));
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
        *error = Text::tr("the PDF could not be started");
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
        *error = Text::tr("the PDF could not be written");
    return pdf;
}

} // namespace Byline::Core
