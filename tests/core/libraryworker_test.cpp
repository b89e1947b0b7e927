// LibraryWorker, called directly (its slots are what a queued call runs): opening, and a search
// that finds the database damaged.
#include "testlibrary.h"

#include <library/libraryworker.h>

#include <QSignalSpy>
#include <QStandardPaths>

class LibraryWorkerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void open_listsAndUpdates();
    void searchFindingDamage_rebuildsAtOnce();

private:
    QTemporaryDir m_cache;
};

void LibraryWorkerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void LibraryWorkerTest::open_listsAndUpdates()
{
    QTemporaryDir library;
    writeColumns(library.path(), 12);
    LibraryWorker worker;
    QSignalSpy listed(&worker, &LibraryWorker::listed);
    QSignalSpy updated(&worker, &LibraryWorker::updated);
    worker.open(library.path(), m_cache.filePath(QStringLiteral("open.sqlite")));
    // A new index lists the files by name first, then what it read.
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.constLast().at(1).value<QList<ArticleSummary>>().size(), 12);
    QCOMPARE(listed.constLast().at(1).value<QList<ArticleSummary>>().constFirst().status, QStringLiteral("draft"));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.constFirst().at(1).value<IndexReport>().indexed, 12);
}

void LibraryWorkerTest::searchFindingDamage_rebuildsAtOnce()
{
    QTemporaryDir library;
    writeColumns(library.path(), 300);
    const QString database = m_cache.filePath(QStringLiteral("damaged.sqlite"));
    {
        LibraryIndex index(library.path(), database);
        QVERIFY(index.open());
        QCOMPARE(index.update().indexed, 300);
    } // closed: every page is in the database file, none in its log
    LibraryWorker worker;
    QSignalSpy updated(&worker, &LibraryWorker::updated);
    QSignalSpy searched(&worker, &LibraryWorker::searched);
    worker.open(library.path(), database);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.constFirst().at(1).value<IndexReport>().unchanged, 300);
    damageAfterSchema(database);
    QVERIFY(!QTest::currentTestFailed());

    worker.announceSearch(1);
    worker.search(1, QStringLiteral("harbour"), 500);
    QCOMPARE(searched.size(), 1);
    QVERIFY(searched.constFirst().at(1).value<QList<SearchHit>>().isEmpty());
    // Rebuilt without waiting for the folder to change; the panel searches again on this update.
    QCOMPARE(updated.size(), 2);
    const auto report = updated.constLast().at(1).value<IndexReport>();
    QVERIFY(report.rebuilt);
    QCOMPARE(report.indexed, 300);

    worker.announceSearch(2);
    worker.search(2, QStringLiteral("harbour"), 500);
    QCOMPARE(searched.constLast().at(1).value<QList<SearchHit>>().size(), 300);
    QCOMPARE(updated.size(), 2);
}

QTEST_GUILESS_MAIN(LibraryWorkerTest)
#include "libraryworker_test.moc"
