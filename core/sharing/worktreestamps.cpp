#include "worktreestamps.h"

#include "gitobjects.h"
#include "stampsfile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <optional>
#include <thread>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <git2.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Byline::Core {

namespace {

using StampsFile::Folder;
using StampsFile::Stamp;

qint64 nanoseconds(const timespec &time)
{
    return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
}

Stamp stampOf(const struct stat &info)
{
    return {nanoseconds(info.st_mtim), nanoseconds(info.st_ctim), qint64(info.st_size), qint64(info.st_ino)};
}

// The index keeps sizes and inode numbers in 32 bits.
bool sameAsIndexed(const struct stat &info, const Stamp &stamp)
{
    const Stamp now = stampOf(info);
    return now.mtime == stamp.mtime && now.ctime == stamp.ctime && (now.size & 0xffffffff) == stamp.size
        && (now.inode & 0xffffffff) == stamp.inode;
}

} // namespace

struct WorktreeStamps::Parsed : StampsFile::Contents
{
};

namespace {

// Whether the folder holds exactly the names it should (its files and its folders): a folder's
// time also moves when a file in it is replaced by a rename (as Byline and most editors save),
// which adds or removes nothing.
bool sameNames(int fd, const Folder &folder, const QSet<QByteArray> &folders)
{
    const int listing = ::openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *directory = listing < 0 ? nullptr : ::fdopendir(listing);
    if (!directory) {
        if (listing >= 0)
            ::close(listing);
        return false;
    }
    QSet<QByteArray> expected = folders;
    for (const auto &file : folder.files)
        expected.insert(file.first);
    qsizetype found = 0;
    bool same = true;
    while (const dirent *entry = ::readdir(directory)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        ++found;
        if (!expected.contains(name)) {
            same = false;
            break;
        }
    }
    ::closedir(directory);
    return same && found == expected.size();
}

// False when files were added to or removed from the folder, or it is gone; the files whose
// stamps moved go to `changed`.
bool folderHolds(int root, const Folder &folder, bool own, const QSet<QByteArray> &subfolders,
                 std::vector<QByteArray> &changed)
{
    const int fd = folder.path.isEmpty() ? ::dup(root)
                                         : ::openat(root, folder.path.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat info
    {
    };
    // The .git folder's own time moves at every sync: only its files are stamped, and a change
    // there (the index, HEAD) is git's, not an article's.
    bool holds = own || (::fstat(fd, &info) == 0 && stampOf(info) == folder.stamp) || sameNames(fd, folder, subfolders);
    for (size_t i = 0; holds && i < folder.files.size(); ++i) {
        const auto &[name, stamp] = folder.files[i];
        const bool same = ::fstatat(fd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0
            && (own ? stampOf(info) == stamp : sameAsIndexed(info, stamp));
        if (same)
            continue;
        if (own)
            holds = false;
        else
            changed.push_back(folder.path.isEmpty() ? name : folder.path + '/' + name);
    }
    ::close(fd);
    return holds;
}

} // namespace

WorktreeStamps::WorktreeStamps(const QString &root, const QString &gitFolder)
    : m_root(root)
    , m_gitFolder(gitFolder)
{ }

QString WorktreeStamps::file() const
{
    return QDir(m_gitFolder).filePath(QStringLiteral("byline-stamps"));
}

WorktreeStamps::Check WorktreeStamps::check() const
{
    Check result;
    QFile input(file());
    if (!input.open(QIODevice::ReadOnly))
        return result;
    std::optional<StampsFile::Contents> contents = StampsFile::parsed(input.readAll());
    if (!contents)
        return result;
    std::vector<Folder> &folders = contents->folders;
    const QByteArray &own = contents->own;
    const int root = ::open(QFile::encodeName(m_root).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        return result;
    // Two threads: the file system answers lstat from its caches, so the walk is processor time.
    // Each folder's folders, by name, for the folders whose time moved.
    QHash<QByteArray, QSet<QByteArray>> subfolders;
    for (const Folder &folder : folders) {
        if (folder.path.isEmpty())
            continue;
        const qsizetype slash = folder.path.lastIndexOf('/');
        subfolders[slash < 0 ? QByteArray() : folder.path.left(slash)].insert(folder.path.mid(slash + 1));
    }
    std::atomic_bool holds = true;
    std::atomic_size_t next = 0;
    std::vector<QByteArray> changed[2];
    const auto work = [&](std::vector<QByteArray> &found) {
        for (size_t i = next++; i < folders.size() && holds.load(std::memory_order_relaxed); i = next++) {
            if (!folderHolds(root, folders[i], folders[i].path == own, subfolders.value(folders[i].path), found))
                holds = false;
        }
    };
    std::thread other(work, std::ref(changed[1]));
    work(changed[0]);
    other.join();
    ::close(root);
    result.head = QByteArray(contents->head.constData(), contents->head.size());
    result.foldersHold = holds;
    result.parsed = std::make_shared<const Parsed>(Parsed {std::move(*contents)});
    for (const std::vector<QByteArray> &found : changed) {
        for (const QByteArray &path : found)
            result.changed.append(QFile::decodeName(path));
    }
    return result;
}

namespace {

// A file changed within a tick of the moment its stat data was taken may change again unseen in
// that tick: such a file is not vouched for (git's "racily clean"). File systems keep
// nanoseconds, with ticks of a few milliseconds; those that keep whole seconds (or two) show
// none, and get two seconds.
qint64 margin(qint64 time)
{
    return time % 1000000000 == 0 ? qint64(2000000000) : qint64(20000000);
}

// The stamp of an index entry, as the index holds it (a status, a checkout or an add just found
// it true of the file), or nothing when it cannot be vouched for: an entry as new as the index
// itself may hide a change made in the same tick, and is vouched for only when its text is the
// indexed one now and it was last written a tick before `taken`.
std::optional<Stamp> vouched(git_repository *repository, const git_index_entry *entry, qint64 indexTime, qint64 taken)
{
    const Stamp stamp {qint64(entry->mtime.seconds) * 1000000000 + entry->mtime.nanoseconds,
                       qint64(entry->ctime.seconds) * 1000000000 + entry->ctime.nanoseconds, qint64(entry->file_size),
                       qint64(entry->ino)};
    if (stamp.mtime < indexTime - margin(stamp.mtime) && stamp.ctime < indexTime - margin(stamp.ctime))
        return stamp;
    git_oid now;
    if (stamp.mtime >= taken - margin(stamp.mtime) || stamp.ctime >= taken - margin(stamp.ctime)
        || git_repository_hashfile(&now, repository, entry->path, GIT_OBJECT_BLOB, nullptr) != 0
        || !git_oid_equal(&now, &entry->id))
        return std::nullopt;
    return stamp;
}

qint64 now()
{
    struct timespec time
    {
    };
    clock_gettime(CLOCK_REALTIME, &time);
    return nanoseconds(time);
}

} // namespace

void WorktreeStamps::update(git_repository *repository, git_index *index, const Check &before,
                            const QByteArray &head) const
{
    forget();
    if (head.isEmpty() || !before.parsed)
        return;
    const QByteArray root = QFile::encodeName(m_root);
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(QDir(m_gitFolder).filePath(QStringLiteral("index"))).constData(), &info) != 0)
        return;
    const qint64 indexTime = nanoseconds(info.st_mtim);
    const qint64 taken = now();
    std::vector<Folder> folders = before.parsed->folders;
    const auto folderOf = [&](const QByteArray &path) -> Folder * {
        for (Folder &folder : folders) {
            if (folder.path == path)
                return &folder;
        }
        return nullptr;
    };
    for (const QString &path : before.changed) {
        const QByteArray relative = QFile::encodeName(path);
        const qsizetype slash = relative.lastIndexOf('/');
        Folder *folder = folderOf(slash < 0 ? QByteArray() : relative.left(slash));
        if (!folder)
            return;
        const QByteArray name = relative.mid(slash + 1);
        const auto file = std::find_if(folder->files.begin(), folder->files.end(),
                                       [&](const auto &stamped) { return stamped.first == name; });
        const git_index_entry *entry = git_index_get_bypath(index, relative.constData(), 0);
        if (!entry) { // deleted
            if (file != folder->files.end())
                folder->files.erase(file);
            continue;
        }
        const std::optional<Stamp> stamp = vouched(repository, entry, indexTime, taken);
        if (!stamp)
            return;
        if (file != folder->files.end())
            file->second = *stamp;
        else
            folder->files.emplace_back(name, *stamp);
    }
    // git's own files, as the commit left them.
    if (Folder *own = folderOf(before.parsed->own)) {
        for (auto &[name, stamp] : own->files) {
            if (::lstat(QByteArray(root + '/' + before.parsed->own + '/' + name).constData(), &info) != 0)
                return;
            stamp = stampOf(info);
        }
    }
    Git::writeState(file(), StampsFile::serialized({head, before.parsed->own, std::move(folders), {}}));
}

void WorktreeStamps::record(git_repository *repository, git_index *index, const QByteArray &head) const
{
    forget();
    if (head.isEmpty())
        return;
    const qint64 taken = now();
    const QByteArray root = QFile::encodeName(m_root);
    struct stat info
    {
    };

    // The repository's own state in its folder: git rewriting the index or a branch is a change.
    std::map<QByteArray, Folder> folders;
    const QByteArray gitFolder = QFile::encodeName(QDir(m_root).relativeFilePath(m_gitFolder));
    for (const char *own : {"index", "HEAD", "packed-refs"}) {
        if (::lstat(QByteArray(root + '/' + gitFolder + '/' + own).constData(), &info) == 0)
            folders[gitFolder].files.emplace_back(QByteArray(own), stampOf(info));
    }
    // The files' stamps are the stat data the index holds, which a status or a checkout just
    // found true (a file the index has stale data for differs, and is merely looked at again).
    // An entry as new as the index itself may hide a change made in the same tick: not vouched for.
    const QByteArray indexPath = QFile::encodeName(QDir(m_gitFolder).filePath(QStringLiteral("index")));
    if (::lstat(indexPath.constData(), &info) != 0)
        return;
    const qint64 indexTime = nanoseconds(info.st_mtim);
    const size_t count = git_index_entrycount(index);
    for (size_t i = 0; i < count; ++i) {
        const git_index_entry *entry = git_index_get_byindex(index, i);
        if (git_index_entry_stage(entry) != 0)
            return;
        const QByteArray relative(entry->path);
        const std::optional<Stamp> stamp = vouched(repository, entry, indexTime, taken);
        if (!stamp)
            return;
        const qsizetype slash = relative.lastIndexOf('/');
        folders[slash < 0 ? QByteArray() : relative.left(slash)].files.emplace_back(relative.mid(slash + 1), *stamp);
        // Folders between the top and this one hold no tracked file of their own, maybe, but a
        // file added in them moves their time too.
        for (qsizetype up = slash; up > 0; up = relative.lastIndexOf('/', up - 1))
            folders.try_emplace(relative.left(up));
    }
    folders.try_emplace(QByteArray());
    std::vector<Folder> ordered;
    ordered.reserve(folders.size());
    for (auto &[path, folder] : folders) {
        folder.path = path;
        if (path != gitFolder) {
            if (::lstat((path.isEmpty() ? root : QByteArray(root + '/' + path)).constData(), &info) != 0)
                return;
            folder.stamp = stampOf(info);
            if (folder.stamp.mtime >= taken - margin(folder.stamp.mtime))
                return;
        }
        ordered.push_back(std::move(folder));
    }
    Git::writeState(file(), StampsFile::serialized({head, gitFolder, std::move(ordered), {}}));
}

void WorktreeStamps::forget() const
{
    QFile::remove(file());
}

} // namespace Byline::Core
