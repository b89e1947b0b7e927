#include "externaltool.h"

#include <export/htmlcontents.h>
#include <export/textformats.h>
#include <markdown/renderer.h>

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::Core;

namespace {

QString body(const QString &markdown)
{
    return Renderer::render(markdown).html;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray pngBytes(const QString &path)
{
    QImage image(48, 32, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    image.save(path);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bytes behind the page's data: URI images, in order.
QList<QByteArray> embedded(const QString &html)
{
    static const QRegularExpression data(QStringLiteral("src=\"data:image/png;base64,([^\"]+)\""));
    QList<QByteArray> images;
    for (auto match = data.globalMatch(html); match.hasNext();)
        images.append(QByteArray::fromBase64(match.next().captured(1).toLatin1()));
    return images;
}

} // namespace

class HtmlContentsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headings_getUniqueIdsAndLinks();
    void contents_nestTwoLevelsBelowTheTop();
    void contents_ofAnArticleWithoutHeadings_isEmpty();
    void headingText_isEscapedAndMarkupLeftInTheBody();
    void localImages_areEmbeddedAsTheirBytes();
    void unusableImages_keepTheirReferenceWithAWarning();
    void page_withContentsAndImages_isValidHtml();
};

void HtmlContentsTest::headings_getUniqueIdsAndLinks()
{
    const HtmlContents::Contents contents = HtmlContents::tableOfContents(
        body(QStringLiteral("## The Vote\n\ntext\n\n## The vote!\n\n## Выборы в Думу\n\n## ***\n\n## 2024\n")),
        QStringLiteral("Contents"));
    QVERIFY(contents.body.contains(QLatin1String("<h2 id=\"the-vote\">The Vote</h2>")));
    QVERIFY(contents.body.contains(QLatin1String("<h2 id=\"the-vote-2\">The vote!</h2>")));
    QVERIFY(contents.body.contains(QStringLiteral("<h2 id=\"выборы-в-думу\">")));
    QVERIFY(contents.body.contains(QLatin1String("<h2 id=\"section\">")));
    QVERIFY(contents.body.contains(QLatin1String("<h2 id=\"2024\">")));
    QVERIFY(contents.body.contains(QLatin1String("<p>text</p>")));
    for (const char *id : {"the-vote", "the-vote-2", "section", "2024"})
        QVERIFY2(contents.nav.contains(QStringLiteral("href=\"#%1\"").arg(QLatin1String(id))), id);
    QCOMPARE(contents.nav.count(QLatin1String("<li>")), 5);
}

void HtmlContentsTest::contents_nestTwoLevelsBelowTheTop()
{
    const HtmlContents::Contents contents = HtmlContents::tableOfContents(
        body(QStringLiteral("### Before\n\n## One\n\n### One a\n\n#### Deep\n\n### One b\n\n## Two\n")),
        QStringLiteral("Contents"));
    // h2 is the top level, h3 the second; h4 is left out of the list but keeps its id.
    QVERIFY(contents.body.contains(QLatin1String("<h4 id=\"deep\">")));
    QVERIFY(!contents.nav.contains(QLatin1String("#deep")));
    const QString expected = QStringLiteral("<ol>\n"
                                            "<li>\n<ol>\n<li><a href=\"#before\">Before</a></li>\n</ol>\n</li>\n"
                                            "<li><a href=\"#one\">One</a>\n<ol>\n"
                                            "<li><a href=\"#one-a\">One a</a></li>\n"
                                            "<li><a href=\"#one-b\">One b</a></li>\n</ol>\n</li>\n"
                                            "<li><a href=\"#two\">Two</a></li>\n</ol>\n</nav>\n");
    QVERIFY2(contents.nav.endsWith(expected), qPrintable(contents.nav));
}

void HtmlContentsTest::contents_ofAnArticleWithoutHeadings_isEmpty()
{
    const QString html = body(QStringLiteral("Just a paragraph.\n\n> and a quote\n"));
    const HtmlContents::Contents contents = HtmlContents::tableOfContents(html, QStringLiteral("Contents"));
    QVERIFY(contents.nav.isEmpty());
    QCOMPARE(contents.body, html);
}

void HtmlContentsTest::headingText_isEscapedAndMarkupLeftInTheBody()
{
    const HtmlContents::Contents contents = HtmlContents::tableOfContents(
        body(QStringLiteral("## Tom & *Jerry* <script>alert(1)</script> [link](https://example.com)\n")),
        QStringLiteral("<b>Contents</b>"));
    QVERIFY(!contents.nav.contains(QLatin1String("<script")));
    QVERIFY(!contents.nav.contains(QLatin1String("<b>")));
    QVERIFY(contents.nav.contains(QLatin1String("&lt;b&gt;Contents")));
    // Raw HTML never reaches the page: cmark leaves only its text between comments.
    QVERIFY(contents.nav.contains(QLatin1String(">Tom &amp; Jerry alert(1) link</a>")));
    QVERIFY(contents.body.contains(QLatin1String("<em>Jerry</em>")));
    QVERIFY(contents.body.contains(QLatin1String("<a href=\"https://example.com\">link</a>")));
}

void HtmlContentsTest::localImages_areEmbeddedAsTheirBytes()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("pics and more")));
    const QByteArray red = pngBytes(dir.filePath(QStringLiteral("pics and more/red.png")));
    const QByteArray other = pngBytes(dir.filePath(QStringLiteral("b&w.png")));
    QVERIFY(!red.isEmpty());
    // cmark empties file: URLs (unsafe), so local images are the relative ones.
    const QString html = body(QStringLiteral("![red](<pics and more/red.png> \"Red\") and ![bw](b&w.png) and "
                                             "![again](./b%26w.png) and ![remote](https://example.com/x.png) and "
                                             "![file](file:///etc/passwd)\n"));
    QStringList warnings;
    const QString page = HtmlContents::embedImages(html, dir.path(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(embedded(page), QList<QByteArray>({red, other, other}));
    QVERIFY(page.contains(QLatin1String("src=\"https://example.com/x.png\"")));
    QVERIFY(page.contains(QLatin1String("title=\"Red\"")));
}

void HtmlContentsTest::unusableImages_keepTheirReferenceWithAWarning()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("notes.png")), "not an image at all, just words\n");
    const QString html
        = body(QStringLiteral("![gone](missing.png) ![fake](notes.png) ![dot](data:image/png;base64,AA==)\n"));
    QStringList warnings;
    const QString page = HtmlContents::embedImages(html, dir.path(), &warnings);
    QCOMPARE(page, html);
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(0).contains(QLatin1String("missing.png")));
    QVERIFY(warnings.at(1).contains(QLatin1String("notes.png")));
    QVERIFY(warnings.at(1).contains(QLatin1String("not an image")));
}

void HtmlContentsTest::page_withContentsAndImages_isValidHtml()
{
    QTemporaryDir dir;
    const QByteArray red = pngBytes(dir.filePath(QStringLiteral("red.png")));
    const QString path = dir.filePath(QStringLiteral("column.md"));
    write(
        path,
        "---\ntitle: A <script>alert(1)</script> column\nauthor: Ann Writer\n---\n\n"
        "Lead paragraph.\n\n## First part\n\n![a red box](red.png)\n\n### Detail\n\nMore.\n\n## Second part\n\nEnd.\n");
    const RenderedArticle article = TextFormats::article(path);
    ExportOptions options;
    options.tableOfContents = true;
    options.embedImages = true;
    for (const QString &theme : {QStringLiteral("newsprint"), QStringLiteral("modern")}) {
        options.theme = theme;
        QStringList warnings;
        const QString page = TextFormats::standalonePage(article, options, &warnings);
        QVERIFY(warnings.isEmpty());
        QString report;
        QCOMPARE(tidyExitCode(page, &report), 0);
        QVERIFY2(report.isEmpty(), qPrintable(report));
        QVERIFY(page.contains(QLatin1String("<nav class=\"toc\"")));
        QVERIFY(page.indexOf(QLatin1String("<nav")) > page.indexOf(QLatin1String("</header>")));
        QVERIFY(page.indexOf(QLatin1String("<nav")) < page.indexOf(QLatin1String("Lead paragraph")));
        QCOMPARE(embedded(page), QList<QByteArray>({red}));
        QVERIFY(!page.contains(QLatin1String("<script")));
    }
}

QTEST_GUILESS_MAIN(HtmlContentsTest)
#include "htmlcontents_test.moc"
