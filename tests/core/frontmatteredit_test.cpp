#include <article/article.h>
#include <article/frontmatteredit.h>

#include <QTest>

using namespace Byline::Core;

namespace {

const auto setStatus
    = [](FrontMatter &frontMatter) { frontMatter.setValue(QStringLiteral("status"), QStringLiteral("review")); };

} // namespace

// One way to change an article's front matter: only the block changes, never the text after it.
class FrontMatterEditTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void existingBlock_changesOnlyTheBlock();
    void noBlock_startsOneWithABlankLine();
    void noBlockBeforeABlankLine_addsNoSecond();
    void toml_staysToml();
    void plainText_isRefused();
    void brokenBlock_isLeftAlone();
    void lastValueContinuedAtTheMargin_newKeyStillSet();
    void repeatedKey_otherKeyStillSet();
    void strayComma_isBrokenNotEdited();
    void strayPercentLine_newKeyStillSet();
};

void FrontMatterEditTest::existingBlock_changesOnlyTheBlock()
{
    const QString text = QStringLiteral("---\ntitle: Column # a comment\nstatus: draft\n---\n\nBody ---\n* list\n");
    const FrontMatterEdit::Result result = FrontMatterEdit::edit(text, QStringLiteral("column.md"), setStatus);
    QVERIFY(result.ok());
    QCOMPARE(result.replacedLength, text.indexOf(QLatin1String("\nBody")));
    QCOMPARE(result.appliedTo(text),
             QStringLiteral("---\ntitle: Column # a comment\nstatus: review\n---\n\nBody ---\n* list\n"));
}

void FrontMatterEditTest::noBlock_startsOneWithABlankLine()
{
    const QString text = QStringLiteral("# Headline\n\nText.\n");
    const FrontMatterEdit::Result result = FrontMatterEdit::edit(text, QStringLiteral("column.md"), setStatus);
    QVERIFY(result.ok());
    QCOMPARE(result.replacedLength, 0);
    QCOMPARE(result.appliedTo(text), QStringLiteral("---\nstatus: review\n---\n\n# Headline\n\nText.\n"));
}

void FrontMatterEditTest::noBlockBeforeABlankLine_addsNoSecond()
{
    const QString text = QStringLiteral("\nText.\n");
    QCOMPARE(FrontMatterEdit::edit(text, QStringLiteral("column.md"), setStatus).appliedTo(text),
             QStringLiteral("---\nstatus: review\n---\n\nText.\n"));
}

void FrontMatterEditTest::toml_staysToml()
{
    const QString text = QStringLiteral("+++\ntitle = \"Column\"\n+++\nText.\n");
    const FrontMatterEdit::Result result = FrontMatterEdit::edit(text, QStringLiteral("column.md"), setStatus);
    QVERIFY(result.ok());
    QCOMPARE(result.appliedTo(text), QStringLiteral("+++\ntitle = \"Column\"\nstatus = \"review\"\n+++\nText.\n"));
}

void FrontMatterEditTest::plainText_isRefused()
{
    const FrontMatterEdit::Result result
        = FrontMatterEdit::edit(QStringLiteral("Headline\n\nText.\n"), QStringLiteral("column.txt"), setStatus);
    QCOMPARE(result.problem, FrontMatterEdit::Problem::PlainText);
}

void FrontMatterEditTest::brokenBlock_isLeftAlone()
{
    bool called = false;
    const FrontMatterEdit::Result result
        = FrontMatterEdit::edit(QStringLiteral("---\ntitle: [unclosed\n---\nText.\n"), QStringLiteral("column.md"),
                                [&called](FrontMatter &) { called = true; });
    QCOMPARE(result.problem, FrontMatterEdit::Problem::BrokenFrontMatter);
    QVERIFY2(result.detail.startsWith(QLatin1String("line ")) && result.detail.contains(QLatin1String("malformed")),
             qPrintable(result.detail));
    QVERIFY(!called);
}

// Found by tests/fuzz: a key added after this value was read as part of it, so the block would not
// parse and the change was dropped while the edit reported success.
void FrontMatterEditTest::lastValueContinuedAtTheMargin_newKeyStillSet()
{
    const QString text = QStringLiteral("---\ntitle: a\nauthor: Ann\n\nLee\n---\nText.\n");
    const FrontMatterEdit::Result result = FrontMatterEdit::edit(text, QStringLiteral("column.md"), setStatus);
    QVERIFY(result.ok());
    const Article edited = Article::fromText(result.appliedTo(text), QStringLiteral("column.md"));
    QCOMPARE(edited.frontMatter().value(QStringLiteral("status")).toString(), QStringLiteral("review"));
    QCOMPARE(edited.frontMatter().value(QStringLiteral("author")),
             Article::fromText(text, QStringLiteral("column.md")).frontMatter().value(QStringLiteral("author")));
    QCOMPARE(edited.body(), QStringLiteral("Text.\n"));
}

void FrontMatterEditTest::repeatedKey_otherKeyStillSet()
{
    const QString text = QStringLiteral("---\ndesk: news\nstatus: draft\ndesk: metro\n---\nText.\n");
    QCOMPARE(FrontMatterEdit::edit(text, QStringLiteral("column.md"), setStatus).appliedTo(text),
             QStringLiteral("---\ndesk: news\nstatus: review\ndesk: metro\n---\nText.\n"));
}

// Found by tests/fuzz: the edit reported success on `---\n,\n---` and the status never read back.
void FrontMatterEditTest::strayComma_isBrokenNotEdited()
{
    const QString text = QStringLiteral("---\n,\n---\nText.\n");
    const FrontMatterEdit::Result result = FrontMatterEdit::edit(text, QStringLiteral("column.md"), setStatus);
    QCOMPARE(result.problem, FrontMatterEdit::Problem::BrokenFrontMatter);
    QVERIFY2(result.detail.startsWith(QLatin1String("line 2")), qPrintable(result.detail));
}

// Found by tests/fuzz: yaml-cpp read a key added after a stray `%` line as nothing, and the edit
// reported a change the file did not hold. A key that does not read back is put elsewhere.
void FrontMatterEditTest::strayPercentLine_newKeyStillSet()
{
    const QString text = QStringLiteral("---\n:\n%\n---\n");
    const FrontMatterEdit::Result result = FrontMatterEdit::edit(text, QStringLiteral("column.md"), setStatus);
    QVERIFY(result.ok());
    const Article edited = Article::fromText(result.appliedTo(text), QStringLiteral("column.md"));
    QCOMPARE(edited.frontMatter().value(QStringLiteral("status")).toString(), QStringLiteral("review"));
    QCOMPARE(edited.frontMatter().keys().size(), 2); // the empty key is still there
}

QTEST_GUILESS_MAIN(FrontMatterEditTest)

#include "frontmatteredit_test.moc"
