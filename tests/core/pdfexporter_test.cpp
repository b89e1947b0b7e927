#include "externaltool.h"

#include <article/articlefile.h>
#include <export/htmlexporter.h>
#include <export/pdfexporter.h>
#include <markdown/renderer.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::Core;

namespace {

// The text of page `page` (1-based) of the PDF, in reading order.
QString pageText(const QString &path, int page)
{
    return toolOutput(QStringLiteral("pdftotext"),
                      {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                       QStringLiteral("-layout"), path, QStringLiteral("-")});
}

int pageCount(const QString &info)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(info).captured(1).toInt();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

// Real PDFs, read back with poppler's tools.
class PdfExporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleColumn_hasMetadataFontsAndPageNumbers();
    void longArticle_paginatesWithHeaderFooterAndNoOrphanHeadings();
    void pageSizes_orientationAndMargins();
    void linksAndImages_survive();
    void hostileMetadata_isInert();
    void pdfA_isDeclared();

private:
    QTemporaryDir m_dir;
    // Prints the article at `markdownPath` to `name` in the test folder; the PDF's path.
    QString print(const QString &markdownPath, const PdfOptions &options, const QString &name);
};

QString PdfExporterTest::print(const QString &markdownPath, const PdfOptions &options, const QString &name)
{
    const LoadedArticle loaded = ArticleFile::load(markdownPath);
    const ArticleMetadata metadata = loaded.article.metadata();
    const RenderResult rendered = Renderer::render(loaded.article.body(), HtmlExporter::renderOptions(metadata));
    QString error;
    const QByteArray pdf
        = PdfExporter::render(metadata, rendered.html, QFileInfo(markdownPath).path(), options, &error);
    QString path = m_dir.filePath(name);
    if (pdf.isEmpty())
        qWarning() << "no PDF:" << error;
    write(path, pdf);
    return path;
}

void PdfExporterTest::sampleColumn_hasMetadataFontsAndPageNumbers()
{
    const QString pdf = print(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md"), {}, QStringLiteral("ovirt.pdf"));
    const QString info = toolOutput(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QLatin1String("Title:           oVirt at Last")), qPrintable(info));
    QVERIFY(info.contains(QLatin1String("Author:          Jason Brooks")));
    QVERIFY(info.contains(QLatin1String("Keywords:        virtualization, open source")));
    QVERIFY(info.contains(QLatin1String("Page size:       595 x 842 pts (A4)")));
    QVERIFY(info.contains(QLatin1String("JavaScript:      no")));
    const int pages = pageCount(info);
    QVERIFY(pages >= 1);
    // Every font embedded
    const QStringList fonts = toolOutput(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n')).mid(2);
    QVERIFY(!fonts.constFirst().isEmpty());
    for (const QString &font : fonts) {
        if (!font.isEmpty())
            QVERIFY2(font.contains(QLatin1String(" yes ")), qPrintable(font));
    }
    // The title block, the body in order, the page numbers
    const QString first = pageText(pdf, 1);
    QVERIFY(first.contains(QLatin1String("oVirt at Last")));
    QVERIFY(first.contains(QStringLiteral("By Jason Brooks · November 15, 2011")));
    const qsizetype lindows = first.indexOf(QLatin1String("At Long Last, Lindows"));
    const qsizetype vsphere = first.indexOf(QLatin1String("challenger to VMware vSphere"));
    QVERIFY(lindows > 0 && vsphere > lindows);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(pageText(pdf, page).contains(QStringLiteral("%1/%2").arg(page).arg(pages))
                     || pageText(pdf, page).contains(QStringLiteral("%1 / %2").arg(page).arg(pages)),
                 qPrintable(pageText(pdf, page)));
}

void PdfExporterTest::longArticle_paginatesWithHeaderFooterAndNoOrphanHeadings()
{
    QString markdown = QStringLiteral("---\ntitle: The Long Read\nauthor: Ann Lee\npublication: The Courier\n---\n\n");
    for (int section = 1; section <= 30; ++section) {
        markdown += QStringLiteral("## Section %1\n\n").arg(section);
        for (int paragraph = 0; paragraph < section % 4 + 1; ++paragraph)
            markdown += QStringLiteral("Paragraph %1 of section %2 says enough to fill a few lines of a printed page, "
                                       "so that headings land at every height of the page sooner or later. ")
                            .arg(paragraph)
                            .arg(section)
                            .repeated(2)
                + QStringLiteral("\n\n");
    }
    const QString source = m_dir.filePath(QStringLiteral("long.md"));
    write(source, markdown.toUtf8());
    PdfOptions options;
    options.footer = QStringLiteral("Embargoed until Friday");
    const QString pdf = print(source, options, QStringLiteral("long.pdf"));
    const int pages = pageCount(toolOutput(QStringLiteral("pdfinfo"), {pdf}));
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    int lastSection = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        QVERIFY(text.contains(QStringLiteral("%1 / %2").arg(page).arg(pages))
                || text.contains(QStringLiteral("%1/%2").arg(page).arg(pages)));
        QVERIFY(text.contains(QLatin1String("Embargoed until Friday")));
        // The running header from the second page on: the publication
        QCOMPARE(text.contains(QLatin1String("The Courier")), page > 1);
        // Sections in order, each once
        static const QRegularExpression heading(QStringLiteral("^\\s*Section (\\d+)\\s*$"),
                                                QRegularExpression::MultilineOption);
        for (auto it = heading.globalMatch(text); it.hasNext();) {
            const int number = it.next().captured(1).toInt();
            QCOMPARE(number, lastSection + 1);
            lastSection = number;
        }
        // No page ends with a heading: the last line of text before the footer is a paragraph's
        QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        while (!lines.isEmpty()
               && (lines.constLast().trimmed().isEmpty() || lines.constLast().contains(QLatin1String("Embargoed"))))
            lines.removeLast();
        if (!lines.isEmpty())
            QVERIFY2(!heading.match(lines.constLast()).hasMatch(), qPrintable(lines.constLast()));
    }
    QCOMPARE(lastSection, 30);
}

void PdfExporterTest::pageSizes_orientationAndMargins()
{
    PdfOptions options;
    options.pageSize = QPageSize::Letter;
    options.orientation = QPageLayout::Landscape;
    const QString sample = QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md");
    QVERIFY(toolOutput(QStringLiteral("pdfinfo"), {print(sample, options, QStringLiteral("letter.pdf"))})
                .contains(QLatin1String("Page size:       792 x 612 pts (letter)")));
    options = {};
    options.pageSize = QPageSize::A5;
    const int a5 = pageCount(toolOutput(QStringLiteral("pdfinfo"), {print(sample, options, QStringLiteral("a5.pdf"))}));
    options.marginMillimetres = 40;
    const int wide
        = pageCount(toolOutput(QStringLiteral("pdfinfo"), {print(sample, options, QStringLiteral("a5w.pdf"))}));
    QVERIFY2(wide > a5, qPrintable(QStringLiteral("%1 %2").arg(a5).arg(wide))); // wider margins, more pages
    QPageSize::PageSizeId id {};
    QVERIFY(PdfExporter::pageSizeFromName(QStringLiteral("legal"), &id) && id == QPageSize::Legal);
    QVERIFY(!PdfExporter::pageSizeFromName(QStringLiteral("B5"), &id));
}

void PdfExporterTest::linksAndImages_survive()
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(20, 20, 120, 80, QColor(0x1a, 0x4d, 0x8f));
    painter.end();
    QVERIFY(image.save(m_dir.filePath(QStringLiteral("chart.png"))));
    const QString source = m_dir.filePath(QStringLiteral("links.md"));
    write(source,
          "---\ntitle: Links\n---\n\nRead [the report](https://example.org/report) first.\n\n"
          "![A chart](chart.png)\n\nAfter the chart.\n");
    const QString pdf = print(source, {}, QStringLiteral("links.pdf"));
    QVERIFY2(toolOutput(QStringLiteral("pdfinfo"), {QStringLiteral("-url"), pdf})
                 .contains(QLatin1String("https://example.org/report")),
             qPrintable(toolOutput(QStringLiteral("pdfinfo"), {QStringLiteral("-url"), pdf})));
    // The image at its own size, not re-encoded as JPEG
    const QString images = toolOutput(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY2(images.contains(QLatin1String("320   200")), qPrintable(images));
    QVERIFY2(!images.contains(QLatin1String("jpeg")), qPrintable(images));
}

void PdfExporterTest::hostileMetadata_isInert()
{
    const QString source = m_dir.filePath(QStringLiteral("hostile.md"));
    write(source,
          "---\ntitle: \"<script>alert(1)</script> (and) \\\\ )\"\nauthor: \"<img src=x onerror=alert(1)>\"\n---\n\n"
          "<script>alert(2)</script>\n\nText <b>bold?</b>\n");
    const QString pdf = print(source, {}, QStringLiteral("hostile.pdf"));
    const QString info = toolOutput(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QLatin1String("Title:           <script>alert(1)</script> (and) \\ )")), qPrintable(info));
    QVERIFY(info.contains(QLatin1String("Author:          <img src=x onerror=alert(1)>")));
    QVERIFY(info.contains(QLatin1String("JavaScript:      no")));
    const QString text = pageText(pdf, 1);
    QVERIFY(text.contains(QLatin1String("<script>alert(1)</script>"))); // the headline, as text
    QVERIFY(!text.contains(QLatin1String("alert(2)"))); // raw HTML stays out of the body
}

void PdfExporterTest::pdfA_isDeclared()
{
    PdfOptions options;
    options.pdfA = true;
    const QString pdf = print(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md"), options, QStringLiteral("a.pdf"));
    const QString meta = toolOutput(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    QVERIFY2(meta.contains(QLatin1String("<pdfaid:part>1</pdfaid:part>")), qPrintable(meta));
    QVERIFY(meta.contains(QLatin1String("<rdf:li>Jason Brooks</rdf:li>")));
    QVERIFY(toolOutput(QStringLiteral("pdfinfo"), {pdf}).contains(QLatin1String("Author:          Jason Brooks")));
}

QTEST_MAIN(PdfExporterTest)
#include "pdfexporter_test.moc"
