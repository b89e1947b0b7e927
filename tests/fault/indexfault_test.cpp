#include "cli/bylineprocess.h"
#include "fulldisk.h"
#include "ui/generatedlibrary.h"
#include "ui/librarydesk.h"

#include <library/libraryindex.h>

#include <QApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

// A fingerprint of every file under `folder`: indexing must never change the library itself.
QByteArray fingerprint(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QStringList files;
    for (QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        files.append(it.next());
    files.sort();
    for (const QString &file : std::as_const(files)) {
        hash.addData(file.toUtf8());
        hash.addData(readAll(file));
    }
    return hash.result();
}

// Ways an index database is found damaged while the window has it open, as a failing disk or
// another program leaves it.
enum class Damage { GarbageAfterSchema, GarbageAllOver, Truncated };

// Damages the database and its write-ahead log, where the newest pages are, as they are on disk.
void damage(const QString &database, Damage how)
{
    constexpr qint64 pageSize = 4096; // SQLite's: the main file's first page holds the schema
    for (const QString &path : QStringList {database, database + QLatin1String("-wal")}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || file.size() == 0)
            continue;
        const qint64 size = file.size();
        switch (how) {
        case Damage::GarbageAfterSchema:
            if (size > pageSize && file.seek(pageSize))
                file.write(QByteArray(int(size - pageSize), '\x5a'));
            break;
        case Damage::GarbageAllOver:
            file.write(QByteArray(int(size), '\x5a'));
            break;
        case Damage::Truncated:
            file.resize(size / 3);
            break;
        }
    }
}

} // namespace

Q_DECLARE_METATYPE(Damage)

// The library's index database (SQLite, which does not write through AtomicFile) under real
// faults: damaged while the window has it open, replaced by a folder, on a full or read-only
// disk. The index is rebuilt or the failure named; the library's files and the open article's
// unsaved text are never touched.
class IndexFaultTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void damagedWhileOpen_isRebuiltWithANotice_data();
    void damagedWhileOpen_isRebuiltWithANotice();
    void replacedByAFolder_isNamedAndNothingIsLost();
    void commandLine_fullCacheDisk_failsAndRecovers();
    void commandLine_readOnlyCacheDisk_isNamed();
    void window_fullCacheDisk_isNamedAndTheArticleStillSaves();

private:
    QString article() const { return m_library->filePath(generatedName(7)); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_library;
};

void IndexFaultTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-indexfault-test"));
}

void IndexFaultTest::init()
{
    m_library = std::make_unique<QTemporaryDir>();
    writeGeneratedLibrary(m_library->path());
}

void IndexFaultTest::damagedWhileOpen_isRebuiltWithANotice_data()
{
    QTest::addColumn<Damage>("how");
    QTest::newRow("garbage after the schema") << Damage::GarbageAfterSchema;
    QTest::newRow("garbage all over") << Damage::GarbageAllOver;
    QTest::newRow("truncated") << Damage::Truncated;
}

void IndexFaultTest::damagedWhileOpen_isRebuiltWithANotice()
{
    QFETCH(Damage, how);
    const QByteArray before = fingerprint(m_library->path());
    {
        LibraryDesk earlier; // the index as an earlier session left it
        earlier.openLibrary(m_library->path());
    }
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    QVERIFY(desk.open(article()));
    const QString typed = QStringLiteral(" Typed while the index broke.");
    desk.typeAtEnd(typed);
    const QString database = Core::LibraryIndex::defaultDatabasePath(m_library->path());

    damage(database, how);
    QSignalSpy searched(&desk.library, &LibraryService::searched);
    QSignalSpy updated(&desk.library, &LibraryService::updated);
    desk.library.search(QStringLiteral("lighthouse"), 50);
    QVERIFY(searched.wait(indexTimeoutMs));
    // The search that met the damage has the index rebuilt, and the user is told.
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), indexTimeoutMs);
    QVERIFY(updated.constLast().constFirst().value<Core::IndexReport>().rebuilt);
    QTRY_VERIFY2(desk.panel->stateText().contains(QLatin1String("The search index was built anew")),
                 qPrintable(desk.panel->stateText()));

    // Nothing lost: the rebuilt index finds what it found before; the files and the text are as they were.
    searched.clear();
    desk.library.search(QStringLiteral("lighthouse"), 50);
    QVERIFY(searched.wait(indexTimeoutMs));
    const auto hits = searched.constLast().at(1).value<QList<Core::SearchHit>>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(desk.library.absolute(hits.constFirst().article.path), article());
    QVERIFY(desk.session.text().endsWith(typed));
    QVERIFY(desk.session.isModified());
    QCOMPARE(fingerprint(m_library->path()), before);
    desk.session.discardChanges();
}

void IndexFaultTest::replacedByAFolder_isNamedAndNothingIsLost()
{
    const QByteArray before = fingerprint(m_library->path());
    // A folder where the database file belongs, for the window and for the command line.
    const QString database = Core::LibraryIndex::defaultDatabasePath(m_library->path());
    QVERIFY(QDir().mkpath(database));
    const QTemporaryDir cache;
    const QString cliDatabase
        = QDir(cache.path()).filePath(QStringLiteral("Byline/Byline/libraries/") + QFileInfo(database).fileName());
    QVERIFY(QDir().mkpath(cliDatabase));

    const Run run = byline({QStringLiteral("index"), QStringLiteral("--library"), m_library->path()}, {},
                           {{QStringLiteral("XDG_CACHE_HOME"), cache.path()}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(cliDatabase), qPrintable(run.err));
    QVERIFY(QFileInfo(cliDatabase).isDir());
    QCOMPARE(fingerprint(m_library->path()), before);

    LibraryDesk desk;
    QSignalSpy failed(&desk.library, &LibraryService::failed);
    desk.controller.openFolder(m_library->path());
    QVERIFY(failed.wait(indexTimeoutMs));
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(database), qPrintable(message));
    QTRY_VERIFY(desk.panel->stateText().contains(database));
    QVERIFY(desk.open(article())); // the articles still open and save
    desk.typeAtEnd(QStringLiteral(" Saved without an index."));
    QVERIFY(finished([&](auto done) { desk.document.save(done); }));
    QVERIFY(readAll(article()).endsWith(" Saved without an index."));
    QVERIFY(QFileInfo(database).isDir()); // a folder Byline did not make is not deleted
    QDir(database).removeRecursively();
}

void IndexFaultTest::commandLine_fullCacheDisk_failsAndRecovers()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QByteArray before = fingerprint(m_library->path());
    const QList<std::pair<QString, QString>> cache {{QStringLiteral("XDG_CACHE_HOME"), disk.path()}};
    disk.fill();

    const Run full = byline({QStringLiteral("index"), QStringLiteral("--library"), m_library->path()}, {}, cache);
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(QLatin1String("full")), qPrintable(full.err));
    QCOMPARE(fingerprint(m_library->path()), before);

    disk.makeRoom();
    const Run room = byline({QStringLiteral("index"), QStringLiteral("--library"), m_library->path()}, {}, cache);
    QVERIFY2(room.exitCode == 0, qPrintable(room.err));
    const Run found = byline(
        {QStringLiteral("search"), QStringLiteral("--library"), m_library->path(), QStringLiteral("lighthouse")}, {},
        cache);
    QCOMPARE(found.exitCode, 0);
    QVERIFY(found.out.contains("column-07.md"));
    QCOMPARE(fingerprint(m_library->path()), before);
}

void IndexFaultTest::commandLine_readOnlyCacheDisk_isNamed()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    if (!disk.makeReadOnly())
        QSKIP("remounting the tmpfs read-only is not allowed here");
    const Run run = byline({QStringLiteral("index"), QStringLiteral("--library"), m_library->path()}, {},
                           {{QStringLiteral("XDG_CACHE_HOME"), disk.path()}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(disk.path()), qPrintable(run.err));
}

void IndexFaultTest::window_fullCacheDisk_isNamedAndTheArticleStillSaves()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString database = disk.filePath(QStringLiteral("index.sqlite"));
    disk.fill();
    LibraryDesk desk;
    QSignalSpy failed(&desk.library, &LibraryService::failed);
    QSignalSpy updated(&desk.library, &LibraryService::updated);
    desk.library.setFolder(m_library->path(), database);
    QVERIFY(failed.wait(indexTimeoutMs) || !updated.isEmpty());
    QVERIFY(desk.open(article()));
    desk.typeAtEnd(QStringLiteral(" Saved while the index could not be."));
    QVERIFY(finished([&](auto done) { desk.document.save(done); }));
    QVERIFY(readAll(article()).endsWith(" Saved while the index could not be."));
    QVERIFY2(!failed.isEmpty() && failed.constFirst().constFirst().toString().contains(database),
             qPrintable(failed.isEmpty() ? QStringLiteral("no failure") : failed.constFirst().constFirst().toString()));
}

BYLINE_FULL_DISK_TEST_MAIN(QApplication, IndexFaultTest)

#include "indexfault_test.moc"
