#include <article/article.h>

#include <QTest>

using namespace Byline::Core;

namespace {
ArticleMetadata metaOf(const QString &frontMatter, Diagnostics *diagnostics = nullptr)
{
    const Article article = Article::fromText(QStringLiteral("---\n") + frontMatter + QStringLiteral("---\n"));
    return ArticleMetadata::fromFrontMatter(article.frontMatter(), diagnostics);
}
} // namespace

class ArticleMetadataTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authors_fromAuthorAuthorsAndBy();
    void authorLine_joinsNamesNaturally();
    void tags_fromListOrCommaString();
    void lang_acceptsLanguageToo();
    void wrongKinds_warnWithTheirLine();
    void writeTo_roundTrips();
};

void ArticleMetadataTest::authors_fromAuthorAuthorsAndBy()
{
    QCOMPARE(metaOf(QStringLiteral("author: Ann Lee\n")).authors, QStringList {QStringLiteral("Ann Lee")});
    QCOMPARE(metaOf(QStringLiteral("authors: [Ann Lee, Bo Chen]\n")).authors,
             (QStringList {QStringLiteral("Ann Lee"), QStringLiteral("Bo Chen")}));
    QCOMPARE(metaOf(QStringLiteral("by:\n- Russ Cox, for the Go team\n")).authors,
             QStringList {QStringLiteral("Russ Cox, for the Go team")});
    QCOMPARE(metaOf(QStringLiteral("authors:\n  - name: Ann Lee\n    email: a@example.org\n")).authors,
             QStringList {QStringLiteral("Ann Lee")});
}

void ArticleMetadataTest::authorLine_joinsNamesNaturally()
{
    ArticleMetadata meta;
    QCOMPARE(meta.authorLine(), QString());
    meta.authors = {QStringLiteral("A")};
    QCOMPARE(meta.authorLine(), QStringLiteral("A"));
    meta.authors = {QStringLiteral("A"), QStringLiteral("B")};
    QCOMPARE(meta.authorLine(), QStringLiteral("A and B"));
    meta.authors = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    QCOMPARE(meta.authorLine(), QStringLiteral("A, B and C"));
}

void ArticleMetadataTest::tags_fromListOrCommaString()
{
    QCOMPARE(metaOf(QStringLiteral("tags: [a, b c]\n")).tags,
             (QStringList {QStringLiteral("a"), QStringLiteral("b c")}));
    QCOMPARE(metaOf(QStringLiteral("tags: a, b c\n")).tags, (QStringList {QStringLiteral("a"), QStringLiteral("b c")}));
    QCOMPARE(metaOf(QStringLiteral("tags:\n- go fix\n- go vet\n")).tags,
             (QStringList {QStringLiteral("go fix"), QStringLiteral("go vet")}));
}

void ArticleMetadataTest::lang_acceptsLanguageToo()
{
    QCOMPARE(metaOf(QStringLiteral("language: de\n")).lang, QStringLiteral("de"));
    QCOMPARE(metaOf(QStringLiteral("lang: en-GB\nlanguage: de\n")).lang, QStringLiteral("en-GB"));
}

void ArticleMetadataTest::wrongKinds_warnWithTheirLine()
{
    Diagnostics diagnostics;
    const ArticleMetadata meta
        = metaOf(QStringLiteral("title: [a, b]\ndate: soon\nwords: many\nstatus: Draft\n"), &diagnostics);
    QCOMPARE(diagnostics.size(), 3);
    QCOMPARE(diagnostics.at(0).line, 2);
    QCOMPARE(diagnostics.at(1).line, 3);
    QCOMPARE(diagnostics.at(2).line, 4);
    QVERIFY(diagnostics.at(1).message.contains(QLatin1String("YYYY-MM-DD")));
    QVERIFY(meta.title.isEmpty());
    QVERIFY(!meta.date);
    QCOMPARE(meta.targetWords, 0);
    QCOMPARE(meta.status, QStringLiteral("draft"));
}

void ArticleMetadataTest::writeTo_roundTrips()
{
    ArticleMetadata meta;
    meta.title = QStringLiteral("Title: with colon");
    meta.authors = {QStringLiteral("Ann Lee"), QStringLiteral("Bo Chen")};
    meta.date = ArticleDate {QDate(2020, 1, 2), {}};
    meta.status = QStringLiteral("review");
    meta.tags = {QStringLiteral("x"), QStringLiteral("y, z")};
    meta.targetWords = 800;
    for (const auto format : {FrontMatter::Format::Yaml, FrontMatter::Format::Toml}) {
        Article article;
        meta.writeTo(article.ensureFrontMatter(format));
        const ArticleMetadata back = Article::fromText(article.toText()).metadata();
        QCOMPARE(back.title, meta.title);
        QCOMPARE(back.authors, meta.authors);
        QCOMPARE(back.date->date, meta.date->date);
        QCOMPARE(back.status, meta.status);
        QCOMPARE(back.tags, meta.tags);
        QCOMPARE(back.targetWords, 800);
    }
}

QTEST_GUILESS_MAIN(ArticleMetadataTest)
#include "articlemetadata_test.moc"
