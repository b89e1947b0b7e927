#pragma once

#include "../article/articlemetadata.h"
#include "exportoptions.h"

#include <QPageLayout>
#include <QPageSize>

namespace Byline::Core {

// How a PDF is laid out.
struct PdfOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double marginMillimetres = 20;
    QString header; // the running header; empty: the publication, else the headline
    QString footer; // left of the page numbers ("3 / 7") in the footer
    bool titleBlock = true; // headline, byline and date above the text
    bool pdfA = false; // PDF/A-1b, for archives
    QString theme = QStringLiteral("newsprint"); // newsprint (serif) or modern (sans)

    [[nodiscard]] static PdfOptions from(const ExportOptions &options);
};

// Prints an article to PDF without LaTeX or a browser: the rendered body in a QTextDocument,
// paginated onto QPdfWriter page by page, so every page gets its running header and its footer
// with page numbers. Fonts are embedded, images lossless, links clickable; a heading is never
// left alone at the foot of a page. Title, author, summary and tags go into the PDF's metadata.
// Needs a QGuiApplication (fonts); the offscreen platform will do.
class PdfExporter final
{
public:
    // The PDF, or empty with `error` set. `baseFolder` resolves the article's relative images.
    [[nodiscard]] static QByteArray render(const ArticleMetadata &metadata, const QString &bodyHtml,
                                           const QString &baseFolder, const PdfOptions &options, QString *error);

    // "A4", "Letter", "Legal", "A5" (any case); false for others.
    [[nodiscard]] static bool pageSizeFromName(const QString &name, QPageSize::PageSizeId *size);
};

} // namespace Byline::Core
