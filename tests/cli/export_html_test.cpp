#include "bylineprocess.h"
#include "externaltool.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// `byline export` to the formats `byline` makes itself, without Qt Gui: standalone HTML pages,
// CMS fragments and plain text, checked with tidy; where they go and what is refused.
class ExportHtmlTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void export_html_sampleIsValid();
    void export_html_escapesMetadata();
    void export_html_severalFilesIntoAFolder();
    void export_html_contentsAndEmbeddedImages();
    void export_html_toStandardOutput();
    void export_html_unwritableTarget_failsWithMessage();
    void export_fragmentAndText_forCmsAndWire();
};

void ExportHtmlTest::export_html_sampleIsValid()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("column.html"));
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"),
                            QStringLiteral("html"), QStringLiteral("--output"), target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY(page.contains(QLatin1String("<title>oVirt at Last</title>")));
    QVERIFY(page.contains(QLatin1String("<meta name=\"author\" content=\"Jason Brooks\">")));
    QVERIFY(page.contains(QString::fromUtf8("Red Hat’s")));
    QString report;
    QVERIFY2(tidyExitCode(readFile(target), &report) == 0, qPrintable(report));
}

void ExportHtmlTest::export_html_escapesMetadata()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.md"));
    writeFile(path, "---\ntitle: \"<script>alert(1)</script>\"\nauthor: \"<script>x</script>\"\n---\nBody\n");
    const Run run = byline({QStringLiteral("export"), path, QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains("<script"));
    QVERIFY(run.out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

void ExportHtmlTest::export_html_severalFilesIntoAFolder()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("site"));
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, sampleText, QStringLiteral("--output"), out});
    // Both inputs are named ovirt-at-last: the second is numbered, not written over the first, and
    // the list says where it went.
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString first = QDir(out).filePath(QStringLiteral("ovirt-at-last.html"));
    const QString second = QDir(out).filePath(QStringLiteral("ovirt-at-last-2.html"));
    QVERIFY(readFile(first).contains(QLatin1String("<title>oVirt at Last</title>")));
    QVERIFY(readFile(second).contains(QLatin1String("<title>oVirt at Last</title>")));
    QVERIFY2(run.out.contains((sampleMarkdown + QStringLiteral(" -> ") + first).toUtf8()), run.out.constData());
    QVERIFY2(run.out.contains((sampleText + QStringLiteral(" -> ") + second).toUtf8()), run.out.constData());
    QVERIFY(run.err.contains(QLatin1String("Exported all 2 articles.")));

    const QString samples = QStringLiteral(BYLINE_SAMPLES_DIR);
    const Run all = byline({QStringLiteral("export"), samples + QStringLiteral("/the-last-bus-home.md"),
                            samples + QStringLiteral("/libraries-after-dark.md"), QStringLiteral("--output"),
                            out + QStringLiteral("/all"), QStringLiteral("--theme"), QStringLiteral("modern")});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(QDir(out + QStringLiteral("/all")).entryList(QDir::Files).size(), 2);
    // One line per article on standard output, the count on standard error.
    QCOMPARE(all.out.count('\n'), 2);
    QVERIFY(all.out.contains("the-last-bus-home.md -> "));
    QVERIFY(all.err.contains(QLatin1String("Exported all 2 articles.")));
}

void ExportHtmlTest::export_html_contentsAndEmbeddedImages()
{
    QTemporaryDir dir;
    QImage image(30, 20, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(dir.filePath(QStringLiteral("blue.png"))));
    const QString article = dir.filePath(QStringLiteral("pictured.md"));
    writeFile(article,
              "---\ntitle: Pictured\n---\n\nIntro.\n\n## One\n\n![blue](blue.png)\n\n## Two\n\n"
              "![gone](missing.png)\n");
    const QString page = dir.filePath(QStringLiteral("page.html"));
    const Run run = byline({QStringLiteral("export"), article, QStringLiteral("--toc"),
                            QStringLiteral("--embed-images"), QStringLiteral("-o"), page});
    QCOMPARE(run.exitCode, 0); // a missing image is a warning: the page is still written
    QVERIFY2(run.err.contains(QLatin1String("warning: image missing.png")), qPrintable(run.err));
    const QString html = readFile(page);
    QVERIFY(html.contains(QLatin1String("<a href=\"#one\">One</a>")));
    QVERIFY(html.contains(QLatin1String("<h2 id=\"two\">Two</h2>")));
    QVERIFY(html.contains(QLatin1String("src=\"data:image/png;base64,")));
    QVERIFY(!html.contains(QLatin1String("src=\"blue.png\"")));
    QString report;
    QCOMPARE(tidyExitCode(html, &report), 0);
}

void ExportHtmlTest::export_html_toStandardOutput()
{
    const Run run = byline({QStringLiteral("export"), sampleText, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(run.out.contains("<span class=\"author\">Jason Brooks</span>"));
    QVERIFY(run.out.contains("<h2>Rocket Fuel</h2>"));
}

void ExportHtmlTest::export_html_unwritableTarget_failsWithMessage()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    writeFile(blocker, "not a folder");
    const Run run = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--output"),
                            blocker + QStringLiteral("/inside/page.html")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("cannot create the folder")), qPrintable(run.err));
}

void ExportHtmlTest::export_fragmentAndText_forCmsAndWire()
{
    const Run fragment = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"),
                                 QStringLiteral("fragment"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(fragment.exitCode, 0);
    QVERIFY(fragment.out.startsWith("<p>Quite a few years back"));
    for (const char *absent : {"<html", "<style", "<script", " class=", "oVirt at Last</h1>"})
        QVERIFY2(!fragment.out.contains(absent), absent);

    QTemporaryDir dir;
    const QString wire = dir.filePath(QStringLiteral("wire.txt"));
    QVERIFY(QFile::copy(sampleText, wire));
    const QByteArray before = [&] {
        QFile file(wire);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    // Plain text next to a plain-text article would replace it: refused, the file untouched
    const Run refused = byline({QStringLiteral("export"), wire, QStringLiteral("--format"), QStringLiteral("txt")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("would be written over the article itself")), qPrintable(refused.err));
    QFile original(wire);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);

    const Run text = byline({QStringLiteral("export"), sampleMarkdown, QStringLiteral("--format"),
                             QStringLiteral("txt"), QStringLiteral("-o"), dir.filePath(QStringLiteral("out/"))});
    QCOMPARE(text.exitCode, 0);
    QFile exported(dir.filePath(QStringLiteral("out/ovirt-at-last.txt")));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString plain = QString::fromUtf8(exported.readAll());
    QVERIFY(plain.startsWith(QStringLiteral("oVirt at Last\n\nBy Jason Brooks · November 15, 2011\n\nQuite a few")));
    for (const char *markup : {"##", "**", "](", "<p>"})
        QVERIFY2(!plain.contains(QLatin1String(markup)), markup);
}

QTEST_GUILESS_MAIN(ExportHtmlTest)
#include "export_html_test.moc"
