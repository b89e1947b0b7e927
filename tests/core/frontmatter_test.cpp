#include <article/article.h>
#include <article/frontmatter.h>

#include <QTest>

using namespace Byline::Core;

class FrontMatterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yaml_unknownKeysAndOrder_surviveEditAndSave();
    void yaml_editOfAList_replacesOnlyItsLines();
    void yaml_newKey_goesAfterTheLastKey();
    void yaml_removeKey_dropsItsLinesOnly();
    void yaml_bareExplicitKey_editsWithoutCrashing();
    void yaml_flowMapping_isRewrittenWithKeysKept();
    void yaml_malformed_reportsFileLineAndKeepsWholeTextAsBody();
    void yaml_notAMapping_isAnError();
    void yaml_emptyBlock_isValidAndEmpty();
    void yaml_strayPunctuation_isAnError();
    void toml_unknownKeysTablesAndOrder_surviveEditAndSave();
    void toml_newKey_goesBeforeTheFirstTable();
    void toml_malformed_reportsFileLine();
    void toml_nativeDates_areReadAsDates();
    void unclosedFrontMatter_isAnErrorAndKeepsText();
};

void FrontMatterTest::yaml_unknownKeysAndOrder_surviveEditAndSave()
{
    const QString text = QStringLiteral("---\n"
                                        "# house style comment\n"
                                        "layout: column\n"
                                        "title: \"Old title\"   # keep me\n"
                                        "x-cms-id: 48213\n"
                                        "author: Ann Lee\n"
                                        "extra:\n"
                                        "  nested: [1, 2]\n"
                                        "  note: |\n"
                                        "    two\n"
                                        "    lines\n"
                                        "status: draft\n"
                                        "---\n"
                                        "Body text.\n");
    Diagnostics diagnostics;
    Article article = Article::fromText(text, QStringLiteral("a.md"), Article::SourceFormat::Markdown, &diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(article.toText(), text); // untouched: byte for byte

    QVERIFY(article.frontMatter().setValue(QStringLiteral("status"), QStringLiteral("review")));
    const QString saved = article.toText();
    QCOMPARE(saved,
             QStringLiteral("---\n# house style comment\nlayout: column\ntitle: \"Old title\"   # keep me\n"
                            "x-cms-id: 48213\nauthor: Ann Lee\nextra:\n  nested: [1, 2]\n  note: |\n    two\n"
                            "    lines\nstatus: review\n---\nBody text.\n"));

    const Article reloaded = Article::fromText(saved, QStringLiteral("a.md"));
    QCOMPARE(reloaded.frontMatter().keys(),
             (QStringList {QStringLiteral("layout"), QStringLiteral("title"), QStringLiteral("x-cms-id"),
                           QStringLiteral("author"), QStringLiteral("extra"), QStringLiteral("status")}));
    QCOMPARE(reloaded.frontMatter().value(QStringLiteral("x-cms-id")).toString(), QStringLiteral("48213"));
    const QVariantMap extra = reloaded.frontMatter().value(QStringLiteral("extra")).toMap();
    QCOMPARE(extra.value(QStringLiteral("note")).toString(), QStringLiteral("two\nlines\n"));
    QCOMPARE(reloaded.metadata().status, QStringLiteral("review"));
    QCOMPARE(reloaded.body(), QStringLiteral("Body text.\n"));
}

void FrontMatterTest::yaml_editOfAList_replacesOnlyItsLines()
{
    const QString text
        = QStringLiteral("---\ntitle: T\ntags:\n- one\n- two\n\n# about the date\ndate: 2020-01-02\n---\n");
    Article article = Article::fromText(text);
    QVERIFY(article.frontMatter().setValue(QStringLiteral("tags"), QStringList {QStringLiteral("three")}));
    QCOMPARE(article.toText(),
             QStringLiteral("---\ntitle: T\ntags: [three]\n\n# about the date\ndate: 2020-01-02\n---\n"));
}

void FrontMatterTest::yaml_newKey_goesAfterTheLastKey()
{
    Article article = Article::fromText(QStringLiteral("---\ntitle: T\nweird: {a: 1}\n---\nBody\n"));
    QVERIFY(article.frontMatter().setValue(QStringLiteral("words"), 800));
    QCOMPARE(article.toText(), QStringLiteral("---\ntitle: T\nweird: {a: 1}\nwords: 800\n---\nBody\n"));
    QCOMPARE(article.metadata().targetWords, 800);
}

void FrontMatterTest::yaml_bareExplicitKey_editsWithoutCrashing()
{
    // A lone `?` is a YAML key (null) whose lines the parser places past the block: found by the
    // front matter fuzz target.
    for (const QString &key : {QStringLiteral("title"), QString()}) {
        Article article = Article::fromText(QStringLiteral("---\n?\n---\nBody\n"));
        article.frontMatter().setValue(key.isEmpty() ? QStringLiteral("status") : key, QStringLiteral("draft"));
        article.frontMatter().remove(QString());
        QVERIFY(article.toText().endsWith(u"---\nBody\n"));
    }
}

void FrontMatterTest::yaml_removeKey_dropsItsLinesOnly()
{
    Article article = Article::fromText(QStringLiteral("---\na: 1\nb:\n  - x\n  - y\nc: 3\n---\n"));
    QVERIFY(article.frontMatter().remove(QStringLiteral("b")));
    QCOMPARE(article.toText(), QStringLiteral("---\na: 1\nc: 3\n---\n"));
    QVERIFY(!article.frontMatter().remove(QStringLiteral("missing")));
}

void FrontMatterTest::yaml_flowMapping_isRewrittenWithKeysKept()
{
    Article article = Article::fromText(QStringLiteral("---\n{title: T, zeta: 1, alpha: 2}\n---\nBody\n"));
    QVERIFY(article.frontMatter().setValue(QStringLiteral("title"), QStringLiteral("New")));
    const Article reloaded = Article::fromText(article.toText());
    QCOMPARE(reloaded.frontMatter().keys(),
             (QStringList {QStringLiteral("title"), QStringLiteral("zeta"), QStringLiteral("alpha")}));
    QCOMPARE(reloaded.metadata().title, QStringLiteral("New"));
    QCOMPARE(reloaded.body(), QStringLiteral("Body\n"));
}

void FrontMatterTest::yaml_malformed_reportsFileLineAndKeepsWholeTextAsBody()
{
    const QString text = QStringLiteral("---\ntitle: Fine\nauthor: [unclosed\ndate: 2020-01-01\n---\nBody\n");
    Diagnostics diagnostics;
    const Article article
        = Article::fromText(text, QStringLiteral("broken.md"), Article::SourceFormat::Markdown, &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().severity, Diagnostic::Severity::Error);
    QVERIFY2(diagnostics.first().line >= 3 && diagnostics.first().line <= 5,
             qPrintable(QString::number(diagnostics.first().line)));
    QVERIFY(diagnostics.first().message.contains(QLatin1String("YAML")));
    QVERIFY(article.frontMatter().isNull());
    QCOMPARE(article.body(), text);
    QCOMPARE(article.toText(), text);
    QCOMPARE(article.metadata().title, QStringLiteral("Broken")); // falls back to the file name
}

void FrontMatterTest::yaml_notAMapping_isAnError()
{
    Diagnostics diagnostics;
    const Article article = Article::fromText(QStringLiteral("---\n- just\n- a list\n---\nBody\n"), {},
                                              Article::SourceFormat::Markdown, &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 2);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("list")));
    QVERIFY(article.frontMatter().isNull());
}

void FrontMatterTest::yaml_emptyBlock_isValidAndEmpty()
{
    Diagnostics diagnostics;
    Article article
        = Article::fromText(QStringLiteral("---\n---\nBody\n"), {}, Article::SourceFormat::Markdown, &diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QVERIFY(!article.frontMatter().isNull());
    QCOMPARE(article.body(), QStringLiteral("Body\n"));
    QVERIFY(article.frontMatter().setValue(QStringLiteral("title"), QStringLiteral("A: colon")));
    QCOMPARE(Article::fromText(article.toText()).metadata().title, QStringLiteral("A: colon"));
}

// Found by tests/fuzz: yaml-cpp reads a block of a lone comma as empty, so an edit "succeeded"
// while its key was never read back.
void FrontMatterTest::yaml_strayPunctuation_isAnError()
{
    Diagnostics diagnostics;
    const Article article = Article::fromText(QStringLiteral("---\n# comment\n,\n---\nBody\n"), {},
                                              Article::SourceFormat::Markdown, &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 3);
    QVERIFY2(diagnostics.first().message.contains(QLatin1String("found `,`")), qPrintable(diagnostics.first().message));
    QVERIFY(article.frontMatter().isNull());

    diagnostics.clear();
    (void)Article::fromText(QStringLiteral("---\n# only a comment\n~\n---\nBody\n"), {},
                            Article::SourceFormat::Markdown, &diagnostics);
    QVERIFY(diagnostics.isEmpty()); // a comment and YAML's null are an empty front matter
}

void FrontMatterTest::toml_unknownKeysTablesAndOrder_surviveEditAndSave()
{
    const QString text = QStringLiteral("+++\n"
                                        "title = \"Libraries\"\n"
                                        "zebra = 1\n"
                                        "status = \"draft\"\n"
                                        "aliases = [\n  \"/old\",\n  \"/older\",\n]\n"
                                        "\n"
                                        "[params]\n"
                                        "image = \"x.jpg\"\n"
                                        "+++\n"
                                        "Body\n");
    Diagnostics diagnostics;
    Article article = Article::fromText(text, {}, Article::SourceFormat::Markdown, &diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(article.frontMatter().format(), FrontMatter::Format::Toml);
    QCOMPARE(article.frontMatter().keys(),
             (QStringList {QStringLiteral("title"), QStringLiteral("zebra"), QStringLiteral("status"),
                           QStringLiteral("aliases"), QStringLiteral("params")}));
    QCOMPARE(article.toText(), text);

    QVERIFY(article.frontMatter().setValue(QStringLiteral("status"), QStringLiteral("review")));
    QCOMPARE(article.toText(), QString(text).replace(QLatin1String("\"draft\""), QLatin1String("\"review\"")));
    QVERIFY(article.frontMatter().setValue(QStringLiteral("aliases"), QStringList {QStringLiteral("/new")}));
    const Article reloaded = Article::fromText(article.toText());
    QCOMPARE(reloaded.frontMatter().value(QStringLiteral("aliases")).toList().size(), 1);
    QCOMPARE(reloaded.frontMatter().value(QStringLiteral("params")).toMap().value(QStringLiteral("image")).toString(),
             QStringLiteral("x.jpg"));
    QCOMPARE(reloaded.frontMatter().keys().last(), QStringLiteral("params"));
}

void FrontMatterTest::toml_newKey_goesBeforeTheFirstTable()
{
    Article article = Article::fromText(QStringLiteral("+++\ntitle = \"T\"\n\n[params]\nx = 1\n+++\n"));
    QVERIFY(article.frontMatter().setValue(QStringLiteral("author"), QStringLiteral("Ann Lee")));
    const Article reloaded = Article::fromText(article.toText());
    QCOMPARE(reloaded.metadata().authors, QStringList {QStringLiteral("Ann Lee")});
    QCOMPARE(reloaded.frontMatter().value(QStringLiteral("params")).toMap().size(), 1);
    QVERIFY(!reloaded.frontMatter().value(QStringLiteral("params")).toMap().contains(QStringLiteral("author")));
}

void FrontMatterTest::toml_malformed_reportsFileLine()
{
    Diagnostics diagnostics;
    const QString text = QStringLiteral("+++\ntitle = \"ok\"\ndate = = 3\n+++\nBody\n");
    const Article article = Article::fromText(text, {}, Article::SourceFormat::Markdown, &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 3);
    QVERIFY(diagnostics.first().message.contains(QLatin1String("TOML")));
    QCOMPARE(article.body(), text);
}

void FrontMatterTest::toml_nativeDates_areReadAsDates()
{
    const Article article
        = Article::fromText(QStringLiteral("+++\ndate = 2011-11-15\ndeadline = 2026-11-27T18:00:00+01:00\n+++\n"));
    const ArticleMetadata meta = article.metadata();
    QVERIFY(meta.date);
    QCOMPARE(meta.date->date, QDate(2011, 11, 15));
    QVERIFY(meta.deadline && meta.deadline->hasTime());
    QCOMPARE(meta.deadline->dateTime.offsetFromUtc(), 3600);
    QCOMPARE(meta.deadline->dateTime.time(), QTime(18, 0));
}

void FrontMatterTest::unclosedFrontMatter_isAnErrorAndKeepsText()
{
    Diagnostics diagnostics;
    const QString text = QStringLiteral("---\ntitle: never closed\n\nBody\n");
    const Article article = Article::fromText(text, {}, Article::SourceFormat::Markdown, &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 1);
    QCOMPARE(article.body(), text);

    diagnostics.clear();
    const QString rule = QStringLiteral("---\n\nA story that opens with a rule.\n");
    QCOMPARE(Article::fromText(rule, {}, Article::SourceFormat::Markdown, &diagnostics).body(), rule);
    QVERIFY(diagnostics.isEmpty());
}

QTEST_GUILESS_MAIN(FrontMatterTest)
#include "frontmatter_test.moc"
