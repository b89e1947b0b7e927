#include "externaltool.h"

#include <article/articlefile.h>
#include <export/htmlexporter.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::Core;

namespace {

QString exportPage(const Article &article, const QString &theme = QLatin1String(HtmlExporter::defaultTheme))
{
    const ArticleMetadata meta = article.metadata();
    const RenderResult body = Renderer::render(article.body(), HtmlExporter::renderOptions(meta));
    return HtmlExporter::standalonePage(meta, body.html, theme);
}

} // namespace

class HtmlExporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sample_isValidHtml5_data();
    void sample_isValidHtml5();
    void sample_carriesMetadataAndByline();
    void metadata_isEscapedEverywhere();
    void headline_isNotRepeatedFromTheBody();
    void themes_areListedAndEmbedded();
    void displayDate_followsTheLanguage();
};

void HtmlExporterTest::initTestCase()
{
    QVERIFY2(!QStringLiteral(BYLINE_TIDY).isEmpty(), "tidy is needed: run packaging/install-deps.sh");
}

void HtmlExporterTest::sample_isValidHtml5_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("theme");
    for (const QString &theme : HtmlExporter::themes()) {
        for (const char *name : {"ovirt-at-last.md", "the-last-bus-home.md", "libraries-after-dark.md",
                                 "why-i-still-print-my-drafts.md"}) {
            QTest::addRow("%s %s", name, qPrintable(theme))
                << QStringLiteral(BYLINE_SAMPLES_DIR "/") + QLatin1String(name) << theme;
        }
    }
    QTest::addRow("plain text") << QStringLiteral(BYLINE_TEST_DATA "/ovirt-at-last.txt") << QStringLiteral("newsprint");
}

void HtmlExporterTest::sample_isValidHtml5()
{
    QFETCH(QString, path);
    QFETCH(QString, theme);
    const LoadedArticle loaded = ArticleFile::load(path);
    QVERIFY(loaded.ok);
    QString report;
    const int code = tidyExitCode(exportPage(loaded.article, theme), &report);
    QVERIFY2(code == 0, qPrintable(QStringLiteral("tidy exit %1:\n%2").arg(code).arg(report)));
}

void HtmlExporterTest::sample_carriesMetadataAndByline()
{
    const LoadedArticle loaded = ArticleFile::load(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md"));
    const QString page = exportPage(loaded.article);
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">")));
    QVERIFY(page.contains(QLatin1String("<title>oVirt at Last</title>")));
    QVERIFY(page.contains(QLatin1String("<meta name=\"author\" content=\"Jason Brooks\">")));
    QVERIFY(page.contains(QLatin1String("<meta name=\"date\" content=\"2011-11-15\">")));
    QVERIFY(page.contains(QLatin1String("<span class=\"author\">Jason Brooks</span>")));
    QVERIFY(page.contains(QLatin1String("<time datetime=\"2011-11-15\">November 15, 2011</time>")));
    QVERIFY(page.contains(QString::fromUtf8("“At Long Last, Lindows”"))); // smart quotes in the body
    QVERIFY(page.contains(QLatin1String("<h2>Rocket Fuel</h2>")));
    QVERIFY(!page.contains(QLatin1String("status: published"))); // front matter is never rendered
}

void HtmlExporterTest::metadata_isEscapedEverywhere()
{
    const QString text = QStringLiteral("---\n"
                                        "title: \"<script>alert('t')</script> & {{body}}\"\n"
                                        "author: \"<script>alert(1)</script>\\\" onload=\\\"x\"\n"
                                        "summary: \"</title><b>s</b>\"\n"
                                        "tags: [\"<i>t</i>\"]\n"
                                        "publication: \"<img src=x>\"\n"
                                        "lang: \"en\\\"><script>\"\n"
                                        "---\nBody.\n");
    const QString page = exportPage(Article::fromText(text));
    QCOMPARE(page.count(QLatin1String("<script")), 0);
    QVERIFY(!page.contains(QLatin1String("<b>s</b>")));
    QVERIFY(!page.contains(QLatin1String("<i>t</i>")));
    QVERIFY(!page.contains(QLatin1String("<img")));
    QVERIFY(page.contains(QLatin1String("&lt;script&gt;alert(")));
    QVERIFY(page.contains(QLatin1String("&quot; onload=&quot;x")));
    QVERIFY(page.contains(QLatin1String("{{body}}"))); // not expanded a second time
    QCOMPARE(page.count(QLatin1String("<p>Body.</p>")), 1);
    QString report;
    QVERIFY2(tidyExitCode(page, &report) < 2, qPrintable(report));
}

void HtmlExporterTest::headline_isNotRepeatedFromTheBody()
{
    const QString page = exportPage(Article::fromText(QStringLiteral("---\ntitle: Same\n---\n# Same\n\nText.\n")));
    QCOMPARE(page.count(QLatin1String("<h1")), 1);
    const QString other = exportPage(Article::fromText(QStringLiteral("---\ntitle: Headline\n---\n# Other\n")));
    QCOMPARE(other.count(QLatin1String("<h1")), 2);
}

void HtmlExporterTest::themes_areListedAndEmbedded()
{
    const QStringList themes = HtmlExporter::themes();
    QVERIFY(themes.contains(QLatin1String(HtmlExporter::defaultTheme)));
    QVERIFY(themes.contains(QStringLiteral("modern")));
    QVERIFY(!HtmlExporter::hasTheme(QStringLiteral("../etc/passwd")));
    const Article article = Article::fromText(QStringLiteral("# T\n"));
    QVERIFY(exportPage(article, QStringLiteral("modern")).contains(QLatin1String("Modern:")));
    QVERIFY(exportPage(article, QStringLiteral("newsprint")).contains(QLatin1String("Newsprint:")));
}

void HtmlExporterTest::displayDate_followsTheLanguage()
{
    QCOMPARE(HtmlExporter::displayDate(QDate(2011, 11, 15), QString()), QStringLiteral("November 15, 2011"));
    QCOMPARE(HtmlExporter::displayDate(QDate(2011, 11, 15), QStringLiteral("en-GB")),
             QStringLiteral("November 15, 2011"));
    QVERIFY(
        HtmlExporter::displayDate(QDate(2011, 11, 15), QStringLiteral("de")).contains(QLatin1String("November 2011")));
}

QTEST_GUILESS_MAIN(HtmlExporterTest)
#include "htmlexporter_test.moc"
