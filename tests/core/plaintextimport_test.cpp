#include <article/article.h>
#include <article/articlefile.h>
#include <article/plaintextimport.h>
#include <markdown/renderer.h>

#include <QTest>

using namespace Byline::Core;

class PlainTextImportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample_matchesTheMarkdownVersion();
    void byline_variants_data();
    void byline_variants();
    void noByline_firstParagraphStaysText();
    void subheadings_areShortLinesStandingAlone();
    void markdownCharacters_stayLiteral();
    void lineNumbers_matchTheTextFile();
};

void PlainTextImportTest::sample_matchesTheMarkdownVersion()
{
    const LoadedArticle text = ArticleFile::load(QStringLiteral(BYLINE_TEST_DATA "/ovirt-at-last.txt"));
    const LoadedArticle markdown = ArticleFile::load(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md"));
    QVERIFY(text.ok && markdown.ok);
    QVERIFY(text.diagnostics().isEmpty());
    const ArticleMetadata fromText = text.article.metadata();
    const ArticleMetadata fromMarkdown = markdown.article.metadata();
    QCOMPARE(fromText.title, QStringLiteral("oVirt at Last"));
    QCOMPARE(fromText.title, fromMarkdown.title);
    QCOMPARE(fromText.authors, fromMarkdown.authors);
    QCOMPARE(fromText.date->date, fromMarkdown.date->date);

    const RenderResult a = Renderer::render(text.article.body());
    const RenderResult b = Renderer::render(markdown.article.body());
    QCOMPARE(a.html, b.html);
    QCOMPARE(a.stats.words, b.stats.words);
    QCOMPARE(a.stats.characters, b.stats.characters);
    QCOMPARE(a.stats.sentences, b.stats.sentences);
    QCOMPARE(a.stats.paragraphs, b.stats.paragraphs);
}

void PlainTextImportTest::byline_variants_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QDate>("date");
    QTest::newRow("bar posted") << QString::fromUtf8("By Jason Brooks\u00A0 |\u00A0 Posted 2011-11-15")
                                << QStringList {QStringLiteral("Jason Brooks")} << QDate(2011, 11, 15);
    QTest::newRow("by only") << "By Ann Lee" << QStringList {QStringLiteral("Ann Lee")} << QDate();
    QTest::newRow("by upper") << "BY ANN LEE" << QStringList {QStringLiteral("ANN LEE")} << QDate();
    QTest::newRow("by two") << "By Ann Lee and Bo Chen"
                            << QStringList {QStringLiteral("Ann Lee"), QStringLiteral("Bo Chen")} << QDate();
    QTest::newRow("by comma date") << "By Ann Lee, November 15, 2011" << QStringList {QStringLiteral("Ann Lee")}
                                   << QDate(2011, 11, 15);
    QTest::newRow("name comma date") << "Ann Lee, 2011-11-15" << QStringList {QStringLiteral("Ann Lee")}
                                     << QDate(2011, 11, 15);
    QTest::newRow("name bar written date")
        << "Ann Lee | Nov 15, 2011" << QStringList {QStringLiteral("Ann Lee")} << QDate(2011, 11, 15);
    QTest::newRow("by dash published") << QString::fromUtf8("By Ann Lee — Published on 2011-11-15")
                                       << QStringList {QStringLiteral("Ann Lee")} << QDate(2011, 11, 15);
    QTest::newRow("date only") << "Posted November 15, 2011" << QStringList {} << QDate(2011, 11, 15);
}

void PlainTextImportTest::byline_variants()
{
    QFETCH(QString, line);
    QFETCH(QStringList, authors);
    QFETCH(QDate, date);
    const PlainTextImport imported
        = PlainTextImport::convert(QStringLiteral("Headline\n\n") + line + QStringLiteral("\n\nFirst paragraph.\n"));
    QCOMPARE(imported.metadata.title, QStringLiteral("Headline"));
    QCOMPARE(imported.metadata.authors, authors);
    QCOMPARE(imported.metadata.date ? imported.metadata.date->date : QDate(), date);
    QVERIFY(!imported.markdownBody.contains(line));
    QVERIFY(imported.markdownBody.contains(QLatin1String("First paragraph.")));
}

void PlainTextImportTest::noByline_firstParagraphStaysText()
{
    const PlainTextImport imported = PlainTextImport::convert(QStringLiteral(
        "Headline\n\nBy the time the bus came, it was dark, and the city had gone quiet.\nSecond line.\n"));
    QVERIFY(imported.metadata.authors.isEmpty());
    QVERIFY(imported.markdownBody.contains(QLatin1String("By the time the bus came")));
}

void PlainTextImportTest::subheadings_areShortLinesStandingAlone()
{
    const PlainTextImport imported = PlainTextImport::convert(QStringLiteral(
        "Headline\n\nA paragraph that runs on.\n\nThe Driver\n\nAnother paragraph.\n\nShort but a sentence.\n\n"
        "Two lines\nin one block\n\nEnding Section"));
    const QStringList lines = imported.markdownBody.split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("## The Driver")));
    QVERIFY(lines.contains(QStringLiteral("Short but a sentence.")));
    QVERIFY(lines.contains(QStringLiteral("Two lines")));
    QVERIFY(lines.contains(QStringLiteral("## Ending Section")));
}

void PlainTextImportTest::markdownCharacters_stayLiteral()
{
    const QString text = QStringLiteral("Head *line*\n\n# not a heading\n1. not a list\n- nor this\n"
                                        "<b>tags</b> & [links](x) with `ticks` and a_b_c\n\n=====\n");
    const PlainTextImport imported = PlainTextImport::convert(text);
    const RenderResult result = Renderer::render(imported.markdownBody);
    QVERIFY2(result.html.contains(QLatin1String("# not a heading")), qPrintable(result.html));
    QVERIFY(result.html.contains(QLatin1String("1. not a list")));
    QVERIFY(result.html.contains(QLatin1String("- nor this")));
    QVERIFY(result.html.contains(QLatin1String("&lt;b&gt;tags&lt;/b&gt; &amp; [links](x) with `ticks` and a_b_c")));
    QVERIFY(result.html.contains(QLatin1String("<h1>Head *line*</h1>")));
    QVERIFY(!result.html.contains(QLatin1String("<ol")));
    QVERIFY(!result.html.contains(QLatin1String("<ul")));
    QVERIFY(!result.html.contains(QLatin1String("<h2")));
}

void PlainTextImportTest::lineNumbers_matchTheTextFile()
{
    const PlainTextImport imported
        = PlainTextImport::convert(QStringLiteral("Headline\n\nBy Ann Lee\n\nPara one.\n\nSub Head\n\nPara two.\n"));
    RenderOptions options;
    const RenderResult result = Renderer::render(imported.markdownBody, options);
    QCOMPARE(result.outline.size(), 2);
    QCOMPARE(result.outline.at(0), (Heading {1, QStringLiteral("Headline"), 1}));
    QCOMPARE(result.outline.at(1), (Heading {2, QStringLiteral("Sub Head"), 7}));
}

QTEST_GUILESS_MAIN(PlainTextImportTest)
#include "plaintextimport_test.moc"
