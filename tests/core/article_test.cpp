#include <article/article.h>

#include <QTest>

using namespace Byline::Core;

class ArticleTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noFrontMatter_bodyIsWholeText();
    void title_fallsBackToFirstHeading();
    void title_fallsBackToFileName();
    void date_fallsBackToFileNamePrefix();
    void frontMatterValues_winOverFallbacks();
    void bodyFirstLine_countsFrontMatterLines();
    void ensureFrontMatter_addsABlockToAPlainDocument();
    void formatForFileName_knowsTextFiles();
    void plainText_savedAsMarkdown_writesFrontMatter();
};

void ArticleTest::noFrontMatter_bodyIsWholeText()
{
    const QString text = QStringLiteral("Just prose.\n\nMore prose.\n");
    const Article article = Article::fromText(text);
    QVERIFY(article.frontMatter().isNull());
    QCOMPARE(article.body(), text);
    QCOMPARE(article.toText(), text);
    QCOMPARE(article.bodyFirstLine(), 1);
}

void ArticleTest::title_fallsBackToFirstHeading()
{
    const Article setext = Article::fromText(QStringLiteral("Intro line\n\nThe *Real* Title\n=====\n\nText\n"));
    QCOMPARE(setext.metadata().title, QStringLiteral("The Real Title"));
    const Article atx = Article::fromText(QStringLiteral("---\nauthor: X\n---\n## Smart \"quotes\"\n"));
    QCOMPARE(atx.metadata().title, QString::fromUtf8("Smart “quotes”"));
    // a heading inside a code block is not a heading
    const Article code = Article::fromText(QStringLiteral("```\n# not a title\n```\n"), QStringLiteral("x.md"));
    QCOMPARE(code.metadata().title, QStringLiteral("X"));
}

void ArticleTest::title_fallsBackToFileName()
{
    const Article article = Article::fromText(QStringLiteral("No headings here.\n"),
                                              QStringLiteral("/library/2011-11-15-the_last-bus.md"));
    QCOMPARE(article.metadata().title, QStringLiteral("The last bus"));
}

void ArticleTest::date_fallsBackToFileNamePrefix()
{
    const Article article = Article::fromText(QStringLiteral("Text\n"), QStringLiteral("/x/2024-4-09-post.md"));
    QCOMPARE(article.metadata().date->date, QDate(2024, 4, 9));
    QVERIFY(!Article::fromText(QStringLiteral("Text\n"), QStringLiteral("post.md")).metadata().date);
}

void ArticleTest::frontMatterValues_winOverFallbacks()
{
    const Article article
        = Article::fromText(QStringLiteral("---\ntitle: Declared\ndate: 2001-02-03\n---\n# Heading\n"),
                            QStringLiteral("2020-01-01-name.md"));
    QCOMPARE(article.metadata().title, QStringLiteral("Declared"));
    QCOMPARE(article.metadata().date->date, QDate(2001, 2, 3));
}

void ArticleTest::bodyFirstLine_countsFrontMatterLines()
{
    QCOMPARE(Article::fromText(QStringLiteral("---\na: 1\nb: 2\n---\nBody\n")).bodyFirstLine(), 5);
    QCOMPARE(Article::fromText(QStringLiteral("+++\n+++\nBody\n")).bodyFirstLine(), 3);
}

void ArticleTest::ensureFrontMatter_addsABlockToAPlainDocument()
{
    Article article = Article::fromText(QStringLiteral("# Hello\n"));
    article.ensureFrontMatter().setValue(QStringLiteral("status"), QStringLiteral("draft"));
    QCOMPARE(article.toText(), QStringLiteral("---\nstatus: draft\n---\n# Hello\n"));
    QCOMPARE(Article::fromText(article.toText()).metadata().status, QStringLiteral("draft"));
}

void ArticleTest::formatForFileName_knowsTextFiles()
{
    QCOMPARE(Article::formatForFileName(QStringLiteral("a.txt")), Article::SourceFormat::PlainText);
    QCOMPARE(Article::formatForFileName(QStringLiteral("a.TXT")), Article::SourceFormat::PlainText);
    QCOMPARE(Article::formatForFileName(QStringLiteral("a.md")), Article::SourceFormat::Markdown);
    QCOMPARE(Article::formatForFileName(QString()), Article::SourceFormat::Markdown);
}

void ArticleTest::plainText_savedAsMarkdown_writesFrontMatter()
{
    const QString text
        = QStringLiteral("Headline Here\n\nBy Ann Lee | Posted 2020-03-04\n\nFirst *para*.\n\nSecond.\n");
    const Article article = Article::fromText(text, QStringLiteral("x.txt"), Article::SourceFormat::PlainText);
    QCOMPARE(article.toText(), text); // unchanged, it writes back as text
    const QString markdown = article.toMarkdown();
    QCOMPARE(markdown,
             QStringLiteral("---\ntitle: Headline Here\nauthor: Ann Lee\ndate: 2020-03-04\n---\n\n"
                            "# Headline Here\n\nFirst \\*para\\*.\n\nSecond.\n"));
    const Article reread = Article::fromText(markdown, QStringLiteral("x.md"));
    QCOMPARE(reread.metadata().title, QStringLiteral("Headline Here"));
    QCOMPARE(reread.metadata().authors, QStringList {QStringLiteral("Ann Lee")});
    QCOMPARE(reread.metadata().date->date, QDate(2020, 3, 4));
}

QTEST_GUILESS_MAIN(ArticleTest)
#include "article_test.moc"
