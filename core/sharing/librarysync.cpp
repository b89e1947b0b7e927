#include "librarysync.h"

#include "remotesession.h"
#include "syncer.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <future>

namespace Byline::Core {

namespace {

void keepRecord(SharedLibrary &library, const SyncReport &report)
{
    SharedLibrary::Record record = library.record();
    if (report.ok()) {
        record.lastSync = QDateTime::currentDateTimeUtc();
        record.lastError.clear();
    } else {
        record.lastError = report.error;
    }
    for (const QString &path : report.suggestions) {
        if (!record.suggestions.contains(path))
            record.suggestions.append(path);
    }
    library.setRecord(record);
}

} // namespace

// Checks the stamps on threads of their own while libgit2 starts (it reads the system's TLS
// certificates) and the remote is asked what it has.
std::future<WorktreeStamps::Check> checkStamps(const QString &folder)
{
    const QString root = QDir(folder).absolutePath();
    return std::async(std::launch::async,
                      [root] { return WorktreeStamps(root, QDir(root).filePath(QStringLiteral(".git"))).check(); });
}

SyncReport LibrarySync::sync(const QString &folder, const SharingIdentity &identity, const SyncControl &control)
{
    SyncReport report;
    std::future<WorktreeStamps::Check> stamps = checkStamps(folder);
    const std::unique_ptr<SharedLibrary> library = SharedLibrary::open(folder, &report.error);
    if (!library)
        return report;
    Syncer(*library, control, report).run(library->identity(identity), std::move(stamps));
    (void)library->writeIndex(nullptr); // whichever way the sync ended, its commit's index is on disk
    keepRecord(*library, report);
    return report;
}

SyncReport LibrarySync::share(const QString &folder, const QString &url, const SharingIdentity &identity,
                              const SyncControl &control)
{
    SyncReport report;
    if (!QFileInfo(folder).isDir()) {
        report.error = tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(folder));
        return report;
    }
    const std::unique_ptr<SharedLibrary> library = SharedLibrary::create(folder, &report.error);
    if (!library || !library->setRemoteUrl(url, &report.error))
        return report;
    Syncer(*library, control, report).run(library->identity(identity), checkStamps(folder));
    (void)library->writeIndex(nullptr);
    keepRecord(*library, report);
    return report;
}

SyncReport LibrarySync::clone(const QString &url, const QString &folder, const SyncControl &control)
{
    SyncReport report;
    const QDir target(folder);
    const bool existed = target.exists();
    if (existed && !target.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        report.error = tr("“%1” is not empty. Choose a new or an empty folder for the shared library.")
                           .arg(QDir::toNativeSeparators(folder));
        return report;
    }
    Git::initialize();
    RemoteSession session(url, control, SyncProgress::Step::Cloning);
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    options.fetch_opts.callbacks = session.callbacks();
    git_repository *raw = nullptr;
    control.report({SyncProgress::Step::Cloning, 0, 0});
    const int code
        = git_clone(&raw, url.toUtf8().constData(), QFile::encodeName(target.absolutePath()).constData(), &options);
    session.finish(code == 0);
    if (code != 0) {
        report.offline = session.unreachable(code);
        report.cancelled = session.cancelled();
        report.error = session.failure(code);
        // Only what the clone made goes: the folder was missing or empty.
        if (!existed)
            QDir(target.absolutePath()).removeRecursively();
        else
            QDir(target.absoluteFilePath(QStringLiteral(".git"))).removeRecursively();
        return report;
    }
    const Git::Repository repository(raw);
    if (git_repository_head_unborn(raw) == 1) // an empty remote: start on main
        git_repository_set_head(raw, "refs/heads/main");
    QDirIterator files(target.absolutePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = target.relativeFilePath(files.next());
        if (!path.startsWith(QLatin1String(".git/"))) {
            report.received.append(path);
            report.changedOnDisk.append(target.absoluteFilePath(path));
        }
    }
    report.received.sort();
    if (const std::unique_ptr<SharedLibrary> library = SharedLibrary::open(folder, &report.error))
        keepRecord(*library, report);
    return report;
}

} // namespace Byline::Core
