#include <library/libraryindex.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::Core;

namespace {

const QString goBlog = QStringLiteral(BYLINE_CORPUS_DIR);

void write(const QString &root, const QString &relative, const QByteArray &bytes)
{
    const QString path = QDir(root).filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QStringList paths(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &hit : hits)
        list.append(hit.article.path);
    return list;
}

QList<SearchHit> find(const LibraryIndex &index, const QString &text, int limit = 20)
{
    return index.search(SearchQuery::parse(text), limit);
}

// Name, size, time and content of every file, to show indexing writes nothing.
QByteArray fingerprint(const QString &root)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &path : files) {
        const QFileInfo info(path);
        hash.addData(path.toUtf8());
        hash.addData(
            QByteArray(QByteArray::number(info.size()) + QByteArray::number(info.lastModified().toMSecsSinceEpoch())));
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result();
}

} // namespace

class LibraryIndexTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranking_agreesWithFts5Bm25();
    void goBlog_realQueriesFindTheRightPostsFirst();
    void goBlog_fieldFiltersAndDates();
    void goBlog_stubsAndOddDatesAreListed();
    void goBlog_indexingWritesNothing();
    void hostileQueries_neverFail_data();
    void hostileQueries_neverFail();
    void results_carrySnippetsWithMarks();
    void fixtures_tomlJekyllAndHidden();
    void unreadableFiles_areListedWithTheirError();
    void incremental_addChangeDelete();
    void incremental_sameBytesNewTime_isNotReread();
    void damagedDatabase_isRebuilt();
    void otherSchemaVersion_isRebuilt();
    void ideographs_areFoundByCharacters();

private:
    QTemporaryDir m_cache;
    std::unique_ptr<LibraryIndex> m_goBlog;
};

void LibraryIndexTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFileInfo(goBlog).isDir())
        return;
    m_goBlog = std::make_unique<LibraryIndex>(goBlog, m_cache.filePath(QStringLiteral("go-blog.sqlite")));
    QString error;
    QVERIFY2(m_goBlog->open(&error), qPrintable(error));
    const IndexReport report = m_goBlog->update();
    QCOMPARE(report.indexed, 338); // 337 posts and SOURCE.txt
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(m_goBlog->count(), 338);
}

void LibraryIndexTest::ranking_agreesWithFts5Bm25()
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

void LibraryIndexTest::goBlog_realQueriesFindTheRightPostsFirst()
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
    QVERIFY(without < go);
    QVERIFY(find(*m_goBlog, QStringLiteral("zyxxyqq")).isEmpty());
}

void LibraryIndexTest::goBlog_fieldFiltersAndDates()
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

void LibraryIndexTest::goBlog_stubsAndOddDatesAreListed()
{
    if (!m_goBlog)
        QSKIP("the go-blog corpus is not here");
    const auto stub = m_goBlog->article(QStringLiteral("advanced-go-concurrency-patterns.md"));
    QVERIFY(stub);
    QCOMPARE(stub->redirect, QStringLiteral("/blog/io2013-talk-concurrency"));
    QCOMPARE(stub->words, 0);
    // listed, but never in the way of a search for its words
    QVERIFY(!paths(find(*m_goBlog, QStringLiteral("advanced concurrency"), 400))
                 .contains(QStringLiteral("advanced-go-concurrency-patterns.md")));
    // `by:` lists; the unpadded date 2024-4-09
    const QList<ArticleSummary> all = m_goBlog->articles();
    QCOMPARE(all.size(), 338);
    const auto unpadded = std::find_if(all.cbegin(), all.cend(),
                                       [](const ArticleSummary &a) { return a.date == QLatin1String("2024-04-09"); });
    QVERIFY2(unpadded != all.cend(), "the post dated 2024-4-09 is dated");
    QCOMPARE(m_goBlog->article(QStringLiteral("10years.md"))->author, QStringLiteral("Russ Cox, for the Go team"));
}

void LibraryIndexTest::goBlog_indexingWritesNothing()
{
    if (!m_goBlog)
        QSKIP("the go-blog corpus is not here");
    const QByteArray before = fingerprint(goBlog);
    LibraryIndex fresh(goBlog, m_cache.filePath(QStringLiteral("again.sqlite")));
    QVERIFY(fresh.open());
    QCOMPARE(fresh.update().indexed, 338);
    QCOMPARE(fingerprint(goBlog), before);
}

void LibraryIndexTest::hostileQueries_neverFail_data()
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

void LibraryIndexTest::hostileQueries_neverFail()
{
    QFETCH(QString, text);
    if (!m_goBlog)
        QSKIP("the go-blog corpus is not here");
    // Every query runs as intended: text is matched as words, never as syntax.
    (void)find(*m_goBlog, text);
    QVERIFY(!m_goBlog->needsRebuild());
    QCOMPARE(m_goBlog->count(), 338);
}

void LibraryIndexTest::results_carrySnippetsWithMarks()
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

void LibraryIndexTest::fixtures_tomlJekyllAndHidden()
{
    QTemporaryDir library;
    write(
        library.path(), QStringLiteral("hugo/post.md"),
        "+++\ntitle = \"Tides of the Harbour\"\nauthors = [\"Ann Lee\", \"Bo Chen\"]\ndate = 2019-05-04\n"
        "tags = [\"sea\", \"city\"]\nstatus = \"Review\"\nlang = \"en-GB\"\n+++\n\nThe harbour <b>wakes</b> early.\n");
    write(library.path(), QStringLiteral("_posts/2015-03-17-night-ferry.markdown"),
          "---\nlayout: post\nauthor: Cy Dar\ntags: ferry, night\n---\n\n# The Night Ferry\n\nCrossing at two.\n");
    write(library.path(), QStringLiteral("notes.txt"), "Shopping list\n\nferry tickets, bread\n");
    write(library.path(), QStringLiteral("empty.md"), "---\ntitle:\nauthor:\n---\n");
    write(library.path(), QStringLiteral(".git/ferry.md"), "# Hidden ferry\n");
    write(library.path(), QStringLiteral(".hidden.md"), "# Hidden ferry\n");
    write(library.path(), QStringLiteral("image.png"), "ferry");
    LibraryIndex index(library.path(), m_cache.filePath(QStringLiteral("fixtures.sqlite")));
    QVERIFY(index.open());
    const IndexReport report = index.update();
    QCOMPARE(report.indexed, 4);
    const auto toml = index.article(QStringLiteral("hugo/post.md"));
    QVERIFY(toml);
    QCOMPARE(toml->title, QStringLiteral("Tides of the Harbour"));
    QCOMPARE(toml->author, QStringLiteral("Ann Lee and Bo Chen"));
    QCOMPARE(toml->date, QStringLiteral("2019-05-04"));
    QCOMPARE(toml->status, QStringLiteral("review"));
    QCOMPARE(toml->tags, (QStringList {QStringLiteral("sea"), QStringLiteral("city")}));
    const auto jekyll = index.article(QStringLiteral("_posts/2015-03-17-night-ferry.markdown"));
    QVERIFY(jekyll);
    QCOMPARE(jekyll->title, QStringLiteral("The Night Ferry"));
    QCOMPARE(jekyll->date, QStringLiteral("2015-03-17"));
    QCOMPARE(index.article(QStringLiteral("empty.md"))->title, QStringLiteral("Empty"));
    // hidden files and folders are not part of the library
    QCOMPARE(paths(find(index, QStringLiteral("ferry"))).size(), 2);
    QCOMPARE(find(index, QStringLiteral("ferry")).value(0).article.path,
             QStringLiteral("_posts/2015-03-17-night-ferry.markdown"));
    QCOMPARE(paths(find(index, QStringLiteral("author:\"bo chen\""))), QStringList {QStringLiteral("hugo/post.md")});
    QCOMPARE(paths(find(index, QStringLiteral("status:review lang:en"))), QStringList {QStringLiteral("hugo/post.md")});
    QCOMPARE(paths(find(index, QStringLiteral("tag:sea"))), QStringList {QStringLiteral("hugo/post.md")});
    // markup is not text: the tag name is not a word of the article, the text inside it is
    QVERIFY(find(index, QStringLiteral("b wakes")).isEmpty());
    QCOMPARE(find(index, QStringLiteral("wakes")).size(), 1);
    QCOMPARE(index.folders().size(), 3);
}

void LibraryIndexTest::unreadableFiles_areListedWithTheirError()
{
    QTemporaryDir library;
    write(library.path(), QStringLiteral("good.md"), "# Good\n\nText.\n");
    write(library.path(), QStringLiteral("binary.md"), QByteArray("\x00\x01\x02\x03PNG", 7).repeated(100));
    write(library.path(), QStringLiteral("broken.md"), "---\ntitle: [unclosed\n---\n\nBody words here.\n");
    LibraryIndex index(library.path(), m_cache.filePath(QStringLiteral("failures.sqlite")));
    QVERIFY(index.open());
    const IndexReport report = index.update();
    QCOMPARE(report.failed.size(), 2);
    QCOMPARE(report.failed.at(0).first, QStringLiteral("binary.md"));
    QVERIFY(!report.failed.at(0).second.isEmpty());
    QCOMPARE(report.failed.at(1).first, QStringLiteral("broken.md"));
    // listed, not skipped; the body of a file with broken front matter is still found
    QCOMPARE(index.articles().size(), 3);
    QCOMPARE(paths(find(index, QStringLiteral("body words"))), QStringList {QStringLiteral("broken.md")});
    // reported again on the next update while they are still broken
    QCOMPARE(index.update().failed.size(), 2);
}

void LibraryIndexTest::incremental_addChangeDelete()
{
    QTemporaryDir library;
    for (int i = 0; i < 20; ++i)
        write(library.path(), QStringLiteral("a%1.md").arg(i),
              QStringLiteral("# Post %1\n\nlighthouse keeper\n").arg(i).toUtf8());
    LibraryIndex index(library.path(), m_cache.filePath(QStringLiteral("incremental.sqlite")));
    QVERIFY(index.open());
    QCOMPARE(index.update().indexed, 20);
    IndexReport report = index.update();
    QCOMPARE(report.unchanged, 20);
    QVERIFY(!report.changed());

    write(library.path(), QStringLiteral("sub/new.md"), "# New\n\nsemaphore flags\n");
    write(library.path(), QStringLiteral("a3.md"), "# Post 3\n\nfog horn and more words\n");
    QVERIFY(QFile::remove(QDir(library.path()).filePath(QStringLiteral("a5.md"))));
    report = index.update();
    QCOMPARE(report.indexed, 1);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.removed, 1);
    QCOMPARE(report.unchanged, 18);
    QCOMPARE(paths(find(index, QStringLiteral("semaphore"))), QStringList {QStringLiteral("sub/new.md")});
    QCOMPARE(paths(find(index, QStringLiteral("fog horn"))), QStringList {QStringLiteral("a3.md")});
    QCOMPARE(find(index, QStringLiteral("lighthouse"), 100).size(), 18);
    QVERIFY(!index.article(QStringLiteral("a5.md")));

    // one file at a time, as the watcher does
    write(library.path(), QStringLiteral("a7.md"), "# Post 7\n\nsemaphore too\n");
    report = index.updateFiles({QStringLiteral("a7.md"), QStringLiteral("a8.md")});
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(find(index, QStringLiteral("semaphore")).size(), 2);
    QVERIFY(QFile::remove(QDir(library.path()).filePath(QStringLiteral("a7.md"))));
    QCOMPARE(index.updateFiles({QStringLiteral("a7.md")}).removed, 1);
    QCOMPARE(find(index, QStringLiteral("semaphore")).size(), 1);
}

void LibraryIndexTest::incremental_sameBytesNewTime_isNotReread()
{
    QTemporaryDir library;
    write(library.path(), QStringLiteral("a.md"), "# A\n\nwords\n");
    LibraryIndex index(library.path(), m_cache.filePath(QStringLiteral("touch.sqlite")));
    QVERIFY(index.open());
    QCOMPARE(index.update().indexed, 1);
    QFile file(QDir(library.path()).filePath(QStringLiteral("a.md")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    IndexReport report = index.update();
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 1);
    report = index.update(); // the new time was recorded
    QCOMPARE(report.unchanged, 1);
}

void LibraryIndexTest::damagedDatabase_isRebuilt()
{
    QTemporaryDir library;
    write(library.path(), QStringLiteral("a.md"), "# A\n\nmarmalade\n");
    const QString database = m_cache.filePath(QStringLiteral("damaged.sqlite"));
    {
        LibraryIndex index(library.path(), database);
        QVERIFY(index.open());
        QCOMPARE(index.update().indexed, 1);
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(4096, '\x5a')); // the header and first page are gone
    file.close();
    LibraryIndex index(library.path(), database);
    QString error;
    QVERIFY2(index.open(&error), qPrintable(error));
    const IndexReport report = index.update();
    QVERIFY(report.rebuilt);
    QVERIFY(report.notice.contains(QLatin1String("damaged"))
            || report.notice.contains(QLatin1String("something else")));
    QCOMPARE(report.indexed, 1);
    QCOMPARE(find(index, QStringLiteral("marmalade")).size(), 1);
    // rebuilt once: the next update is quiet
    QVERIFY(!index.update().rebuilt);
}

void LibraryIndexTest::otherSchemaVersion_isRebuilt()
{
    QTemporaryDir library;
    write(library.path(), QStringLiteral("a.md"), "# A\n\nquince\n");
    const QString database = m_cache.filePath(QStringLiteral("version.sqlite"));
    {
        LibraryIndex index(library.path(), database);
        QVERIFY(index.open());
        QCOMPARE(index.update().indexed, 1);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(LibraryIndex::schemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("poke"));
    LibraryIndex index(library.path(), database);
    QVERIFY(index.open());
    const IndexReport report = index.update();
    QVERIFY(report.rebuilt);
    QVERIFY(report.notice.contains(QLatin1String("another version")));
    QCOMPARE(find(index, QStringLiteral("quince")).size(), 1);
}

void LibraryIndexTest::ideographs_areFoundByCharacters()
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

QTEST_GUILESS_MAIN(LibraryIndexTest)
#include "libraryindex_test.moc"
