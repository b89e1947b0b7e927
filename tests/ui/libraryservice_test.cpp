#include "generatedlibrary.h"
#include "testfiles.h"

#include <library/libraryworker.h>
#include <ui/library/libraryservice.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Byline::WidgetUi;
using Byline::Core::ArticleSummary;
using Byline::Core::IndexReport;
using Byline::Core::SearchHit;

// The library as a service, without its sidebar: the folder it announces, lists and indexes on
// the index's thread, searches answered by number, and the folder's watcher picking up what other
// programs write. The sidebar that shows it, in librarypanel_test.
class LibraryServiceTest final
    : public QObject
    , private TestLibraryFolders
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void service_setFolder_announcesTheFolderListsAndIndexes();
    void service_search_answersWithItsNumberAndTheHits();
    void service_refreshFiles_readsAChangedFileAtOnce();
    void service_watcher_picksUpAFileAnotherProgramAdds();
    void service_watcher_picksUpAFileAddedToANewFolderLater();
    void service_watcher_picksUpAFileChangedInPlace();
};

void LibraryServiceTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void LibraryServiceTest::init()
{
    newLibrary();
}

void LibraryServiceTest::service_setFolder_announcesTheFolderListsAndIndexes()
{
    writeGeneratedLibrary(m_library->path());
    LibraryService service;
    QVERIFY(service.folder().isEmpty());
    QSignalSpy folderChanged(&service, &LibraryService::folderChanged);
    QSignalSpy listed(&service, &LibraryService::listed);
    QSignalSpy updated(&service, &LibraryService::updated);
    QSignalSpy failed(&service, &LibraryService::failed);
    // A relative path becomes the absolute folder.
    const QString relative = QDir::current().relativeFilePath(m_library->path());
    service.setFolder(relative, database(QStringLiteral("service")));
    QCOMPARE(folderChanged.size(), 1); // at once, before anything is read
    QCOMPARE(folderChanged.constFirst().constFirst().toString(), m_library->path());
    QCOMPARE(service.folder(), m_library->path());
    QVERIFY(!service.isIndexed());
    QVERIFY(listed.isEmpty()); // listing runs on the index's thread

    QVERIFY(updated.wait(indexTimeoutMs));
    QVERIFY(service.isIndexed());
    QVERIFY(failed.isEmpty());
    const auto report = updated.constFirst().constFirst().value<IndexReport>();
    QCOMPARE(report.indexed, generatedCount);
    QVERIFY(report.failed.isEmpty());
    // A new index lists the files by name first, then with what they say about themselves.
    QVERIFY(listed.size() >= 2);
    const auto byName = listed.constFirst().at(0).value<QList<ArticleSummary>>();
    QCOMPARE(byName.size(), generatedCount);
    const auto articles = listed.constLast().at(0).value<QList<ArticleSummary>>();
    QCOMPARE(articles.size(), generatedCount);
    QCOMPARE(listed.constLast().at(1).toStringList(), (QStringList {QString(), QStringLiteral("archive")}));
    QCOMPARE(service.articles().size(), generatedCount);
    QCOMPARE(service.folders(), (QStringList {QString(), QStringLiteral("archive")}));
    const auto seventh = std::find_if(articles.cbegin(), articles.cend(),
                                      [](const ArticleSummary &a) { return a.path == QLatin1String("column-07.md"); });
    QVERIFY(seventh != articles.cend());
    QCOMPARE(seventh->title, QStringLiteral("Column 07"));
    QCOMPARE(seventh->author, QStringLiteral("Ben Ross"));
    QCOMPARE(service.statusOf(m_library->filePath(QStringLiteral("column-07.md"))), QStringLiteral("review"));
    QCOMPARE(service.statusOf(m_library->filePath(QStringLiteral("archive/column-30.md"))), QStringLiteral("draft"));
    QCOMPARE(service.statusOf(m_library->filePath(QStringLiteral("missing.md"))), QString());
    QCOMPARE(service.absolute(QStringLiteral("archive/column-10.md")),
             m_library->filePath(QStringLiteral("archive/column-10.md")));

    // Another library: announced, and nothing of the first is kept.
    QTemporaryDir other;
    write(other.filePath(QStringLiteral("only.md")), "# Only\n\nOne article.\n");
    listed.clear();
    service.setFolder(other.path(), database(QStringLiteral("service-other")));
    QCOMPARE(folderChanged.size(), 2);
    QCOMPARE(folderChanged.constLast().constFirst().toString(), other.path());
    QVERIFY(service.articles().isEmpty());
    QVERIFY(service.folders().isEmpty());
    QVERIFY(service.statusOf(m_library->filePath(QStringLiteral("column-07.md"))).isEmpty());
    QVERIFY(!service.isIndexed());
    QTRY_VERIFY_WITH_TIMEOUT(service.isIndexed(), indexTimeoutMs);
    QCOMPARE(service.articles().size(), 1);
    QCOMPARE(service.articles().constFirst().path, QStringLiteral("only.md"));
}

void LibraryServiceTest::service_search_answersWithItsNumberAndTheHits()
{
    LibraryService service;
    openGenerated(service);
    QSignalSpy searched(&service, &LibraryService::searched);
    const quint64 harbour = service.search(QStringLiteral("harbour"), 50);
    QVERIFY(searched.isEmpty()); // the search runs on the index's thread
    QVERIFY(searched.wait());
    QCOMPARE(searched.constFirst().at(0).value<quint64>(), harbour);
    const auto hits = searched.constFirst().at(1).value<QList<SearchHit>>();
    QStringList found;
    for (const SearchHit &hit : hits) {
        found.append(hit.article.path);
        QVERIFY2(hit.snippet.contains(QLatin1String("<mark>")), qPrintable(hit.snippet));
        QCOMPARE(hit.firstMatch.toLower(), QStringLiteral("harbour"));
    }
    found.sort();
    QCOMPARE(
        found,
        (QStringList {QStringLiteral("column-03.md"), QStringLiteral("column-14.md"), QStringLiteral("column-25.md")}));
    QVERIFY(searched.constFirst().at(2).toStringList().isEmpty());

    // Filters, and a limit; each search carries a number of its own.
    searched.clear();
    const quint64 drafts = service.search(QStringLiteral("paper status:draft author:\"Ann Lee\""), 5);
    QVERIFY(drafts > harbour);
    QVERIFY(searched.wait());
    QCOMPARE(searched.constFirst().at(0).value<quint64>(), drafts);
    const auto limited = searched.constFirst().at(1).value<QList<SearchHit>>();
    QCOMPARE(limited.size(), 5);
    for (const SearchHit &hit : limited) {
        QCOMPARE(hit.article.status, QStringLiteral("draft"));
        QCOMPARE(hit.article.author, QStringLiteral("Ann Lee"));
    }

    searched.clear();
    service.search(QStringLiteral("submarine"), 50);
    QVERIFY(searched.wait());
    QVERIFY(searched.constFirst().at(1).value<QList<SearchHit>>().isEmpty());
}

void LibraryServiceTest::service_refreshFiles_readsAChangedFileAtOnce()
{
    LibraryService service;
    openGenerated(service);
    const QString seventh = m_library->filePath(QStringLiteral("column-07.md"));
    QCOMPARE(service.statusOf(seventh), QStringLiteral("review"));
    QSignalSpy listed(&service, &LibraryService::listed);
    QSignalSpy updated(&service, &LibraryService::updated);
    write(seventh, "---\ntitle: Column 07, rewritten\nstatus: published\n---\n\nThe lighthouse went dark.\n");
    service.refreshFiles({seventh});
    QVERIFY(updated.wait());
    const auto report = updated.constFirst().constFirst().value<IndexReport>();
    QCOMPARE(report.updated, 1);
    QVERIFY(!listed.isEmpty()); // listed again, with what changed
    QCOMPARE(service.statusOf(seventh), QStringLiteral("published"));
    QCOMPARE(service.articles().size(), generatedCount);

    QSignalSpy searched(&service, &LibraryService::searched);
    service.search(QStringLiteral("lighthouse"), 50);
    QVERIFY(searched.wait());
    const auto hits = searched.constFirst().at(1).value<QList<SearchHit>>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().article.title, QStringLiteral("Column 07, rewritten"));

    // A file gone is gone from the list (the folder's watch may report it too).
    updated.clear();
    QVERIFY(QFile::remove(seventh));
    service.refreshFiles({seventh});
    QTRY_VERIFY(std::any_of(updated.cbegin(), updated.cend(), [](const QList<QVariant> &signal) {
        return signal.constFirst().value<IndexReport>().removed == 1;
    }));
    QCOMPARE(service.articles().size(), generatedCount - 1);
    QCOMPARE(service.statusOf(seventh), QString());
}

void LibraryServiceTest::service_watcher_picksUpAFileAnotherProgramAdds()
{
    LibraryService service;
    openGenerated(service);
    QSignalSpy listed(&service, &LibraryService::listed);
    // Written by another program: Byline is not told, the folder's watcher sees it.
    const QString added = m_library->filePath(QStringLiteral("archive/visitor.md"));
    write(added, "---\ntitle: A Visitor\nstatus: approved\n---\n\nThe submarine surfaced.\n");
    QTRY_COMPARE_WITH_TIMEOUT(service.articles().size(), generatedCount + 1, 10000);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(service.statusOf(added), QStringLiteral("approved"));
    QVERIFY(service.isIndexed());

    QSignalSpy searched(&service, &LibraryService::searched);
    service.search(QStringLiteral("submarine"), 50);
    QVERIFY(searched.wait());
    const auto hits = searched.constFirst().at(1).value<QList<SearchHit>>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().article.path, QStringLiteral("archive/visitor.md"));
}

void LibraryServiceTest::service_watcher_picksUpAFileAddedToANewFolderLater()
{
    LibraryService service;
    openGenerated(service);
    QSignalSpy updated(&service, &LibraryService::updated);
    // A folder made by the file manager, empty: the index has nothing to list in it.
    QVERIFY(QDir(m_library->path()).mkdir(QStringLiteral("drafts")));
    QVERIFY(updated.wait(10000));
    QCOMPARE(service.articles().size(), generatedCount);
    // An article saved into it by another program afterwards.
    const QString added = m_library->filePath(QStringLiteral("drafts/later.md"));
    write(added, "---\ntitle: Later\nstatus: draft\n---\n\nWritten elsewhere.\n");
    QTRY_COMPARE_WITH_TIMEOUT(service.articles().size(), generatedCount + 1, 10000);
    QCOMPARE(service.statusOf(added), QStringLiteral("draft"));
    QVERIFY(service.folders().contains(QStringLiteral("drafts")));
}

void LibraryServiceTest::service_watcher_picksUpAFileChangedInPlace()
{
    LibraryService service;
    openGenerated(service);
    const QString seventh = m_library->filePath(QStringLiteral("column-07.md"));
    // Rewritten where it is (not saved by renaming), as some editors and scripts do.
    write(seventh, "---\ntitle: Column 07\nstatus: published\n---\n\nChanged in place.\n");
    QTRY_COMPARE_WITH_TIMEOUT(service.statusOf(seventh), QStringLiteral("published"), 10000);
}

QTEST_MAIN(LibraryServiceTest)
#include "libraryservice_test.moc"
