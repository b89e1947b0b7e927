#include "externaltool.h"

#include <export/exporter.h>

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::Core;

namespace {

const QString sample = QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md");

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

ExportOptions options(ExportOptions::Format format)
{
    ExportOptions chosen;
    chosen.format = format;
    return chosen;
}

// Which of `bands` horizontal bands of a page image hold any ink.
QList<bool> inkedBands(const QImage &page, int bands)
{
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    QList<bool> inked(bands, false);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (line[x] < 128) {
                inked[std::min(bands - 1, y * bands / grey.height())] = true;
                break;
            }
        }
    }
    return inked;
}

} // namespace

// ODT and the PDF preview, read back with unzip and poppler.
class ExporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void odt_isAZipWithTheArticleInside();
    void odt_holdsItsImagesAndEscapesMetadata();
    void firstPage_isThePdfsFirstPage();
    void firstPage_followsPageSizeAndOrientation();
    void text_fromTheEditor_isWhatIsExported();
    void unreadableArticle_givesAnErrorAndNoBytes();

private:
    QTemporaryDir m_dir;
    QString saved(const ExportOutput &output, const QString &name);
};

QString ExporterTest::saved(const ExportOutput &output, const QString &name)
{
    QString path = m_dir.filePath(name);
    write(path, output.bytes);
    return path;
}

void ExporterTest::odt_isAZipWithTheArticleInside()
{
    const RenderedArticle article = TextFormats::article(sample);
    const ExportOutput output = Exporter::produce(article, options(ExportOptions::Format::Odt));
    QVERIFY2(output.ok(), qPrintable(output.error));
    const QString path = saved(output, QStringLiteral("sample.odt"));
    QCOMPARE(toolExitCode(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}), 0);
    // The mimetype entry comes first and unpacked, as OpenDocument requires.
    QVERIFY(output.bytes.mid(30, 47) == "mimetypeapplication/vnd.oasis.opendocument.text");
    const QString content
        = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    QVERIFY(content.contains(QLatin1String("oVirt at Last")));
    QVERIFY(content.contains(QLatin1String("By Jason Brooks")));
    QVERIFY(content.contains(QLatin1String("Rocket Fuel")));
    QVERIFY(
        content.contains(QStringLiteral("Quite a few years back, I wrote a column titled “At Long Last, Lindows”")));
    QVERIFY(content.indexOf(QLatin1String("oVirt at Last")) < content.indexOf(QLatin1String("Quite a few years")));
    QVERIFY(content.indexOf(QLatin1String("Quite a few years")) < content.indexOf(QLatin1String("Rocket Fuel")));

    ExportOptions bare = options(ExportOptions::Format::Odt);
    bare.titleBlock = false;
    const QString plain
        = toolOutput(QStringLiteral("unzip"),
                     {QStringLiteral("-p"), saved(Exporter::produce(article, bare), QStringLiteral("bare.odt")),
                      QStringLiteral("content.xml")});
    QVERIFY(!plain.contains(QLatin1String("By Jason Brooks")));
    QVERIFY(plain.contains(QLatin1String("Rocket Fuel")));
}

void ExporterTest::odt_holdsItsImagesAndEscapesMetadata()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(m_dir.filePath(QStringLiteral("green.png"))));
    const QString path = m_dir.filePath(QStringLiteral("pictured.md"));
    write(path,
          "---\ntitle: \"<script>alert(1)</script> & friends\"\nauthor: \"<img src=x onerror=alert(1)>\"\n---\n\n"
          "Before the picture.\n\n![green](green.png)\n\nAfter it.\n");
    const RenderedArticle article = TextFormats::article(path);
    const QString odt = saved(Exporter::produce(article, options(ExportOptions::Format::Odt)), QStringLiteral("p.odt"));
    QVERIFY(toolOutput(QStringLiteral("unzip"), {QStringLiteral("-l"), odt}).contains(QLatin1String("Pictures/")));
    const QString content
        = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QVERIFY(content.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends")));
    QVERIFY(!content.contains(QLatin1String("<script")));
    QVERIFY(!content.contains(QLatin1String("<img")));
    QVERIFY(content.contains(QLatin1String("<draw:image")));
}

void ExporterTest::firstPage_isThePdfsFirstPage()
{
    const RenderedArticle article = TextFormats::article(sample);
    ExportOptions pdf = options(ExportOptions::Format::Pdf);
    pdf.footer = QStringLiteral("Byline test");
    int pages = 0;
    const QImage preview = Exporter::firstPage(article, pdf, 600, &pages);
    QCOMPARE(preview.width(), 600);
    const QString path = saved(Exporter::produce(article, pdf), QStringLiteral("sample.pdf"));
    static const QRegularExpression pageCount(QStringLiteral("Pages:\\s+(\\d+)"));
    QCOMPARE(pageCount.match(toolOutput(QStringLiteral("pdfinfo"), {path})).captured(1).toInt(), pages);
    QVERIFY(pages >= 2);

    // Rasterized by poppler at the same width, the PDF's first page has ink where the preview has.
    const QString raster = m_dir.filePath(QStringLiteral("page"));
    QCOMPARE(toolExitCode(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                           QStringLiteral("1"), QStringLiteral("-singlefile"), QStringLiteral("-scale-to-x"),
                           QStringLiteral("600"), QStringLiteral("-scale-to-y"), QStringLiteral("-1"), path, raster}),
             0);
    const QImage printed(raster + QStringLiteral(".png"));
    QCOMPARE(printed.size(), preview.size());
    const QList<bool> previewInk = inkedBands(preview, 40);
    const QList<bool> printedInk = inkedBands(printed, 40);
    int agree = 0;
    for (int band = 0; band < 40; ++band)
        agree += previewInk.at(band) == printedInk.at(band) ? 1 : 0;
    QVERIFY2(agree >= 38, qPrintable(QStringLiteral("%1 of 40 bands agree").arg(agree)));
    QVERIFY(previewInk.count(true) > 20); // a page of text, not a blank one
    QVERIFY(previewInk.at(37) || previewInk.at(38)); // the footer with its page number, in the margin
}

void ExporterTest::firstPage_followsPageSizeAndOrientation()
{
    QString text = QStringLiteral("# A long one\n\n");
    for (int i = 0; i < 150; ++i)
        text += QStringLiteral("Paragraph %1 has a few words in it, enough to fill a line or two of the page.\n\n")
                    .arg(i);
    const RenderedArticle article = TextFormats::article(m_dir.filePath(QStringLiteral("long.md")), text);
    ExportOptions pdf = options(ExportOptions::Format::Pdf);
    int portraitPages = 0;
    const QImage a4 = Exporter::firstPage(article, pdf, 420, &portraitPages);
    QVERIFY(qAbs(double(a4.height()) / a4.width() - 297.0 / 210.0) < 0.01);
    pdf.pageSize = QStringLiteral("Letter");
    pdf.landscape = true;
    int landscapePages = 0;
    const QImage letter = Exporter::firstPage(article, pdf, 420, &landscapePages);
    QVERIFY(qAbs(double(letter.height()) / letter.width() - 8.5 / 11.0) < 0.01);
    QVERIFY2(landscapePages > portraitPages,
             qPrintable(QStringLiteral("%1 %2").arg(portraitPages).arg(landscapePages)));
}

void ExporterTest::text_fromTheEditor_isWhatIsExported()
{
    const QString path = m_dir.filePath(QStringLiteral("draft.md"));
    write(path, "# On disk\n\nThe saved words.\n");
    const RenderedArticle article
        = TextFormats::article(path, QStringLiteral("# In the editor\n\nThe unsaved words.\n"));
    const QString text = QString::fromUtf8(Exporter::produce(article, options(ExportOptions::Format::Text)).bytes);
    QVERIFY(text.startsWith(QLatin1String("In the editor")));
    QVERIFY(text.contains(QLatin1String("The unsaved words.")));
    QVERIFY(!text.contains(QLatin1String("On disk")));
}

void ExporterTest::unreadableArticle_givesAnErrorAndNoBytes()
{
    const QString path = m_dir.filePath(QStringLiteral("binary.md"));
    write(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    for (const ExportOptions::Format format :
         {ExportOptions::Format::Pdf, ExportOptions::Format::Odt, ExportOptions::Format::Html}) {
        const ExportOutput output = Exporter::produce(TextFormats::article(path), options(format));
        QVERIFY(!output.ok());
        QVERIFY(output.bytes.isEmpty());
        QVERIFY2(output.error.contains(QLatin1String("binary")), qPrintable(output.error));
    }
    const ExportOutput missing = Exporter::produce(TextFormats::article(m_dir.filePath(QStringLiteral("gone.md"))),
                                                   options(ExportOptions::Format::Pdf));
    QVERIFY(!missing.ok());
}

QTEST_MAIN(ExporterTest)
#include "exporter_test.moc"
