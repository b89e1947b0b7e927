// LibraryIndex: opening, updating from a folder (new, changed, removed, unreadable files), the
// articles it lists, and rebuilding a damaged or outdated database.
#include "hostileinputs.h"
#include "testlibrary.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

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
    void goBlog_stubsAndOddDatesAreListed();
    void goBlog_indexingWritesNothing();
    void fixtures_tomlJekyllAndHidden();
    void unreadableFiles_areListedWithTheirError();
    void hostileMarkdown_isIndexedWithinBudgetAsWritten();
    void incremental_addChangeDelete();
    void incremental_sameBytesNewTime_isNotReread();
    void damagedDatabase_isRebuilt();
    void otherSchemaVersion_isRebuilt();

private:
    QTemporaryDir m_cache;
    std::unique_ptr<LibraryIndex> m_goBlog;
};

void LibraryIndexTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    indexGoBlog(m_cache, m_goBlog);
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

void LibraryIndexTest::hostileMarkdown_isIndexedWithinBudgetAsWritten()
{
    // cmark takes minutes on this one; the index waits as long as a render may, then takes the
    // text as written.
    QTemporaryDir library;
    for (const HostileInputs::Case &hostile : HostileInputs::all()) {
        if (qstrcmp(hostile.name, "quotes then emphasis") == 0)
            write(library.path(), QStringLiteral("hostile.md"), "harbour\n\n" + hostile.markdown.toUtf8());
    }
    write(library.path(), QStringLiteral("column.md"), "# Column\n\nThe harbour wall.\n");
    LibraryIndex index(library.path(), m_cache.filePath(QStringLiteral("hostile.sqlite")));
    QVERIFY(index.open());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(index.update().indexed, 2);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed()) + u" ms"));
    QCOMPARE(paths(find(index, QStringLiteral("harbour"))).size(), 2);
    QVERIFY(index.article(QStringLiteral("hostile.md"))->words > 0);
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

QTEST_GUILESS_MAIN(LibraryIndexTest)
#include "libraryindex_test.moc"
