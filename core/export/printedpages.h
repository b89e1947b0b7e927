#pragma once

#include "pdfexporter.h"

#include <QTextBlock>
#include <QTextDocument>

class QImage;
class QPainter;

namespace Byline::Core {

// An article laid out on pages: the rendered body (and its title block) in a QTextDocument with
// the print style sheet, cut into pages of the chosen size, each drawn with its running header
// and its footer with page numbers. The PDF and the export dialog's preview both draw from it,
// so the preview is the PDF's first page. Units are CSS pixels (96 per inch).
class PrintedPages final
{
    Q_DISABLE_COPY_MOVE(PrintedPages)

public:
    static constexpr int dpi = 96;

    PrintedPages(const ArticleMetadata &metadata, const QString &bodyHtml, const QString &baseFolder,
                 const PdfOptions &options);

    // Fills `document` with the article as printed: style sheet, fonts, title block and body.
    static void fill(QTextDocument &document, const ArticleMetadata &metadata, const QString &bodyHtml,
                     const QString &baseFolder, const PdfOptions &options);

    [[nodiscard]] QSizeF pageSize() const { return m_page.size(); }
    [[nodiscard]] int pageCount() const { return m_count; }
    // Draws page `number` (from 0) with the painter's origin at the page's top left corner.
    void paint(QPainter &painter, int number);
    // Page `number` as an image `width` pixels wide, on white.
    [[nodiscard]] QImage image(int number, int width);

private:
    PdfOptions m_options;
    QRectF m_page;
    QRectF m_content;
    QString m_header;
    QTextDocument m_document;
    int m_count = 0;
    QTextBlock m_from; // the first block not wholly above the page drawn next
    int m_next = 0; // the page m_from belongs to
};

} // namespace Byline::Core
