#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Byline::Core {

// Why a write did not happen, so callers can word their message and offer the right way out.
enum class WriteFailure {
    None,
    DiskFull, // ENOSPC, EDQUOT
    ReadOnlyFileSystem, // EROFS
    PermissionDenied, // EACCES, EPERM
    FolderMissing, // the folder was deleted, moved or unmounted while the file was written
    Other,
};

struct WriteResult
{
    bool ok = false;
    WriteFailure failure = WriteFailure::None;
    QString reason; // what happened, in words for the user: "the disk is full"
};

// The one way Byline writes a file: the new bytes whole, or the old file exactly as it was.
//
// Built on QSaveFile (a temporary file renamed over the target), with the checks QSaveFile does
// not make itself: Qt 6.4's commit() returns true when flushing buffered bytes fails with ENOSPC
// and renames the empty temporary file over the original. Here the file is written unbuffered, so
// every short write is seen at once, the temporary file is dropped, and the target never changes.
// The folder is synced after the rename, so the new name survives a power cut.
//
// A fault plan lets tests make any write fail at a chosen stage with a chosen errno, as a full or
// read-only disk would; it is the seam every fault test goes through. It is process-wide and
// thread-safe, and can also be set with the environment variable BYLINE_WRITE_FAULTS (read once):
// `stage:error[:fragment]` entries separated by commas, stage `open`, `write`, `flush` or `commit`,
// error `ENOSPC`, `EROFS`, `EACCES` or `EIO`, fragment a part of the path the fault applies to.
// The stage Vanish is for tests alone (never read from the environment): it deletes the target's
// folder, with all it holds, just before the commit, which then runs and fails for real.
class AtomicFile final
{
public:
    [[nodiscard]] static WriteResult write(const QString &path, const QByteArray &bytes);

    // Gives a file a new name or folder, never replacing a file already there: one atomic rename
    // that refuses an existing name (EEXIST), then the folders synced. Across file systems the
    // bytes are written whole at the new name first and the old file removed only after. In the
    // fault plan, Commit fails the rename and Vanish deletes the new name's folder before it; Open,
    // Write and Flush apply only to the copy across file systems.
    [[nodiscard]] static WriteResult move(const QString &from, const QString &to);

    struct Fault
    {
        // Open: creating the temporary file; Write: after part of the bytes; Flush: after all of
        // them; Commit: before the rename; Vanish: the folder deleted before the rename.
        enum class Stage { Open, Write, Flush, Commit, Vanish };
        Stage stage = Stage::Write;
        int error = 0; // an errno value
        QString pathContains; // empty: every path
        int times = -1; // how many writes fail; -1 for all
    };
    // Replaces the plan; an empty list writes normally again.
    static void setFaults(const QList<Fault> &faults);
    [[nodiscard]] static std::optional<QList<Fault>> faultsFromText(const QString &text);

    // "the disk is full", "the disk is read-only" …, for messages of the callers' own.
    [[nodiscard]] static QString describe(WriteFailure failure, const QString &detail = {});
};

} // namespace Byline::Core
