#include <markdown/renderer.h>

#include <QTest>
#include <QTextDocument>

using namespace Byline::Core;

class RendererTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawHtml_isNeverPassedThrough();
    void unsafeLinks_areEmptied_data();
    void unsafeLinks_areEmptied();
    void smartPunctuation_isOnByDefault();
    void sourceAnchors_nameFileLines();
    void sourceAnchors_surviveQTextDocument();
    void outline_listsHeadingsWithLevelsAndLines();
    void omitHeadingMatching_dropsOnlyARepeatedTitle();
    void stats_ignoreMarkup();
    void anchorSourceLines_handlesEveryBlockKind();
};

void RendererTest::rawHtml_isNeverPassedThrough()
{
    const RenderResult result = Renderer::render(
        QStringLiteral("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <b>bold</b>.\n"));
    QVERIFY(!result.html.contains(QLatin1String("<script")));
    QVERIFY(!result.html.contains(QLatin1String("onerror")));
    QVERIFY(!result.html.contains(QLatin1String("<b>")));
}

void RendererTest::unsafeLinks_areEmptied_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("javascript") << "[x](javascript:alert(1))";
    QTest::newRow("JaVaScRiPt") << "[x](JaVaScRiPt:alert(1))";
    QTest::newRow("vbscript") << "[x](vbscript:msgbox)";
    QTest::newRow("data html") << "[x](data:text/html;base64,PHNjcmlwdD4=)";
    QTest::newRow("file") << "[x](file:///etc/passwd)";
    QTest::newRow("autolink") << "<javascript:alert(1)>";
}

void RendererTest::unsafeLinks_areEmptied()
{
    QFETCH(QString, markdown);
    const QString html = Renderer::render(markdown).html;
    QVERIFY2(html.contains(QLatin1String("href=\"\"")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("href=\"javascript"), Qt::CaseInsensitive)
                 && !html.contains(QLatin1String("href=\"vbscript"), Qt::CaseInsensitive)
                 && !html.contains(QLatin1String("href=\"file:")) && !html.contains(QLatin1String("href=\"data:")),
             qPrintable(html));
}

void RendererTest::smartPunctuation_isOnByDefault()
{
    const QString html = Renderer::render(QStringLiteral("\"Quoted\" -- it's done...\n")).html;
    QCOMPARE(html, QString::fromUtf8("<p>“Quoted” – it’s done…</p>\n"));
    RenderOptions plain;
    plain.smartPunctuation = false;
    QVERIFY(Renderer::render(QStringLiteral("\"Quoted\"\n"), plain).html.contains(QLatin1String("&quot;Quoted&quot;")));
}

void RendererTest::sourceAnchors_nameFileLines()
{
    RenderOptions options;
    options.sourceAnchors = true;
    options.firstLine = 10; // the body starts on line 10 of the file
    const QString html = Renderer::render(QStringLiteral("# Title\n\nPara one.\n\n- item\n"), options).html;
    QVERIFY2(html.contains(QLatin1String("<h1><a name=\"L10\"></a>Title</h1>")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<p><a name=\"L12\"></a>Para one.</p>")));
    QVERIFY(html.contains(QLatin1String("<li><a name=\"L14\"></a>item</li>")));
    QVERIFY(!html.contains(QLatin1String("data-sourcepos")));
}

void RendererTest::sourceAnchors_surviveQTextDocument()
{
    RenderOptions options;
    options.sourceAnchors = true;
    const QString html
        = Renderer::render(QStringLiteral("# T\n\nA.\n\n> quote\n\n---\n\n```\ncode\n```\n"), options).html;
    QTextDocument document;
    document.setHtml(QLatin1String("<html><body>") + html + QLatin1String("</body></html>"));
    const QString kept = document.toHtml();
    for (const char *anchor : {"L1", "L3", "L5", "L9"})
        QVERIFY2(kept.contains(QLatin1String("name=\"%1\"").arg(QLatin1String(anchor))), anchor);
}

void RendererTest::outline_listsHeadingsWithLevelsAndLines()
{
    RenderOptions options;
    options.firstLine = 5;
    const RenderResult result = Renderer::render(
        QStringLiteral("# One *em*\n\ntext\n\nTwo\n---\n\n> ### Quoted\n\n```\n# not a heading\n```\n"), options);
    QCOMPARE(result.outline.size(), 3);
    QCOMPARE(result.outline.at(0), (Heading {1, QStringLiteral("One em"), 5}));
    QCOMPARE(result.outline.at(1), (Heading {2, QStringLiteral("Two"), 9}));
    QCOMPARE(result.outline.at(2), (Heading {3, QStringLiteral("Quoted"), 12}));
}

void RendererTest::omitHeadingMatching_dropsOnlyARepeatedTitle()
{
    RenderOptions options;
    options.omitHeadingMatching = QStringLiteral("the  title");
    const RenderResult result = Renderer::render(QStringLiteral("# The Title\n\nBody.\n"), options);
    QVERIFY(!result.html.contains(QLatin1String("<h1")));
    QCOMPARE(result.outline.size(), 1);
    QVERIFY(Renderer::render(QStringLiteral("# Another\n\nBody.\n"), options).html.contains(QLatin1String("<h1>")));
    QVERIFY(Renderer::render(QStringLiteral("## The Title\n"), options).html.contains(QLatin1String("<h2>")));
}

void RendererTest::stats_ignoreMarkup()
{
    const RenderResult result = Renderer::render(
        QStringLiteral("# Big *news* today\n\nThis is **un**believable. Really [it is](http://x.org)!\n\n"
                       "![an image description](p.png)\n\n- one item\n"));
    // Big news today (3) + This is unbelievable Really it is (6) + one item (2)
    QCOMPARE(result.stats.words, 11);
    QCOMPARE(result.stats.paragraphs, 3); // the image paragraph counts, its description does not
    QCOMPARE(result.stats.sentences, 3);
}

void RendererTest::anchorSourceLines_handlesEveryBlockKind()
{
    const QByteArray html = Renderer::anchorSourceLines(
        "<hr data-sourcepos=\"3:1-3:3\" />\n<ul data-sourcepos=\"5:1-6:0\">\n<li data-sourcepos=\"5:1-5:3\">a</li>\n"
        "</ul>\n<p data-sourcepos=\"7:1-7:9\">say &quot;data-sourcepos=&quot;</p>\n",
        100);
    QCOMPARE(html,
             QByteArray("<hr />\n<ul>\n<li><a name=\"L105\"></a>a</li>\n</ul>\n"
                        "<p><a name=\"L107\"></a>say &quot;data-sourcepos=&quot;</p>\n"));
}

QTEST_MAIN(RendererTest)
#include "renderer_test.moc"
