#pragma once

#include <QByteArray>

#include <optional>
#include <utility>
#include <vector>

// The file WorktreeStamps keeps in the .git folder: what each tracked file's and folder's stat
// data was when the library was last found clean. Private to core/sharing.
namespace Byline::Core::StampsFile {

// What lstat says of a file or folder that changes when it does.
struct Stamp
{
    qint64 mtime = 0; // nanoseconds
    qint64 ctime = 0;
    qint64 size = 0;
    qint64 inode = 0;

    friend bool operator==(const Stamp &, const Stamp &) = default;
};

// The file, folder by folder: a folder's own stamp (a file added or removed moves its time) and
// its tracked files by name, looked up relative to the open folder (a short path walk each).
struct Folder
{
    QByteArray path; // relative to the library; empty for the top
    Stamp stamp;
    std::vector<std::pair<QByteArray, Stamp>> files;
};

struct Contents
{
    QByteArray head; // the commit the stamps were taken at
    QByteArray own; // the .git folder, relative to the library: its files are git's, not articles
    std::vector<Folder> folders;
    // The file as read: the names parsed() gives point into it (no copy of each, and each ends
    // in a NUL there), so they are good while a copy of it lives, as every copy of this keeps.
    QByteArray bytes;
};

[[nodiscard]] QByteArray serialized(const Contents &contents);
// Nothing when the bytes are not a stamps file of this version, whole.
[[nodiscard]] std::optional<Contents> parsed(const QByteArray &bytes);

} // namespace Byline::Core::StampsFile
