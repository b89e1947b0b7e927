#include "fulldisk.h"

#include <article/articlefile.h>
#include <safety/atomicfile.h>
#include <safety/recoveryjournal.h>
#include <spell/personaldictionary.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Byline::Core;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Some kilobytes of column, more than any page a full disk still has in its last block.
QByteArray column(const QByteArray &line)
{
    QByteArray text = "---\ntitle: A column\n---\n\n";
    while (text.size() < 12000)
        text += line + '\n';
    return text;
}

// Everything in `folder` but the filler: no temporary file may be left behind.
QStringList leftovers(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.removeAll(QStringLiteral(".filler"));
    return names;
}

} // namespace

// The one safe writer on a real disk that is full or read-only, and under its fault plan: the
// old file stays byte for byte, nothing half-written is left, and the reason is named.
class AtomicFileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void fullDisk_existingFileStaysByteIdentical();
    void fullDisk_newFileIsNotCreated();
    void fullDisk_articleSaveNamesTheFileAndTheDisk();
    void fullDisk_personalDictionaryKeepsItsWords();
    void fullDisk_recoveryJournalKeepsTheLastEntry();
    void readOnlyDisk_isNamed();
    void roomAgain_writesNormally();
    void faultPlan_failsEachStageWithItsError_data();
    void faultPlan_failsEachStageWithItsError();
    void faultPlan_vanishedFolder_isNamedAndLeavesNothing();
    void faultPlan_appliesToMatchingPathsAndCounts();
    void faultPlan_fromText();
    void move_neverReplacesAFile();
    void move_acrossFileSystems_copiesWholeThenRemoves();
    void move_acrossFileSystemsOntoAFullDisk_leavesTheOriginal();
};

void AtomicFileTest::cleanup()
{
    AtomicFile::setFaults({});
}

void AtomicFileTest::fullDisk_existingFileStaysByteIdentical()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("column.md"));
    const QByteArray original = column("The first draft of the paragraph.");
    write(path, original);
    disk.fill();

    const WriteResult result = AtomicFile::write(path, column("A second, longer draft of the same paragraph."));
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, WriteFailure::DiskFull);
    QCOMPARE(result.reason, QStringLiteral("the disk is full"));
    QCOMPARE(readAll(path), original);
    QCOMPARE(leftovers(disk.path()), QStringList {QStringLiteral("column.md")});
}

void AtomicFileTest::fullDisk_newFileIsNotCreated()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    disk.fill();
    const QString path = disk.filePath(QStringLiteral("export.html"));
    const WriteResult result = AtomicFile::write(path, column("<p>An export.</p>"));
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, WriteFailure::DiskFull);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(leftovers(disk.path()).isEmpty(), qPrintable(leftovers(disk.path()).join(QLatin1Char(' '))));
}

void AtomicFileTest::fullDisk_articleSaveNamesTheFileAndTheDisk()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("column.md"));
    const QByteArray original = column("Draft.");
    write(path, original);
    disk.fill();

    const SaveResult saved = ArticleFile::save(path, QString::fromUtf8(column("Edited on a full disk.")));
    QVERIFY(!saved.ok);
    QCOMPARE(saved.failure, WriteFailure::DiskFull);
    QVERIFY2(saved.error.contains(path) && saved.error.contains(QLatin1String("the disk is full"))
                 && saved.error.contains(QLatin1String("unchanged")),
             qPrintable(saved.error));
    QCOMPARE(readAll(path), original);
}

void AtomicFileTest::fullDisk_personalDictionaryKeepsItsWords()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("en_US.txt"));
    PersonalDictionary dictionary(path);
    QVERIFY(dictionary.add(QStringLiteral("oVirt")));
    QVERIFY(dictionary.add(QStringLiteral("Kubernetes")));
    const QByteArray before = readAll(path);
    disk.fill();

    QVERIFY(!dictionary.add(QStringLiteral("libvirt")));
    QVERIFY2(dictionary.errorString().contains(path)
                 && dictionary.errorString().contains(QLatin1String("disk is full")),
             qPrintable(dictionary.errorString()));
    QCOMPARE(readAll(path), before);
    QCOMPARE(dictionary.words(), (QStringList {QStringLiteral("Kubernetes"), QStringLiteral("oVirt")}));
}

void AtomicFileTest::fullDisk_recoveryJournalKeepsTheLastEntry()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const RecoveryJournal journal(disk.path());
    QVERIFY(journal.isValid());
    const QString id = RecoveryJournal::idForPath(QStringLiteral("/articles/column.md"));
    QVERIFY(journal.write(id, QStringLiteral("/articles/column.md"), QStringLiteral("Typed before the disk filled.")));
    const QString entryFile = QDir(journal.sessionFolder()).filePath(id + QLatin1String(".journal"));
    const QByteArray before = readAll(entryFile);
    QVERIFY(!before.isEmpty());
    disk.fill();

    QString error;
    QVERIFY(!journal.write(id, QStringLiteral("/articles/column.md"),
                           QString::fromUtf8(column("Typed after the disk filled.")), &error));
    QVERIFY2(error.contains(entryFile) && error.contains(QLatin1String("disk is full")), qPrintable(error));
    QCOMPARE(readAll(entryFile), before);
    bool ok = false;
    QCOMPARE(RecoveryJournal::read(entryFile, &ok).text, QStringLiteral("Typed before the disk filled."));
    QVERIFY(ok);
}

void AtomicFileTest::readOnlyDisk_isNamed()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("column.md"));
    const QByteArray original = column("Draft.");
    write(path, original);
    if (!disk.makeReadOnly())
        QSKIP("remounting the tmpfs read-only is not allowed here");

    const SaveResult saved = ArticleFile::save(path, QStringLiteral("Edited."));
    QVERIFY(!saved.ok);
    QCOMPARE(saved.failure, WriteFailure::ReadOnlyFileSystem);
    QVERIFY2(saved.error.contains(QLatin1String("the disk is read-only")), qPrintable(saved.error));
    QCOMPARE(readAll(path), original);
}

void AtomicFileTest::roomAgain_writesNormally()
{
    // The same disk works again once there is room: the failures above are the disk's, not the writer's.
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("column.md"));
    write(path, column("Draft."));
    disk.fill();
    QVERIFY(!AtomicFile::write(path, column("Edited.")).ok);
    disk.makeRoom();
    const WriteResult result = AtomicFile::write(path, column("Edited."));
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(readAll(path), column("Edited."));
    QCOMPARE(leftovers(disk.path()), QStringList {QStringLiteral("column.md")});
}

void AtomicFileTest::faultPlan_failsEachStageWithItsError_data()
{
    QTest::addColumn<AtomicFile::Fault::Stage>("stage");
    QTest::addColumn<int>("error");
    QTest::addColumn<WriteFailure>("failure");
    QTest::addColumn<QString>("reason");
    using Stage = AtomicFile::Fault::Stage;
    QTest::newRow("open, disk full") << Stage::Open << ENOSPC << WriteFailure::DiskFull << "the disk is full";
    QTest::newRow("write, disk full") << Stage::Write << ENOSPC << WriteFailure::DiskFull << "the disk is full";
    QTest::newRow("flush, disk full") << Stage::Flush << ENOSPC << WriteFailure::DiskFull << "the disk is full";
    QTest::newRow("commit, disk full") << Stage::Commit << ENOSPC << WriteFailure::DiskFull << "the disk is full";
    QTest::newRow("write, read-only") << Stage::Write << EROFS << WriteFailure::ReadOnlyFileSystem
                                      << "the disk is read-only";
    QTest::newRow("open, permission") << Stage::Open << EACCES << WriteFailure::PermissionDenied << "permission denied";
    QTest::newRow("commit, I/O error") << Stage::Commit << EIO << WriteFailure::Other
                                       << QString::fromLocal8Bit(std::strerror(EIO));
}

void AtomicFileTest::faultPlan_failsEachStageWithItsError()
{
    QFETCH(AtomicFile::Fault::Stage, stage);
    QFETCH(int, error);
    QFETCH(WriteFailure, failure);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("column.md"));
    write(path, "The original.\n");
    AtomicFile::setFaults({{stage, error, {}, -1}});

    const WriteResult result = AtomicFile::write(path, "The new text.\n");
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, failure);
    QCOMPARE(result.reason, reason);
    QCOMPARE(readAll(path), QByteArray("The original.\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("column.md")});
}

void AtomicFileTest::faultPlan_vanishedFolder_isNamedAndLeavesNothing()
{
    // The folder goes (deleted, or its disk unplugged) while the bytes are written: the rename
    // fails for real, and the reason says so rather than blaming the disk.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("columns"));
    const QString path = QDir(folder).filePath(QStringLiteral("column.md"));
    QVERIFY(QDir().mkpath(folder));
    write(path, "The original.\n");
    AtomicFile::setFaults({{AtomicFile::Fault::Stage::Vanish, ENOENT, {}, -1}});

    const WriteResult result = AtomicFile::write(path, "The new text.\n");
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, WriteFailure::FolderMissing);
    QCOMPARE(result.reason, QStringLiteral("its folder no longer exists"));
    QVERIFY(!QFileInfo::exists(folder)); // nothing recreated it, no temporary file anywhere
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    const SaveResult saved = ArticleFile::save(path, QStringLiteral("The new text."));
    QVERIFY(!saved.ok); // the plan still holds: a save says what to do
    QVERIFY2(saved.error.contains(path) && saved.error.contains(QLatin1String("in a folder that exists")),
             qPrintable(saved.error));
}

void AtomicFileTest::faultPlan_appliesToMatchingPathsAndCounts()
{
    QTemporaryDir dir;
    AtomicFile::setFaults({{AtomicFile::Fault::Stage::Write, ENOSPC, QStringLiteral("column"), 1}});
    QVERIFY(AtomicFile::write(dir.filePath(QStringLiteral("other.md")), "x").ok); // another path
    QVERIFY(!AtomicFile::write(dir.filePath(QStringLiteral("column.md")), "x").ok); // the one fault
    QVERIFY(AtomicFile::write(dir.filePath(QStringLiteral("column.md")), "x").ok); // used up
}

void AtomicFileTest::faultPlan_fromText()
{
    const auto faults = AtomicFile::faultsFromText(QStringLiteral("write:ENOSPC:column.md, commit:EROFS"));
    QVERIFY(faults);
    QCOMPARE(faults->size(), 2);
    QCOMPARE(faults->at(0).stage, AtomicFile::Fault::Stage::Write);
    QCOMPARE(faults->at(0).error, ENOSPC);
    QCOMPARE(faults->at(0).pathContains, QStringLiteral("column.md"));
    QCOMPARE(faults->at(1).stage, AtomicFile::Fault::Stage::Commit);
    QCOMPARE(faults->at(1).error, EROFS);
    QCOMPARE(AtomicFile::faultsFromText(QStringLiteral("flush:ENOSPC"))->constFirst().stage,
             AtomicFile::Fault::Stage::Flush);
    QVERIFY(!AtomicFile::faultsFromText(QStringLiteral("vanish:ENOSPC"))); // deletes folders: tests only
    QVERIFY(!AtomicFile::faultsFromText(QStringLiteral("close:ENOSPC")));
    QVERIFY(!AtomicFile::faultsFromText(QStringLiteral("write:ENOMEM")));
}

void AtomicFileTest::move_neverReplacesAFile()
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("column.md"));
    const QString to = dir.filePath(QStringLiteral("taken.md"));
    write(from, "mine");
    write(to, "someone else's");
    const WriteResult result = AtomicFile::move(from, to);
    QVERIFY(!result.ok);
    QCOMPARE(readAll(from), QByteArray("mine"));
    QCOMPARE(readAll(to), QByteArray("someone else's"));

    const QString free = dir.filePath(QStringLiteral("renamed.md"));
    QVERIFY(AtomicFile::move(from, free).ok);
    QVERIFY(!QFileInfo::exists(from));
    QCOMPARE(readAll(free), QByteArray("mine"));
}

// The tmpfs is another file system than the temporary folder, so rename(2) gives EXDEV.
void AtomicFileTest::move_acrossFileSystems_copiesWholeThenRemoves()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("column.md"));
    const QByteArray original = column("A paragraph that moves to another disk.");
    write(from, original);
    const QString to = disk.filePath(QStringLiteral("column.md"));
    const WriteResult result = AtomicFile::move(from, to);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(readAll(to), original);
    QVERIFY(!QFileInfo::exists(from));
    QCOMPARE(leftovers(disk.path()), QStringList {QStringLiteral("column.md")});
}

void AtomicFileTest::move_acrossFileSystemsOntoAFullDisk_leavesTheOriginal()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("column.md"));
    const QByteArray original = column("A paragraph that finds no room on the other disk.");
    write(from, original);
    disk.fill();
    const QString to = disk.filePath(QStringLiteral("column.md"));
    const WriteResult result = AtomicFile::move(from, to);
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, WriteFailure::DiskFull);
    QCOMPARE(readAll(from), original);
    QVERIFY2(leftovers(disk.path()).isEmpty(), qPrintable(leftovers(disk.path()).join(QLatin1Char(' '))));
}

BYLINE_FULL_DISK_TEST_MAIN(QCoreApplication, AtomicFileTest)

#include "atomicfile_test.moc"
