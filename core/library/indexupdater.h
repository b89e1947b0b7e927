#pragma once

#include "libraryscanner.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>
#include <optional>

class QSqlError;

namespace Byline::Core {

class ArticleRows;
class IndexDatabase;

struct IndexReport
{
    int indexed = 0; // new files
    int updated = 0; // changed files read again
    int removed = 0;
    int unchanged = 0;
    QList<std::pair<QString, QString>> failed; // path, error
    double seconds = 0;
    bool rebuilt = false; // the database was missing, outdated or damaged and built anew
    QString notice; // why it was rebuilt
    bool cancelled = false;

    [[nodiscard]] bool changed() const { return indexed + updated + removed > 0 || rebuilt; }
};

// Brings an index up to date with its library folder: compares the folder's listing with the rows
// stored, reads new and changed files in parallel through LibraryScanner and writes them in a
// transaction, with progress, and stops at the next batch when cancelled.
//
// Belongs to the thread of its database.
class IndexUpdater final
{
    // Its messages are the library index's, translated as they always were.
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::LibraryIndex)
    Q_DISABLE_COPY_MOVE(IndexUpdater)

public:
    using Progress = std::function<void(int done, int total)>;

    explicit IndexUpdater(IndexDatabase &database);

    // The whole folder: new and changed files are read, removed ones dropped; unchanged ones (same
    // size and time, or same bytes) are not read. `whileListing` runs on the calling thread while
    // the folder is being listed.
    IndexReport update(const Progress &progress, const std::atomic_bool *cancel,
                       const std::function<void()> &whileListing);
    // Only these files (relative paths); a missing one is dropped.
    IndexReport updateFiles(const QStringList &paths);

private:
    struct StoredRow
    {
        qint64 id = 0;
        qint64 size = 0;
        qint64 modified = 0;
        bool failed = false;
        bool seen = false;
    };

    struct WorkItem
    {
        FileStamp stamp;
        qint64 id = 0; // 0 for a file new to the index
        QByteArray hash;
    };

    // What the folder's listing changes in the index.
    struct Changes
    {
        QList<WorkItem> work; // files to read
        QList<qint64> removed; // rows of files gone
        // A first build, or one replacing most of the index: the rows are inserted without triggers
        // and the full-text index is built once at the end, much faster than row by row.
        bool bulk = false;
    };

    // The folder's listing compared with the stored rows, the one read while the other is; a
    // database found damaged is built anew first (nullopt when that failed).
    std::optional<Changes> listChanges(const std::function<void()> &whileListing, IndexReport &report);
    [[nodiscard]] QHash<QString, StoredRow> storedRows() const;
    [[nodiscard]] static Changes compare(const QList<FileStamp> &files, QHash<QString, StoredRow> rows,
                                         IndexReport &report);
    // The stored hashes of the changed files, so a file whose time changed but whose bytes did not
    // is not parsed again.
    void fillHashes(QList<WorkItem> &work) const;
    // Writes the changes, if any, in one transaction; false, with `failure`, when a row could not be
    // written (the transaction is then rolled back).
    bool write(Changes &changes, const Progress &progress, const std::atomic_bool *cancel, IndexReport &report,
               QSqlError *failure);
    // Reads the files a batch at a time, in parallel, while writing the batch before.
    bool readAndWrite(const QList<WorkItem> &work, ArticleRows &rows, bool bulk, const Progress &progress,
                      const std::atomic_bool *cancel, IndexReport &report);
    void listFailures(IndexReport &report) const;
    void takeRebuildNotice(IndexReport &report);

    IndexDatabase &m_database;
};

} // namespace Byline::Core
