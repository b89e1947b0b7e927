// The revision store on a real full or read-only disk, and `byline restore` under each fault of
// AtomicFile's plan. Keeping a revision never fails the save it follows: the article is written,
// the failure is said once (until a revision is kept again) with what to do, the store stays
// whole, and with room again revisions are kept as before. A restore that cannot keep the text it
// replaces, or cannot write the article, changes nothing.
#include "cli/bylineprocess.h"
#include "faultplan.h"
#include "fulldisk.h"
#include "ui/testfiles.h"

#include <article/articlefile.h>

#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <history/revisionstore.h>

using namespace Byline::Core;
using Status = RevisionStore::KeepResult::Status;

namespace {

const QByteArray draft = "---\ntitle: The Harbour at Dawn\n---\n\nGulls over the harbour wall at dawn.\n";

RevisionStore::KeepRequest saveOf(const QString &path, const QString &text)
{
    return {path, text, Revision::Reason::Save, QStringLiteral("Maya Okafor"), {}, {}, -1};
}

} // namespace

class HistoryFaultTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullDisk_theSaveGoesOnAndItIsSaidOnce();
    void fullDisk_beforeTheStoreExists();
    void readOnlyDisk_theSaveGoesOn();
    void commandLine_keepOnAFullDisk_exitsOne();
    void commandLine_restoreOnAFullHistoryDisk_changesNothing();
    void commandLine_restore_underEachFault_data();
    void commandLine_restore_underEachFault();

private:
    QTemporaryDir m_home;
};

void HistoryFaultTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-historyfault-test"));
}

void HistoryFaultTest::fullDisk_theSaveGoesOnAndItIsSaidOnce()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QTemporaryDir library;
    const QString article = library.filePath(QStringLiteral("column.md"));
    QString text = QString::fromUtf8(draft);
    // The window's store, open since before the disk filled up.
    auto store = std::make_unique<RevisionStore>(disk.path(), RevisionPolicy());
    QCOMPARE(store->keep(saveOf(article, text)).status, Status::Kept);
    disk.fill();
    // What the window does: save, then keep a revision of what was saved.
    for (int save = 1; save <= 3; ++save) {
        text += QStringLiteral("A line written at save %1.\n").arg(save);
        QVERIFY(ArticleFile::save(article, text).ok);
        const RevisionStore::KeepResult kept = store->keep(saveOf(article, text));
        QCOMPARE(kept.status, Status::Failed);
        QCOMPARE(kept.failure, WriteFailure::DiskFull);
        QCOMPARE(kept.reason, QStringLiteral("the disk is full"));
        QCOMPARE(kept.report, save == 1); // said once, not at every save
        QVERIFY2(kept.message.contains(QStringLiteral("column.md")) && kept.message.contains(disk.path())
                     && kept.message.contains(QStringLiteral("The article itself was saved"))
                     && saysWhatToDo(kept.message),
                 qPrintable(kept.message));
        QCOMPARE(readAll(article), text.toUtf8());
    }
    // The store is whole, and still read on the full disk: a full disk is not damage.
    QCOMPARE(store->revisions(article).size(), 1);
    QVERIFY(QDir(disk.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).isEmpty());
    QString error;
    QCOMPARE(store->text(article, store->revisions(article).constFirst().id, &error),
             std::optional(QString::fromUtf8(draft)));

    disk.makeRoom();
    QCOMPARE(store->keep(saveOf(article, text)).status, Status::Kept);
    QCOMPARE(store->revisions(article).size(), 2);
    // Full again, for a store opened on the full disk (the last one closed: its log folded into
    // the file and removed): said again, and read as it is.
    store = std::make_unique<RevisionStore>(disk.path(), RevisionPolicy());
    disk.fill();
    text += QStringLiteral("And once more.\n");
    const RevisionStore::KeepResult full = store->keep(saveOf(article, text));
    QCOMPARE(full.status, Status::Failed);
    QCOMPARE(full.failure, WriteFailure::DiskFull);
    QVERIFY(full.report);
    QCOMPARE(store->revisions(article).size(), 2);
}

void HistoryFaultTest::fullDisk_beforeTheStoreExists()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    disk.fill();
    const QTemporaryDir library;
    const QString article = library.filePath(QStringLiteral("column.md"));
    RevisionStore store(disk.filePath(QStringLiteral("history")), RevisionPolicy());
    const RevisionStore::KeepResult kept = store.keep(saveOf(article, QString::fromUtf8(draft)));
    QCOMPARE(kept.status, Status::Failed);
    QVERIFY2(kept.reason.contains(QStringLiteral("full")), qPrintable(kept.reason));
    QVERIFY(store.revisions(article).isEmpty());
    disk.makeRoom();
    QCOMPARE(store.keep(saveOf(article, QString::fromUtf8(draft))).status, Status::Kept);
    QCOMPARE(store.revisions(article).size(), 1);
    QVERIFY(QDir(disk.filePath(QStringLiteral("history")))
                .entryList({QStringLiteral("*.damaged-*")}, QDir::Files)
                .isEmpty()); // a full disk is not damage
}

void HistoryFaultTest::readOnlyDisk_theSaveGoesOn()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QTemporaryDir library;
    const QString article = library.filePath(QStringLiteral("column.md"));
    {
        RevisionStore store(disk.path(), RevisionPolicy());
        QCOMPARE(store.keep(saveOf(article, QString::fromUtf8(draft))).status, Status::Kept);
    }
    if (!disk.makeReadOnly())
        QSKIP("remounting the tmpfs read-only is not allowed here");
    RevisionStore store(disk.path(), RevisionPolicy());
    const QString text = QString::fromUtf8(draft) + QStringLiteral("More.\n");
    QVERIFY(ArticleFile::save(article, text).ok);
    const RevisionStore::KeepResult kept = store.keep(saveOf(article, text));
    QCOMPARE(kept.status, Status::Failed);
    QCOMPARE(kept.failure, WriteFailure::ReadOnlyFileSystem);
    QVERIFY2(kept.message.contains(QStringLiteral("column.md")) && kept.message.contains(QStringLiteral("read-only")),
             qPrintable(kept.message));
    QCOMPARE(readAll(article), text.toUtf8());
    // The history is still there to read and restore from.
    const QList<Revision> revisions = store.revisions(article);
    QCOMPARE(revisions.size(), 1);
    QString error;
    QCOMPARE(store.text(article, revisions.constFirst().id, &error), std::optional(QString::fromUtf8(draft)));
}

void HistoryFaultTest::commandLine_keepOnAFullDisk_exitsOne()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QTemporaryDir library;
    const QString article = writeFile(library.filePath(QStringLiteral("column.md")), draft);
    const QList<std::pair<QString, QString>> data {{QStringLiteral("XDG_DATA_HOME"), disk.path()}};
    disk.fill();
    const Run full = byline({QStringLiteral("history"), article, QStringLiteral("--keep")}, {}, data);
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(article) && full.err.contains(QStringLiteral("the disk is full"))
                 && full.err.contains(QStringLiteral("free some space")),
             qPrintable(full.err));
    QCOMPARE(readAll(article), draft);
    disk.makeRoom();
    const Run room = byline({QStringLiteral("history"), article, QStringLiteral("--keep")}, {}, data);
    QCOMPARE(room.exitCode, 0);
    QVERIFY(room.out.contains("kept revision"));
}

void HistoryFaultTest::commandLine_restoreOnAFullHistoryDisk_changesNothing()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QTemporaryDir library;
    const QString article = writeFile(library.filePath(QStringLiteral("column.md")), draft);
    const QList<std::pair<QString, QString>> data {{QStringLiteral("XDG_DATA_HOME"), disk.path()}};
    QCOMPARE(byline({QStringLiteral("history"), article, QStringLiteral("--keep")}, {}, data).exitCode, 0);
    const QByteArray later = draft + "A paragraph never kept as a revision.\n";
    write(article, later);
    disk.fill();
    // The text it would replace cannot be kept, so it is not replaced.
    const Run run = byline({QStringLiteral("restore"), article, QStringLiteral("-r"), QStringLiteral("-1")}, {}, data);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(article + QStringLiteral(": not restored: "))
                 && run.err.contains(QStringLiteral("the disk is full")) && saysWhatToDo(run.err),
             qPrintable(run.err));
    QCOMPARE(readAll(article), later);
}

void HistoryFaultTest::commandLine_restore_underEachFault_data()
{
    QTest::addColumn<QString>("fault"); // as BYLINE_WRITE_FAULTS spells it
    QTest::addColumn<QString>("reason");
    const QString ioError = QString::fromLocal8Bit(std::strerror(EIO));
    QTest::newRow("open, disk full") << QStringLiteral("open:ENOSPC") << QStringLiteral("the disk is full");
    QTest::newRow("open, permission") << QStringLiteral("open:EACCES") << QStringLiteral("permission denied");
    QTest::newRow("write, disk full") << QStringLiteral("write:ENOSPC") << QStringLiteral("the disk is full");
    QTest::newRow("write, I/O error") << QStringLiteral("write:EIO") << ioError;
    QTest::newRow("flush, disk full") << QStringLiteral("flush:ENOSPC") << QStringLiteral("the disk is full");
    QTest::newRow("commit, read-only") << QStringLiteral("commit:EROFS") << QStringLiteral("the disk is read-only");
    QTest::newRow("commit, I/O error") << QStringLiteral("commit:EIO") << ioError;
}

void HistoryFaultTest::commandLine_restore_underEachFault()
{
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    const QTemporaryDir home;
    const QTemporaryDir library;
    const QString article = writeFile(library.filePath(QStringLiteral("column.md")), draft);
    const QList<std::pair<QString, QString>> data {{QStringLiteral("XDG_DATA_HOME"), home.path()}};
    QCOMPARE(byline({QStringLiteral("history"), article, QStringLiteral("--keep")}, {}, data).exitCode, 0);
    const QByteArray later = draft + "Another paragraph.\n";
    write(article, later);
    const Run run
        = byline({QStringLiteral("restore"), article, QStringLiteral("-r"), QStringLiteral("-1")}, {},
                 {data.constFirst(), {QStringLiteral("BYLINE_WRITE_FAULTS"), fault + QStringLiteral(":column.md")}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(article) && run.err.contains(reason) && saysWhatToDo(run.err), qPrintable(run.err));
    QCOMPARE(readAll(article), later);
    QCOMPARE(filesIn(library.path()), QStringList {QStringLiteral("column.md")});
}

BYLINE_FULL_DISK_TEST_MAIN(QCoreApplication, HistoryFaultTest)
#include "historyfault_test.moc"
