#include "indexupdater.h"

#include "articlerows.h"
#include "indexdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <future>
#include <optional>

#include <sqlite3.h>

namespace Byline::Core {

namespace {

constexpr int batchSize = 96;

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Counts a record written over the article `id` (0: a new one) in the report.
void countWritten(const ArticleRecord &record, qint64 id, IndexReport &report)
{
    if (record.unchanged)
        ++report.unchanged;
    else if (!record.failed())
        ++(id ? report.updated : report.indexed);
}

// On leaving the scope: the lengths the rank function reads are stale when the report says the index
// changed.
auto invalidatesLengths(IndexDatabase &database, const IndexReport &report)
{
    return qScopeGuard([&database, &report] {
        if (report.changed())
            database.invalidateLengths();
    });
}

} // namespace

IndexUpdater::IndexUpdater(IndexDatabase &database)
    : m_database(database)
{ }

IndexReport IndexUpdater::update(const Progress &progress, const std::atomic_bool *cancel,
                                 const std::function<void()> &whileListing)
{
    QElapsedTimer timer;
    timer.start();
    IndexReport report;
    const auto lengthsChange = invalidatesLengths(m_database, report);
    if (!m_database.isOpen())
        return report;
    std::optional<Changes> changes = listChanges(whileListing, report);
    if (!changes)
        return report;
    if (QSqlError failure; !write(*changes, progress, cancel, report, &failure)) {
        // Built anew from the files, once; a second failure is reported, not looped on.
        if (IndexDatabase::isDamage(failure)
            && m_database.recreate(tr("the search index was damaged (%1)").arg(failure.text()), nullptr))
            return update(progress, cancel, whileListing);
        report.failed.append({QString(),
                              tr("the search index could not be written: %1; check the free space "
                                 "in %2")
                                  .arg(failure.text(), QFileInfo(m_database.path()).path())});
        report.seconds = secondsSince(timer);
        return report;
    }
    listFailures(report);
    report.seconds = secondsSince(timer);
    return report;
}

IndexReport IndexUpdater::updateFiles(const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    IndexReport report;
    const auto lengthsChange = invalidatesLengths(m_database, report);
    if (!m_database.isOpen())
        return report;
    const QString root = m_database.root();
    QSqlDatabase db = m_database.connection();
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral("SELECT id, hash FROM articles WHERE path = ?"));
    db.transaction();
    ArticleRows rows(db);
    for (const QString &path : paths) {
        lookup.addBindValue(path);
        qint64 id = 0;
        QByteArray hash;
        if (lookup.exec() && lookup.next()) {
            id = lookup.value(0).toLongLong();
            hash = lookup.value(1).toByteArray();
        }
        lookup.finish();
        const QFileInfo info(QDir(root).filePath(path));
        if (!info.exists() || !LibraryScanner::isArticleFile(info.fileName())) {
            if (id && rows.remove(id))
                ++report.removed;
            continue;
        }
        const ArticleRecord record = LibraryScanner::read(root, LibraryScanner::stampOf(root, path), hash);
        if (!rows.write(record, id))
            continue;
        countWritten(record, id, report);
        if (!record.error.isEmpty())
            report.failed.append({path, record.error});
    }
    db.commit();
    report.seconds = secondsSince(timer);
    return report;
}

QHash<QString, IndexUpdater::StoredRow> IndexUpdater::storedRows() const
{
    QHash<QString, StoredRow> rows;
    const char *sql = "SELECT id, path, size, mtime, unreadable FROM articles";
    sqlite3 *connection = m_database.sqlite();
    sqlite3_stmt *statement = nullptr;
    // Straight from SQLite where it can: this list is read on every start and every `byline search`.
    if (connection && sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) == SQLITE_OK) {
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *path = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
            rows.insert(QString::fromUtf8(path, sqlite3_column_bytes(statement, 1)),
                        {sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 2),
                         sqlite3_column_int64(statement, 3), sqlite3_column_int(statement, 4) != 0});
        }
        sqlite3_finalize(statement);
        if (rc == SQLITE_DONE)
            return rows;
        rows.clear(); // the same query through Qt tells whether the file is damaged
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(sql))) {
        m_database.noteDamage(query.lastError());
        return rows;
    }
    while (query.next()) {
        rows.insert(query.value(1).toString(),
                    {query.value(0).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong(),
                     query.value(4).toBool()});
    }
    return rows;
}

std::optional<IndexUpdater::Changes> IndexUpdater::listChanges(const std::function<void()> &whileListing,
                                                               IndexReport &report)
{
    QElapsedTimer timer;
    timer.start();
    // The folder is listed while the index's own list is read.
    std::future<QList<FileStamp>> scanning
        = std::async(std::launch::async, [folder = m_database.root()] { return LibraryScanner::scan(folder); });
    QHash<QString, StoredRow> rows = storedRows();
    if (m_database.takeNeedsRebuild()) {
        if (!m_database.recreate(tr("the search index was damaged"), nullptr))
            return std::nullopt;
        rows.clear();
    }
    takeRebuildNotice(report);
    if (whileListing)
        whileListing();
    const qint64 storedNs = timer.nsecsElapsed();
    const QList<FileStamp> files = scanning.get();
    qCDebug(lcLibraryIndex) << "read the index's list in" << storedNs / 1000 << "µs, the folder's in"
                            << timer.nsecsElapsed() / 1000 << "µs";
    return compare(files, std::move(rows), report);
}

IndexUpdater::Changes IndexUpdater::compare(const QList<FileStamp> &files, QHash<QString, StoredRow> rows,
                                            IndexReport &report)
{
    Changes changes;
    for (const FileStamp &file : files) {
        const auto found = rows.find(file.path);
        if (found == rows.end()) {
            changes.work.append({file, 0, {}});
            continue;
        }
        found->seen = true;
        if (found->size != file.size || found->modified != file.modified || found->failed)
            changes.work.append({file, found->id, {}});
        else
            ++report.unchanged;
    }
    for (const StoredRow &row : std::as_const(rows)) {
        if (!row.seen)
            changes.removed.append(row.id);
    }
    changes.bulk = changes.work.size() > 64 && changes.work.size() > (files.size() - changes.work.size());
    return changes;
}

void IndexUpdater::fillHashes(QList<WorkItem> &work) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT hash FROM articles WHERE id = ?"));
    for (WorkItem &item : work) {
        if (!item.id)
            continue;
        query.addBindValue(item.id);
        if (query.exec() && query.next())
            item.hash = query.value(0).toByteArray();
        query.finish();
    }
}

bool IndexUpdater::write(Changes &changes, const Progress &progress, const std::atomic_bool *cancel,
                         IndexReport &report, QSqlError *failure)
{
    if (changes.work.isEmpty() && changes.removed.isEmpty())
        return true;
    QSqlDatabase db = m_database.connection();
    fillHashes(changes.work);
    db.transaction();
    if (changes.bulk)
        m_database.setTriggers(false);
    ArticleRows rows(db);
    bool written = true;
    for (const qint64 id : std::as_const(changes.removed)) {
        if (!rows.remove(id))
            written = false;
        ++report.removed;
    }
    if (written)
        written = readAndWrite(changes.work, rows, changes.bulk, progress, cancel, report);
    if (!written) {
        db.rollback();
        *failure = rows.lastError();
        return false;
    }
    if (changes.bulk && report.cancelled) {
        db.rollback();
        m_database.setTriggers(true);
        return true;
    }
    if (changes.bulk) {
        QSqlQuery rebuild(db);
        rebuild.exec(QStringLiteral("INSERT INTO fts(fts) VALUES('rebuild')"));
        m_database.setTriggers(true);
    }
    db.commit();
    return true;
}

bool IndexUpdater::readAndWrite(const QList<WorkItem> &work, ArticleRows &rows, bool bulk, const Progress &progress,
                                const std::atomic_bool *cancel, IndexReport &report)
{
    QSqlDatabase db = m_database.connection();
    const QString root = m_database.root();
    const auto launch = [&work, &root](qsizetype from) {
        return QtConcurrent::mapped(
            work.cbegin() + from, work.cbegin() + std::min(from + batchSize, work.size()),
            [root](const WorkItem &item) { return LibraryScanner::read(root, item.stamp, item.hash); });
    };
    QFuture<ArticleRecord> next = launch(0);
    bool written = true;
    for (qsizetype from = 0; from < work.size() && written; from += batchSize) {
        QFuture<ArticleRecord> current = next;
        current.waitForFinished();
        const bool stop = cancel && cancel->load();
        if (from + batchSize < work.size() && !stop)
            next = launch(from + batchSize);
        const QList<ArticleRecord> records = current.results();
        for (qsizetype i = 0; i < records.size() && written; ++i) {
            const qint64 id = work.at(from + i).id;
            written = rows.write(records.at(i), id);
            if (written)
                countWritten(records.at(i), id, report);
        }
        if (progress)
            progress(int(std::min(from + batchSize, work.size())), int(work.size()));
        if (stop) {
            report.cancelled = true;
            break;
        }
        if (!bulk) { // readers see the progress; a cancelled update keeps what it did
            db.commit();
            db.transaction();
        }
    }
    // A batch still being read refers to `work`: it must end before `work` does.
    next.cancel();
    next.waitForFinished();
    return written;
}

void IndexUpdater::listFailures(IndexReport &report) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT path, error FROM articles WHERE error IS NOT NULL ORDER BY path")))
        return;
    while (query.next())
        report.failed.append({query.value(0).toString(), query.value(1).toString()});
}

void IndexUpdater::takeRebuildNotice(IndexReport &report)
{
    report.notice = m_database.takeRebuildReason();
    report.rebuilt = !report.notice.isEmpty();
}

} // namespace Byline::Core
