#include "printedpages.h"

#include "htmlexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QUrl>

namespace Byline::Core {

namespace {

constexpr int dpi = PrintedPages::dpi;
constexpr double edge = 0.25; // pixels

double pixels(double millimetres)
{
    return millimetres / 25.4 * dpi;
}

QString styleSheet(const QString &theme)
{
    QFile file(QStringLiteral(":/byline/print/print.css"));
    QString css = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    if (theme == QLatin1String("modern"))
        css.replace(QLatin1String("\"DejaVu Serif\""), QLatin1String("\"DejaVu Sans\""));
    return css;
}

QString titleBlock(const ArticleMetadata &metadata)
{
    QString html;
    if (!metadata.title.isEmpty())
        html += QStringLiteral("<h1 class=\"headline\">%1</h1>").arg(metadata.title.toHtmlEscaped());
    if (const QString line = HtmlExporter::bylineLine(metadata); !line.isEmpty())
        html += QStringLiteral("<p class=\"byline\">%1</p>").arg(line.toHtmlEscaped());
    if (!metadata.summary.isEmpty())
        html += QStringLiteral("<p class=\"standfirst\">%1</p>").arg(metadata.summary.toHtmlEscaped());
    return html.isEmpty() ? html : html + QStringLiteral("<hr/>");
}

// The page a block's last (or first) line is on: a block's margin may start on the page before.
int pageOf(QAbstractTextDocumentLayout *layout, const QTextBlock &block, double pageHeight, bool lastLine)
{
    const QTextLayout *lines = block.layout();
    const double top = layout->blockBoundingRect(block).top();
    if (!lines || lines->lineCount() == 0)
        return int(top / pageHeight);
    // A line moved to the next page may start a rounding error above its top edge.
    return int((top + lines->lineAt(lastLine ? lines->lineCount() - 1 : 0).y() + 1) / pageHeight);
}

// Moves every heading that ends a page to the top of the next. A move changes only what
// follows, so one pass from the start finds them all.
void keepHeadingsWithText(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid() && block.next().isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0
            || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        if (pageOf(layout, block.next(), pageHeight, false) <= pageOf(layout, block, pageHeight, true))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        // The layout after a format change is only partly redone: all of it from here, then.
        document.markContentsDirty(block.position(), document.characterCount() - block.position());
    }
}

// Draws the part of the document from `top` down one page. Text clipped away still lands in a
// PDF (and in pdftotext, search and copy), so nothing outside the page may be drawn at all.
// QTextLayout::draw also draws the line just above its clip rectangle: a paragraph running over
// from the page before is therefore drawn here line by line, and the layout draws the rest.
// `from` is the first block not yet wholly above this page; pages come in order, so it moves on.
void drawPage(QPainter &painter, QTextDocument &document, QTextBlock &from, double top, const QSizeF &page)
{
    const double bottom = top + page.height();
    double rest = top + edge; // where the layout's own drawing starts
    painter.setPen(Qt::black); // what the layout uses for text without a colour of its own
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = from; block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.bottom() <= top) {
            from = block.next();
            continue;
        }
        if (rect.top() >= top)
            break;
        const QTextLayout *lines = block.layout();
        const QPointF origin = lines->position();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const double y = origin.y() + line.y();
            if (y >= top - 2 * edge && y + line.height() <= bottom + 2 * edge)
                line.draw(&painter, origin);
        }
        rest = std::max(rest, rect.bottom() + 2 * edge);
    }
    // Lines laid out to start exactly where the page ends belong to the next one.
    if (rest < bottom - edge)
        document.drawContents(&painter, QRectF(0, rest, page.width(), bottom - edge - rest));
}

void drawMargins(QPainter &painter, const QRectF &page, const QRectF &content, const QString &header,
                 const QString &footer, int number, int count)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const double band = QFontMetricsF(font, painter.device()).height() * 1.5;
    const double gap = (content.top() - page.top()) / 3;
    if (!header.isEmpty() && number > 1) {
        const QRectF area(content.left(), content.top() - gap - band, content.width(), band);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom,
                         QFontMetricsF(font, painter.device()).elidedText(header, Qt::ElideRight, area.width()));
    }
    const QRectF area(content.left(), content.bottom() + gap, content.width(), band);
    const QString numbers = QStringLiteral("%1 / %2").arg(number).arg(count);
    painter.drawText(area, Qt::AlignRight | Qt::AlignTop, numbers);
    if (!footer.isEmpty()) {
        const double room = area.width() - QFontMetricsF(font, painter.device()).horizontalAdvance(numbers) - band;
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop,
                         QFontMetricsF(font, painter.device()).elidedText(footer, Qt::ElideRight, room));
    }
}

} // namespace

void PrintedPages::fill(QTextDocument &document, const ArticleMetadata &metadata, const QString &bodyHtml,
                        const QString &baseFolder, const PdfOptions &options)
{
    document.setDocumentMargin(0);
    QFont font(options.theme == QLatin1String("modern") ? QStringLiteral("DejaVu Sans")
                                                        : QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(styleSheet(options.theme));
    document.setBaseUrl(QUrl::fromLocalFile(QDir(baseFolder).absolutePath() + QLatin1Char('/')));
    document.setHtml(QStringLiteral("<html><body>%1%2</body></html>")
                         .arg(options.titleBlock ? titleBlock(metadata) : QString(), bodyHtml));
    document.setMetaInformation(QTextDocument::DocumentTitle, metadata.title);
}

PrintedPages::PrintedPages(const ArticleMetadata &metadata, const QString &bodyHtml, const QString &baseFolder,
                           const PdfOptions &options)
    : m_options(options)
{
    const QPageLayout layout(QPageSize(options.pageSize), options.orientation, QMarginsF());
    m_page = QRectF(QPointF(0, 0), layout.fullRectPixels(dpi).size());
    const double margin = pixels(std::clamp(options.marginMillimetres, 5.0, 60.0));
    m_content = m_page.adjusted(margin, margin, -margin, -margin);
    m_header = !options.header.isEmpty()  ? options.header
        : !metadata.publication.isEmpty() ? metadata.publication
                                          : metadata.title;
    fill(m_document, metadata, bodyHtml, baseFolder, options);
    m_document.setPageSize(m_content.size());
    keepHeadingsWithText(m_document, m_content.height());
    m_count = m_document.pageCount();
    m_from = m_document.begin();
}

void PrintedPages::paint(QPainter &painter, int number)
{
    if (number < m_next) // pages are drawn in order; going back starts the search over
        m_from = m_document.begin();
    m_next = number + 1;
    painter.save();
    painter.translate(m_content.left(), m_content.top() - number * m_content.height());
    drawPage(painter, m_document, m_from, number * m_content.height(), m_content.size());
    painter.restore();
    drawMargins(painter, m_page, m_content, m_header, m_options.footer, number + 1, m_count);
}

QImage PrintedPages::image(int number, int width)
{
    const double scale = width / m_page.width();
    QImage page(QSize(width, qRound(m_page.height() * scale)), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paint(painter, number);
    return page;
}

} // namespace Byline::Core
