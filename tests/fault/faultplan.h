#pragma once

#include <safety/atomicfile.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cerrno>
#include <cstring>

// The faults every write path is put through with AtomicFile's fault plan, as one table: where
// the write breaks, with which error, and the words the user must read for it.
namespace {

using FaultStage = Byline::Core::AtomicFile::Fault::Stage;

// Adds the columns `stage`, `error` and `reason` and a row for each fault.
inline void addFaultRows()
{
    QTest::addColumn<FaultStage>("stage");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("reason");
    const QString ioError = QString::fromLocal8Bit(std::strerror(EIO));
    QTest::newRow("open fails, disk full") << FaultStage::Open << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("open fails, permission") << FaultStage::Open << EACCES << QStringLiteral("permission denied");
    QTest::newRow("write fails, disk full") << FaultStage::Write << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("write fails, I/O error") << FaultStage::Write << EIO << ioError;
    QTest::newRow("flush fails, disk full") << FaultStage::Flush << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("commit fails, read-only") << FaultStage::Commit << EROFS << QStringLiteral("the disk is read-only");
    QTest::newRow("commit fails, I/O error") << FaultStage::Commit << EIO << ioError;
    QTest::newRow("folder vanished") << FaultStage::Vanish << ENOENT << QStringLiteral("its folder no longer exists");
}

// The same columns for a rename or a move, which writes no bytes: the rename fails, or (for a move
// to another folder) the new name's folder is gone when it runs.
enum class FolderRow { With, Without };
inline void addMoveFaultRows(FolderRow folderRow)
{
    QTest::addColumn<FaultStage>("stage");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("reason");
    QTest::newRow("rename fails, disk full") << FaultStage::Commit << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("rename fails, read-only") << FaultStage::Commit << EROFS << QStringLiteral("the disk is read-only");
    QTest::newRow("rename fails, permission") << FaultStage::Commit << EACCES << QStringLiteral("permission denied");
    QTest::newRow("rename fails, I/O error") << FaultStage::Commit << EIO << QString::fromLocal8Bit(std::strerror(EIO));
    if (folderRow == FolderRow::With)
        QTest::newRow("folder vanished") << FaultStage::Vanish << ENOENT
                                         << QStringLiteral("its folder no longer exists");
}

// Every write whose path contains `fragment` fails at `stage` with `error`.
inline void injectFault(FaultStage stage, int error, const QString &fragment)
{
    Byline::Core::AtomicFile::setFaults({{stage, error, fragment, -1}});
}

inline void clearFaults()
{
    Byline::Core::AtomicFile::setFaults({});
}

// The files in `folder`, hidden ones too: a temporary file left behind shows here.
inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// The number of `*.journal` files under `folder` whose text holds `text`.
inline int journalEntriesHolding(const QString &folder, const QString &text)
{
    int found = 0;
    for (QDirIterator it(folder, {QStringLiteral("*.journal")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile entry(it.next());
        if (entry.open(QIODevice::ReadOnly) && QString::fromUtf8(entry.readAll()).contains(text))
            ++found;
    }
    return found;
}

// What a message says to do: every advice a failed write gives names another way to save.
inline bool saysWhatToDo(const QString &message)
{
    return message.contains(QLatin1String("save under another name"))
        || message.contains(QLatin1String("free some space"));
}

} // namespace
