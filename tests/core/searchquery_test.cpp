#include <library/searchquery.h>

#include <QTest>

using namespace Byline::Core;

class SearchQueryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_areQuotedAndAllRequired();
    void phrases_prefixesAndOr();
    void exclusions();
    void fields_becomeColumnFilters();
    void filters_areValuesNotSyntax();
    void dates_acceptYearsMonthsAndDays();
    void hostileText_isAlwaysQuoted_data();
    void hostileText_isAlwaysQuoted();
    void ideographs_becomeCharacterPhrases();
};

void SearchQueryTest::words_areQuotedAndAllRequired()
{
    const SearchQuery query = SearchQuery::parse(u"concurrency  patterns");
    QCOMPARE(query.match, QStringLiteral("\"concurrency\" \"patterns\""));
    QVERIFY(query.exclude.isEmpty());
    QVERIFY(!query.hasFilters());
    QVERIFY(SearchQuery::parse(u"   ").isEmpty());
}

void SearchQueryTest::phrases_prefixesAndOr()
{
    QCOMPARE(SearchQuery::parse(u"\"error handling\" gorout*").match,
             QStringLiteral("\"error handling\" \"gorout\" *"));
    QCOMPARE(SearchQuery::parse(u"pike OR thompson OR griesemer go").match,
             QStringLiteral("(\"pike\" OR \"thompson\" OR \"griesemer\") AND \"go\""));
    // Found by tests/fuzz: FTS5 refused a group beside another term without AND, a syntax error.
    QCOMPARE(SearchQuery::parse(u"harbour ferry OR tram").match,
             QStringLiteral("\"harbour\" AND (\"ferry\" OR \"tram\")"));
    // `or` in lower case is a word; a dangling OR is left out
    QCOMPARE(SearchQuery::parse(u"this or that OR").match, QStringLiteral("\"this\" \"or\" \"that\""));
    QCOMPARE(SearchQuery::parse(u"OR go").match, QStringLiteral("\"go\""));
}

void SearchQueryTest::exclusions()
{
    const SearchQuery query = SearchQuery::parse(u"generics -type -\"type parameters\" -title:draft");
    QCOMPARE(query.match, QStringLiteral("\"generics\""));
    QCOMPARE(query.exclude, QStringLiteral("\"type\" OR \"type parameters\" OR title : \"draft\""));
    // a hyphen inside a word or alone is text, not an exclusion
    QCOMPARE(SearchQuery::parse(u"e-mail").match, QStringLiteral("\"e-mail\""));
    QVERIFY(SearchQuery::parse(u"- go").exclude.isEmpty());
}

void SearchQueryTest::fields_becomeColumnFilters()
{
    const SearchQuery query = SearchQuery::parse(u"title:generics author:\"Rob Pike\" tag:modules by:cox Tags:go*");
    QCOMPARE(query.match,
             QStringLiteral("title : \"generics\" author : \"Rob Pike\" tags : \"modules\" "
                            "author : \"cox\" tags : \"go\" *"));
    // an unknown field is a word like any other
    QCOMPARE(SearchQuery::parse(u"qt6: http://example.com").match, QStringLiteral("\"qt6:\" \"http://example.com\""));
    // a field with nothing after it is not a search yet
    QVERIFY(SearchQuery::parse(u"title:").isEmpty());
}

void SearchQueryTest::filters_areValuesNotSyntax()
{
    const SearchQuery query = SearchQuery::parse(u"status:Draft -status:published lang:en_GB -lang:de sort:date");
    QCOMPARE(query.statuses, QStringList {QStringLiteral("draft")});
    QCOMPARE(query.notStatuses, QStringList {QStringLiteral("published")});
    QCOMPARE(query.langs, QStringList {QStringLiteral("en-gb")});
    QCOMPARE(query.notLangs, QStringList {QStringLiteral("de")});
    QCOMPARE(query.sort, SearchQuery::Sort::Date);
    QVERIFY(query.match.isEmpty());
    QVERIFY(!query.isEmpty());
    QCOMPARE(SearchQuery::parse(u"status:\"in review\"").statuses, QStringList {QStringLiteral("in review")});
    QCOMPARE(SearchQuery::parse(u"sort:newest").notes.size(), 1);
}

void SearchQueryTest::dates_acceptYearsMonthsAndDays()
{
    SearchQuery query = SearchQuery::parse(u"after:2011-01-01 before:2012");
    QCOMPARE(query.after, QDate(2011, 1, 1));
    QCOMPARE(query.before, QDate(2012, 1, 1));
    query = SearchQuery::parse(u"after:2024-4-9 before:2024-06");
    QCOMPARE(query.after, QDate(2024, 4, 9));
    QCOMPARE(query.before, QDate(2024, 6, 1));
    query = SearchQuery::parse(u"after:yesterday go");
    QVERIFY(!query.after.isValid());
    QCOMPARE(query.notes.size(), 1);
    QCOMPARE(query.match, QStringLiteral("\"go\""));
}

void SearchQueryTest::hostileText_isAlwaysQuoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");
    QTest::newRow("c++") << QStringLiteral("c++") << QStringLiteral("\"c++\"");
    QTest::newRow("unbalanced quote") << QStringLiteral("\"error hand") << QStringLiteral("\"error hand\"");
    QTest::newRow("quote inside") << QStringLiteral("say\"hi") << QStringLiteral("\"say\"\"hi\"");
    QTest::newRow("fts syntax") << QStringLiteral("NEAR(a b) AND NOT ^x")
                                << QStringLiteral("\"NEAR(a\" \"b)\" \"AND\" \"NOT\" \"^x\"");
    QTest::newRow("sql") << QStringLiteral("x'); DROP TABLE articles; --")
                         << QStringLiteral("\"x');\" \"DROP\" \"TABLE\" \"articles;\"");
    QTest::newRow("column syntax") << QStringLiteral("body:x {title}:y") << QStringLiteral("\"body:x\" \"{title}:y\"");
    QTest::newRow("only stars") << QStringLiteral("*** \"\" ") << QString();
    // Found by tests/fuzz: FTS5 read the expression up to the NUL, an unterminated string.
    QTest::newRow("NUL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("\"a b\"");
}

void SearchQueryTest::hostileText_isAlwaysQuoted()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    QCOMPARE(SearchQuery::parse(text).match, match);
}

void SearchQueryTest::ideographs_becomeCharacterPhrases()
{
    QCOMPARE(SearchQuery::parse(u"中文搜索").match, QStringLiteral("\"中 文 搜 索\""));
    QCOMPARE(SearchQuery::parse(u"東京タワー Tokyo").match, QStringLiteral("\"東 京 タ ワ ー\" \"Tokyo\""));
}

QTEST_GUILESS_MAIN(SearchQueryTest)
#include "searchquery_test.moc"
