// IndexSearch, through the LibraryIndex that owns it: ranking, queries and filters on a real blog,
// hostile input, snippets, ideographs.
#include "testlibrary.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

class IndexSearchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranking_agreesWithFts5Bm25();
    void goBlog_realQueriesFindTheRightPostsFirst();
    void goBlog_fieldFiltersAndDates();
    void hostileQueries_neverFail_data();
    void hostileQueries_neverFail();
    void results_carrySnippetsWithMarks();
    void ideographs_areFoundByCharacters();
    void review_searchReadsTheFinalTextAndFiltersByReview();
    void wordOnEveryLine_isFoundWithinBudgetAndMarked();
    void damageFoundBySearch_rebuildsOnTheNextUpdate_data();
    void damageFoundBySearch_rebuildsOnTheNextUpdate();

private:
    QTemporaryDir m_cache;
    std::unique_ptr<LibraryIndex> m_goBlog;
};

void IndexSearchTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    indexGoBlog(m_cache, m_goBlog);
}

void IndexSearchTest::ranking_agreesWithFts5Bm25()
{
    if (!m_goBlog)
        QSKIP("the go-blog corpus is not here");
    // On Debian, Qt's SQLite driver runs on the system's libsqlite3, so the fast rank is in use.
    QVERIFY(m_goBlog->hasFastRanking());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bm25-check"));
    db.setDatabaseName(m_cache.filePath(QStringLiteral("go-blog.sqlite")));
    QVERIFY(db.open());
    for (const QString &text :
         {QStringLiteral("concurrency patterns"), QStringLiteral("garbage collector latency"),
          QStringLiteral("modules"), QStringLiteral("error handling"), QStringLiteral("gopher")}) {
        // The table's own rank, bm25() with the same weights, as the reference
        QSqlQuery reference(db);
        QVERIFY(reference.prepare(QStringLiteral("SELECT a.path FROM fts JOIN articles a ON a.id = fts.rowid "
                                                 "WHERE fts MATCH ? ORDER BY fts.rank LIMIT 10")));
        reference.addBindValue(SearchQuery::parse(text).match);
        QVERIFY2(reference.exec(), qPrintable(reference.lastError().text()));
        QStringList expected;
        while (reference.next())
            expected.append(reference.value(0).toString());
        QStringList found;
        for (const SearchHit &hit : find(*m_goBlog, text, 10))
            found.append(hit.article.path);
        QCOMPARE(found.size(), expected.size());
        qsizetype shared = 0;
        for (const QString &path : std::as_const(found))
            shared += expected.contains(path) ? 1 : 0;
        // Lengths in words rather than tokens move a few places, not the results
        QVERIFY2(shared >= found.size() - 2,
                 qPrintable(text + u": " + found.join(u' ') + u" vs " + expected.join(u' ')));
        QVERIFY2(expected.mid(0, 3).contains(found.constFirst()), qPrintable(text));
    }
    db.close();
}

void IndexSearchTest::goBlog_realQueriesFindTheRightPostsFirst()
{
    if (!m_goBlog)
        QSKIP("the go-blog corpus is not here");
    const auto first = [this](const QString &text) { return find(*m_goBlog, text, 5).value(0).article.path; };
    QCOMPARE(first(QStringLiteral("concurrency patterns")), QStringLiteral("io2013-talk-concurrency.md"));
    QCOMPARE(first(QStringLiteral("\"error handling\" errors values")), QStringLiteral("errors-are-values.md"));
    QCOMPARE(first(QStringLiteral("gopher mascot")), QStringLiteral("gopher.md"));
    QCOMPARE(first(QStringLiteral("laws of reflection")), QStringLiteral("laws-of-reflection.md"));
    QCOMPARE(first(QStringLiteral("defer panic recover")), QStringLiteral("defer-panic-and-recover.md"));
    // stemming: "slices" finds "slice"; a prefix finds longer words
    QVERIFY(paths(find(*m_goBlog, QStringLiteral("slices arrays"), 5)).contains(QStringLiteral("slices-intro.md")));
    QVERIFY(!find(*m_goBlog, QStringLiteral("introspect*")).isEmpty());
    // OR widens, - narrows
    const int go = int(find(*m_goBlog, QStringLiteral("pike"), 400).size());
    const int either = int(find(*m_goBlog, QStringLiteral("pike OR thompson"), 400).size());
    const int without = int(find(*m_goBlog, QStringLiteral("pike -thompson"), 400).size());
    QVERIFY(either > go);
    // an OR beside another word (found by tests/fuzz: FTS5 read it as a syntax error)
    QVERIFY(!find(*m_goBlog, QStringLiteral("go pike OR thompson"), 400).isEmpty());
    QVERIFY(without < go);
    QVERIFY(find(*m_goBlog, QStringLiteral("zyxxyqq")).isEmpty());
}

void IndexSearchTest::goBlog_fieldFiltersAndDates()
{
    if (!m_goBlog)
        QSKIP("the go-blog corpus is not here");
    // stemmed ("generally" shares the stem), but titles with the word as typed come first
    const QList<SearchHit> generics = find(*m_goBlog, QStringLiteral("title:generics"), 50);
    QVERIFY(generics.size() >= 8);
    for (const SearchHit &hit : generics)
        QVERIFY2(hit.article.title.contains(QLatin1String("gener"), Qt::CaseInsensitive),
                 qPrintable(hit.article.title));
    for (qsizetype i = 0; i < 6; ++i) // the six posts with "Generics" in the title
        QVERIFY2(generics.at(i).article.title.contains(QLatin1String("generics"), Qt::CaseInsensitive),
                 qPrintable(generics.at(i).article.title));
    QCOMPARE(find(*m_goBlog, QStringLiteral("title:generics"), 1)
                 .value(0)
                 .article.title.contains(QLatin1String("generics"), Qt::CaseInsensitive),
             true);
    const QList<SearchHit> byPike = find(*m_goBlog, QStringLiteral("author:\"rob pike\""), 400);
    QVERIFY(byPike.size() >= 10);
    for (const SearchHit &hit : byPike)
        QVERIFY2(hit.article.author.contains(QLatin1String("Rob Pike")), qPrintable(hit.article.author));
    for (const SearchHit &hit : find(*m_goBlog, QStringLiteral("tag:modules"), 400))
        QVERIFY(hit.article.tags.join(QLatin1Char(' ')).contains(QLatin1String("modules"), Qt::CaseInsensitive));
    const QList<SearchHit> year = find(*m_goBlog, QStringLiteral("after:2011-01-01 before:2012-01-01"), 400);
    QVERIFY(year.size() >= 20);
    for (const SearchHit &hit : year)
        QVERIFY2(hit.article.date.startsWith(QLatin1String("2011-")), qPrintable(hit.article.date));
    // sorted by date, newest first
    SearchQuery byDate = SearchQuery::parse(u"go");
    byDate.sort = SearchQuery::Sort::Date;
    const QList<SearchHit> newest = m_goBlog->search(byDate, 30);
    QCOMPARE(newest.size(), 30);
    for (qsizetype i = 1; i < newest.size(); ++i)
        QVERIFY(newest.at(i - 1).article.date >= newest.at(i).article.date);
    QVERIFY(!newest.constFirst().snippet.isEmpty());
    // The corpus has no status or lang; a filter on them finds nothing rather than failing.
    QVERIFY(find(*m_goBlog, QStringLiteral("status:draft")).isEmpty());
    QVERIFY(find(*m_goBlog, QStringLiteral("go lang:de")).isEmpty());
}

void IndexSearchTest::hostileQueries_neverFail_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         {"c++",          "e-mail",         "\"unbalanced",     "title:", "author:",  "'; DROP TABLE articles; --",
          "\" OR 1=1 --", "NEAR(go test)",  "go AND NOT",       "*",      "-",        "-\"\"",
          "(((",          "tag:\"",         R"(title:"a"b"c)",  "^go",    "body:go",  "fts MATCH",
          "%_\\",         "after: before:", "status:' OR ''='", "lang:%", "\x01\x02", "go OR OR OR",
          "OR",           "-go -pike"})
        QTest::newRow(text) << QString::fromUtf8(text);
    QTest::newRow("long") << QStringLiteral("word ").repeated(500);
}

void IndexSearchTest::hostileQueries_neverFail()
{
    QFETCH(QString, text);
    if (!m_goBlog)
        QSKIP("the go-blog corpus is not here");
    // Every query runs as intended: text is matched as words, never as syntax.
    (void)find(*m_goBlog, text);
    QVERIFY(!m_goBlog->needsRebuild());
    QCOMPARE(m_goBlog->count(), 338);
}

void IndexSearchTest::results_carrySnippetsWithMarks()
{
    if (!m_goBlog)
        QSKIP("the go-blog corpus is not here");
    const QList<SearchHit> hits = find(*m_goBlog, QStringLiteral("goroutines channels"), 5);
    QCOMPARE(hits.size(), 5);
    for (const SearchHit &hit : hits) {
        QVERIFY(hit.score > 0);
        QVERIFY2(hit.snippet.contains(QLatin1String("<mark>")), qPrintable(hit.snippet));
        QVERIFY(!hit.snippet.contains(QLatin1String("<script")));
        QVERIFY(!hit.firstMatch.isEmpty());
        QVERIFY(!hit.article.title.isEmpty());
        QVERIFY(hit.article.words > 0);
    }
    QVERIFY(hits.at(0).score >= hits.at(4).score);
}

void IndexSearchTest::ideographs_areFoundByCharacters()
{
    QTemporaryDir library;
    write(library.path(), QStringLiteral("zh.md"),
          "---\ntitle: 中文搜索引擎\nlang: zh\n---\n\n我们今天讨论全文搜索的问题。\n");
    write(library.path(), QStringLiteral("ja.md"), "---\ntitle: 東京の夜\n---\n\n東京タワーは夜にきれいです。\n");
    LibraryIndex index(library.path(), m_cache.filePath(QStringLiteral("cjk.sqlite")));
    QVERIFY(index.open());
    QCOMPARE(index.update().indexed, 2);
    QCOMPARE(paths(find(index, QStringLiteral("全文搜索"))), QStringList {QStringLiteral("zh.md")});
    QCOMPARE(paths(find(index, QStringLiteral("搜索"))), QStringList {QStringLiteral("zh.md")});
    QCOMPARE(paths(find(index, QStringLiteral("タワー"))), QStringList {QStringLiteral("ja.md")});
    QCOMPARE(paths(find(index, QStringLiteral("title:東京"))), QStringList {QStringLiteral("ja.md")});
    QVERIFY(find(index, QStringLiteral("索搜")).isEmpty()); // the characters in another order
    // shown as written, without the spaces the index puts between characters
    QCOMPARE(index.article(QStringLiteral("zh.md"))->title, QStringLiteral("中文搜索引擎"));
    const QString snippet = find(index, QStringLiteral("全文")).value(0).snippet;
    QCOMPARE(snippet, QStringLiteral("我们今天讨论<mark>全文</mark>搜索的问题。"));
}

void IndexSearchTest::review_searchReadsTheFinalTextAndFiltersByReview()
{
    QTemporaryDir library;
    write(library.path(), QStringLiteral("marked.md"),
          "---\ntitle: Harbour\n---\n\nThe {--quarrelsome--}{>>@Ed Brooks 2026-11-20T10:04Z<<} ferry "
          "{++departed++}{>>@Maya Okafor 2026-11-20T10:05Z<<} {~~slowly~>early~~}.{>>@Zoë Fry 2026-11-20T11:00Z: "
          "lighthouse?<<}\n");
    write(library.path(), QStringLiteral("comments.md"),
          "---\ntitle: Tides\n---\n\nThe {==tide==}{>>@Ed Brooks 2026-11-20T10:04Z: when?<<} turned.\n");
    write(library.path(), QStringLiteral("resolved.md"),
          "---\ntitle: Gulls\n---\n\nGulls{>>@Maya Okafor 2026-11-20T10:04Z: more?<<}{>>@Maya Okafor "
          "2026-11-20T10:06Z resolved<<} cried.\n");
    write(library.path(), QStringLiteral("clean.md"), "---\ntitle: Quay\n---\n\nThe quay was quiet.\n");
    LibraryIndex index(library.path(), m_cache.filePath(QStringLiteral("review.sqlite")));
    QVERIFY(index.open());
    QCOMPARE(index.update().indexed, 4);
    // The final text: the accepted words are found, the deleted and replaced ones and comments not.
    QCOMPARE(paths(find(index, QStringLiteral("departed early"))), QStringList {QStringLiteral("marked.md")});
    QVERIFY(find(index, QStringLiteral("quarrelsome")).isEmpty());
    QVERIFY(find(index, QStringLiteral("slowly")).isEmpty());
    QVERIFY(find(index, QStringLiteral("lighthouse")).isEmpty());
    QVERIFY(find(index, QStringLiteral("when")).isEmpty());
    QCOMPARE(index.article(QStringLiteral("marked.md"))->words, 4); // The ferry departed early
    QCOMPARE(index.article(QStringLiteral("marked.md"))->suggestions, 3);
    QCOMPARE(index.article(QStringLiteral("marked.md"))->comments, 1);
    QVERIFY(index.article(QStringLiteral("comments.md"))->underReview());
    QVERIFY(!index.article(QStringLiteral("resolved.md"))->underReview());
    QVERIFY(!index.article(QStringLiteral("clean.md"))->underReview());
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    QCOMPARE(paths(find(index, QStringLiteral("has:suggestions"))), QStringList {QStringLiteral("marked.md")});
    QCOMPARE(sorted(paths(find(index, QStringLiteral("has:comments")))),
             (QStringList {QStringLiteral("comments.md"), QStringLiteral("marked.md")}));
    QCOMPARE(sorted(paths(find(index, QStringLiteral("-has:comments")))),
             (QStringList {QStringLiteral("clean.md"), QStringLiteral("resolved.md")}));
    QCOMPARE(sorted(paths(find(index, QStringLiteral("reviewer:brooks")))),
             (QStringList {QStringLiteral("comments.md"), QStringLiteral("marked.md")}));
    QCOMPARE(sorted(paths(find(index, QStringLiteral("reviewer:\"ed brooks\"")))),
             (QStringList {QStringLiteral("comments.md"), QStringLiteral("marked.md")}));
    QCOMPARE(paths(find(index, QStringLiteral("reviewer:zoë"))), QStringList {QStringLiteral("marked.md")});
    QVERIFY(find(index, QStringLiteral("reviewer:br")).isEmpty()); // whole words of a name
    QVERIFY(find(index, QStringLiteral("reviewer:%")).isEmpty());
    QCOMPARE(sorted(paths(find(index, QStringLiteral("reviewer:maya -has:comments")))),
             QStringList {QStringLiteral("resolved.md")});
}

void IndexSearchTest::wordOnEveryLine_isFoundWithinBudgetAndMarked()
{
    // 40,000 matches in one article: FTS5's snippet() scores each against all the others (over
    // thirty seconds), so such rows get SnippetFunction's.
    QTemporaryDir library;
    write(library.path(), QStringLiteral("long.md"),
          "---\ntitle: Walls\n---\n\nA harbour wall and a sea wall.\n\n"
              + QByteArray("harbour wall\n").repeated(40000));
    LibraryIndex index(library.path(), m_cache.filePath(QStringLiteral("repeated.sqlite")));
    QVERIFY(index.open());
    QCOMPARE(index.update().indexed, 1);
    for (const QString &text :
         {QStringLiteral("harbour"), QStringLiteral("\"harbour wall\""), QStringLiteral("harbour sort:date")}) {
        QElapsedTimer timer;
        timer.start();
        const QList<SearchHit> hits = find(index, text);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(text + u": " + QString::number(timer.elapsed()) + u" ms"));
        QCOMPARE(paths(hits), QStringList {QStringLiteral("long.md")});
        QVERIFY2(hits.at(0).snippet.startsWith(QLatin1String("A <mark>harbour</mark>")),
                 qPrintable(hits.at(0).snippet));
        QVERIFY2(hits.at(0).snippet.endsWith(QStringLiteral("…")), qPrintable(hits.at(0).snippet));
        QCOMPARE(hits.at(0).firstMatch, QStringLiteral("harbour"));
    }
    const QString phrase = find(index, QStringLiteral("\"harbour wall\"")).value(0).snippet;
    QVERIFY2(phrase.startsWith(QLatin1String("A <mark>harbour</mark> <mark>wall</mark> and a sea wall")),
             qPrintable(phrase));
}

void IndexSearchTest::damageFoundBySearch_rebuildsOnTheNextUpdate_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("ranked") << QStringLiteral("harbour");
    QTest::newRow("by date") << QStringLiteral("harbour sort:date");
    QTest::newRow("newest") << QStringLiteral("status:draft");
}

void IndexSearchTest::damageFoundBySearch_rebuildsOnTheNextUpdate()
{
    QFETCH(QString, query);
    QTemporaryDir library;
    writeColumns(library.path(), 300);
    const QString database = m_cache.filePath(QStringLiteral("damaged-later-%1.sqlite").arg(QTest::currentDataTag()));
    {
        LibraryIndex index(library.path(), database);
        QVERIFY(index.open());
        QCOMPARE(index.update().indexed, 300);
    }
    LibraryIndex index(library.path(), database);
    QString error;
    QVERIFY2(index.open(&error), qPrintable(error));
    QVERIFY(!index.needsRebuild());
    damageAfterSchema(database); // while open
    QVERIFY(find(index, query).isEmpty());
    QVERIFY(index.needsRebuild());
    const IndexReport report = index.update();
    QVERIFY(report.rebuilt);
    QCOMPARE(find(index, query, 500).size(), 300);
}

QTEST_GUILESS_MAIN(IndexSearchTest)
#include "indexsearch_test.moc"
