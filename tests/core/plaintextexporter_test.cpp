#include <article/article.h>
#include <export/htmlexporter.h>
#include <export/plaintextexporter.h>
#include <markdown/renderer.h>

#include <QTest>

using namespace Byline::Core;

class PlainTextExporterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdown_isGone_structureStays();
    void headline_isNotRepeated();
    void rawHtml_staysOut();
    void fragment_isTheBodyWithSemanticTagsOnly();
};

namespace {
QString plain(const QString &text)
{
    const Article article = Article::fromText(text);
    return PlainTextExporter::text(article.metadata(), article.body());
}
} // namespace

void PlainTextExporterTest::markdown_isGone_structureStays()
{
    QCOMPARE(
        plain(QStringLiteral("---\ntitle: Lists\nauthor: Ann Lee\ndate: 2024-03-01\n---\n\n"
                             "Some **bold** and _italic_ text with [a link](http://example.org) and `code`.\n\n"
                             "- one\n- two\n  - nested\n\n> quoted *text*\n\n3. three\n4. four\n\n   second para\n\n"
                             "```\nif x {\n    y()\n}\n```\n")),
        QStringLiteral("Lists\n\nBy Ann Lee · March 1, 2024\n\n"
                       "Some bold and italic text with a link and code.\n\n"
                       "• one\n\n• two\n\n  • nested\n\n    quoted text\n\n3. three\n\n4. four\n\n   second para\n\n"
                       "    if x {\n        y()\n    }\n"));
}

void PlainTextExporterTest::headline_isNotRepeated()
{
    const QString text = plain(QStringLiteral("---\ntitle: Rain\n---\n\n# Rain\n\nIt rained.\n\n## Rain\n\nAgain.\n"));
    QCOMPARE(text, QStringLiteral("Rain\n\nIt rained.\n\nRain\n\nAgain.\n"));
}

void PlainTextExporterTest::rawHtml_staysOut()
{
    const QString text = plain(QStringLiteral("---\ntitle: \"<b>T</b>\"\n---\n\n<script>alert(1)</script>\n\n"
                                              "Text <i>inline</i> here.\n"));
    QVERIFY(!text.contains(QLatin1String("alert")));
    QVERIFY(!text.contains(QLatin1String("<i>")));
    QVERIFY(text.startsWith(QLatin1String("<b>T</b>\n"))); // the title is text, kept as written
}

void PlainTextExporterTest::fragment_isTheBodyWithSemanticTagsOnly()
{
    const Article article = Article::fromText(
        QStringLiteral("---\ntitle: Code\n---\n\n# "
                       "Code\n\n```go\nfmt.Println(\"class=\\\"x\\\"\")\n```\n\n<script>x()</script>\n\nA *b*.\n"));
    const RenderResult rendered
        = Renderer::render(article.body(), HtmlExporter::renderOptions(article.metadata(), article.bodyFirstLine()));
    const QString fragment = HtmlExporter::fragment(rendered.html);
    for (const char *absent : {"<html", "<head", "<style", "<script", " class=", "<h1"})
        QVERIFY2(!fragment.contains(QLatin1String(absent)), absent);
    QVERIFY(fragment.contains(QLatin1String("<pre><code>fmt.Println(&quot;class=\\&quot;x\\&quot;&quot;)")));
    QVERIFY(fragment.contains(QLatin1String("<p>A <em>b</em>.</p>")));
}

QTEST_GUILESS_MAIN(PlainTextExporterTest)
#include "plaintextexporter_test.moc"
