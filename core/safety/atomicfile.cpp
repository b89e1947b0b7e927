#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Byline::Core {

Q_LOGGING_CATEGORY(lcAtomicFile, "byline.core.atomicfile", QtInfoMsg)

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::AtomicFile)
};

struct FaultPlan
{
    std::mutex lock;
    QList<AtomicFile::Fault> faults;
    bool environmentRead = false;
};

FaultPlan &plan()
{
    static FaultPlan shared;
    return shared;
}

// The errno the plan injects at `stage` of writing `path`, or 0.
int injectedError(AtomicFile::Fault::Stage stage, const QString &path)
{
    FaultPlan &p = plan();
    const std::lock_guard guard(p.lock);
    if (!p.environmentRead) {
        p.environmentRead = true;
        const QString text = qEnvironmentVariable("BYLINE_WRITE_FAULTS");
        if (!text.isEmpty()) {
            if (const auto faults = AtomicFile::faultsFromText(text))
                p.faults = *faults;
            else
                qCWarning(lcAtomicFile) << "BYLINE_WRITE_FAULTS not understood:" << text;
        }
    }
    for (AtomicFile::Fault &fault : p.faults) {
        if (fault.stage != stage || fault.times == 0 || !path.contains(fault.pathContains))
            continue;
        if (fault.times > 0)
            --fault.times;
        return fault.error;
    }
    return 0;
}

WriteFailure failureOf(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return WriteFailure::DiskFull;
    case EROFS:
        return WriteFailure::ReadOnlyFileSystem;
    case EACCES:
    case EPERM:
        return WriteFailure::PermissionDenied;
    default:
        return WriteFailure::Other;
    }
}

// When Qt has lost the errno, the file system still tells: read-only, or not room for the bytes.
WriteFailure inspectFolder(const QString &folder, qint64 needed)
{
    struct statvfs info
    {
    };
    if (::statvfs(QFile::encodeName(folder).constData(), &info) != 0)
        return WriteFailure::Other;
    if (info.f_flag & ST_RDONLY)
        return WriteFailure::ReadOnlyFileSystem;
    if (qint64(info.f_bavail) * qint64(info.f_frsize) < needed + qint64(info.f_frsize))
        return WriteFailure::DiskFull;
    return WriteFailure::Other;
}

// Makes the rename itself durable: a crash after commit() must not bring the old name back.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

WriteResult AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    const auto failed = [&](int error, const QString &detail) {
        WriteFailure failure = failureOf(error);
        if (failure == WriteFailure::Other)
            failure = QFileInfo(folder).isDir() ? inspectFolder(folder, bytes.size()) : WriteFailure::FolderMissing;
        qCWarning(lcAtomicFile) << "writing" << path << "failed:" << (error ? std::strerror(error) : "") << detail;
        return WriteResult {false, failure, describe(failure, detail)};
    };

    if (const int error = injectedError(Fault::Stage::Open, path))
        return failed(error, QString::fromLocal8Bit(std::strerror(error)));
    QSaveFile file(path);
    errno = 0;
    // Unbuffered: each write reaches the file system at once, so a full disk fails the write
    // rather than a later flush whose failure commit() ignores.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(errno, file.errorString());

    if (const int error = injectedError(Fault::Stage::Write, path)) {
        file.write(bytes.left(bytes.size() / 2)); // part of the bytes, as a disk filling up would take
        file.cancelWriting();
        return failed(error, QString::fromLocal8Bit(std::strerror(error)));
    }
    errno = 0;
    const qint64 written = file.write(bytes);
    const int writeError = errno;
    if (written != bytes.size() || !file.flush()) {
        const QString detail = file.errorString();
        file.cancelWriting();
        return failed(writeError ? writeError : (file.error() == QFileDevice::ResourceError ? ENOSPC : 0), detail);
    }
    if (const int error = injectedError(Fault::Stage::Flush, path)) {
        file.cancelWriting();
        return failed(error, QString::fromLocal8Bit(std::strerror(error)));
    }
    if (const int error = injectedError(Fault::Stage::Commit, path)) {
        file.cancelWriting();
        return failed(error, QString::fromLocal8Bit(std::strerror(error)));
    }
    if (injectedError(Fault::Stage::Vanish, path) != 0)
        QDir(folder).removeRecursively();
    errno = 0;
    if (!file.commit())
        return failed(errno, file.errorString());
    syncFolder(folder);
    return {true, WriteFailure::None, {}};
}

WriteResult AtomicFile::move(const QString &from, const QString &to)
{
    const QString folder = QFileInfo(to).absolutePath();
    const auto failed = [&](int error) {
        WriteFailure failure = failureOf(error);
        if (failure == WriteFailure::Other && !QFileInfo(folder).isDir())
            failure = WriteFailure::FolderMissing;
        qCWarning(lcAtomicFile) << "moving" << from << "to" << to << "failed:" << std::strerror(error);
        return WriteResult {false, failure, describe(failure, QString::fromLocal8Bit(std::strerror(error)))};
    };
    if (const int error = injectedError(Fault::Stage::Commit, to))
        return failed(error);
    if (injectedError(Fault::Stage::Vanish, to) != 0)
        QDir(folder).removeRecursively();
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    int renamed = ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    if (renamed != 0 && errno == EINVAL) { // a file system without the flag (some network ones)
        if (QFileInfo::exists(to))
            return failed(EEXIST);
        renamed = ::rename(source.constData(), target.constData());
    }
    if (renamed == 0) {
        syncFolder(folder);
        syncFolder(QFileInfo(from).absolutePath());
        return {true, WriteFailure::None, {}};
    }
    const int error = errno;
    if (error != EXDEV)
        return failed(error);

    // Another file system: the whole file at the new name first, the old one removed after.
    QFile original(from);
    if (!original.open(QIODevice::ReadOnly))
        return failed(original.error() == QFileDevice::PermissionsError ? EACCES : EIO);
    const QByteArray bytes = original.readAll();
    if (QFileInfo::exists(to))
        return failed(EEXIST);
    if (WriteResult copied = write(to, bytes); !copied.ok)
        return copied;
    if (!QFile::remove(from)) {
        QFile::remove(to); // one copy, where it was, rather than two
        syncFolder(folder);
        return failed(EACCES);
    }
    syncFolder(QFileInfo(from).absolutePath());
    return {true, WriteFailure::None, {}};
}

void AtomicFile::setFaults(const QList<Fault> &faults)
{
    FaultPlan &p = plan();
    const std::lock_guard guard(p.lock);
    p.environmentRead = true; // what the test sets wins over the environment
    p.faults = faults;
}

std::optional<QList<AtomicFile::Fault>> AtomicFile::faultsFromText(const QString &text)
{
    static const QHash<QString, Fault::Stage> stages {{QStringLiteral("open"), Fault::Stage::Open},
                                                      {QStringLiteral("write"), Fault::Stage::Write},
                                                      {QStringLiteral("flush"), Fault::Stage::Flush},
                                                      {QStringLiteral("commit"), Fault::Stage::Commit}};
    static const QHash<QString, int> errors {{QStringLiteral("ENOSPC"), ENOSPC},
                                             {QStringLiteral("EROFS"), EROFS},
                                             {QStringLiteral("EACCES"), EACCES},
                                             {QStringLiteral("EIO"), EIO}};
    QList<Fault> faults;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.trimmed().split(QLatin1Char(':'));
        if (parts.size() < 2 || !stages.contains(parts.at(0)) || !errors.contains(parts.at(1)))
            return std::nullopt;
        faults.append({stages.value(parts.at(0)), errors.value(parts.at(1)), parts.mid(2).join(QLatin1Char(':')), -1});
    }
    return faults;
}

QString AtomicFile::describe(WriteFailure failure, const QString &detail)
{
    switch (failure) {
    case WriteFailure::DiskFull:
        return Text::tr("the disk is full");
    case WriteFailure::ReadOnlyFileSystem:
        return Text::tr("the disk is read-only");
    case WriteFailure::PermissionDenied:
        return Text::tr("permission denied");
    case WriteFailure::FolderMissing:
        return Text::tr("its folder no longer exists");
    case WriteFailure::None:
        return {};
    case WriteFailure::Other:
        break;
    }
    return detail.isEmpty() ? Text::tr("writing failed") : detail;
}

} // namespace Byline::Core
