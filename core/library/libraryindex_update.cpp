#include "libraryindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <future>

Q_DECLARE_LOGGING_CATEGORY(lcLibraryIndex)

namespace Byline::Core {

namespace {

constexpr int batchSize = 96;

struct WorkItem
{
    FileStamp stamp;
    qint64 id = 0; // 0 for a file new to the index
    QByteArray hash;
};

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The text as the tokenizer should see it, or null when that is the text itself.
QVariant spacedOrNull(const QString &text)
{
    const QString spaced = LibraryScanner::separateIdeographs(text);
    return spaced == text ? QVariant(QMetaType(QMetaType::QString)) : QVariant(spaced);
}

// Prepared statements for one update, reused for every file.
class Writer final
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_insert(db)
        , m_update(db)
        , m_touch(db)
        , m_remove(db)
        , m_insertBody(db)
        , m_removeBody(db)
    {
        const QString columns = QStringLiteral(
            "size, mtime, hash, title, author, date, status, tags, lang, words, target, deadline, redirect, error, "
            "search_title, search_author, search_tags, unreadable");
        m_insert.prepare(QStringLiteral("INSERT INTO articles(path, %1) VALUES (?%2)")
                             .arg(columns, QStringLiteral(", ?").repeated(18)));
        QString assignments = columns;
        assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
        m_update.prepare(QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(assignments));
        m_touch.prepare(QStringLiteral("UPDATE articles SET size = ?, mtime = ? WHERE id = ?"));
        m_remove.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
        m_insertBody.prepare(QStringLiteral("INSERT INTO bodies(id, body) VALUES (?, ?)"));
        m_removeBody.prepare(QStringLiteral("DELETE FROM bodies WHERE id = ?"));
    }

    // Writes the record over the article `id`, or as a new article when `id` is 0. Unreadable
    // files and redirect stubs get no body: they are listed but hold nothing to find.
    bool write(const ArticleRecord &record, qint64 id)
    {
        if (record.unchanged) {
            m_touch.addBindValue(record.stamp.size);
            m_touch.addBindValue(record.stamp.modified);
            m_touch.addBindValue(id);
            return run(m_touch);
        }
        if (id && !removeBody(id)) // first, while the index can still read the old row
            return false;
        QSqlQuery &query = id ? m_update : m_insert;
        if (!id)
            query.addBindValue(record.stamp.path);
        const QString tags = record.tags.join(QLatin1String(", "));
        for (const QVariant &value :
             {QVariant(record.stamp.size), QVariant(record.stamp.modified), QVariant(record.hash),
              QVariant(record.title), nullIfEmpty(record.author), nullIfEmpty(record.date), nullIfEmpty(record.status),
              nullIfEmpty(tags), nullIfEmpty(record.lang), QVariant(record.words), QVariant(record.targetWords),
              nullIfEmpty(record.deadline), nullIfEmpty(record.redirect), nullIfEmpty(record.error),
              spacedOrNull(record.title), spacedOrNull(record.author), spacedOrNull(tags),
              QVariant(record.failed() ? 1 : 0)})
            query.addBindValue(value);
        if (id)
            query.addBindValue(id);
        if (!run(query))
            return false;
        if (record.failed() || !record.redirect.isEmpty())
            return true;
        m_insertBody.addBindValue(id ? id : query.lastInsertId().toLongLong());
        m_insertBody.addBindValue(record.body);
        return run(m_insertBody);
    }

    bool remove(qint64 id)
    {
        if (!removeBody(id))
            return false;
        m_remove.addBindValue(id);
        return run(m_remove);
    }

    [[nodiscard]] QSqlError lastError() const { return m_error; }

private:
    bool removeBody(qint64 id)
    {
        m_removeBody.addBindValue(id);
        return run(m_removeBody);
    }

    bool run(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        m_error = query.lastError();
        return false;
    }

    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_touch;
    QSqlQuery m_remove;
    QSqlQuery m_insertBody;
    QSqlQuery m_removeBody;
    QSqlError m_error;
};

// The stored hashes of the changed files, so a file whose time changed but whose bytes did not is
// not parsed again.
void fillHashes(const QSqlDatabase &db, QList<WorkItem> &work)
{
    QSqlQuery query(db);
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

} // namespace

void LibraryIndex::takeRebuildNotice(IndexReport &report)
{
    if (m_rebuildReason.isEmpty())
        return;
    report.rebuilt = true;
    report.notice = m_rebuildReason;
    m_rebuildReason.clear();
}

void LibraryIndex::listFailures(IndexReport &report) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT path, error FROM articles WHERE error IS NOT NULL ORDER BY path")))
        return;
    while (query.next())
        report.failed.append({query.value(0).toString(), query.value(1).toString()});
}

IndexReport LibraryIndex::update(const Progress &progress, const std::atomic_bool *cancel,
                                 const std::function<void()> &whileListing)
{
    QElapsedTimer timer;
    timer.start();
    IndexReport report;
    const auto lengthsChange = qScopeGuard([this, &report] { m_lengthsStale = m_lengthsStale || report.changed(); });
    if (!m_open)
        return report;
    // The folder is listed while the index's own list is read.
    const QString folder = m_root;
    std::future<QList<FileStamp>> scanning
        = std::async(std::launch::async, [folder] { return LibraryScanner::scan(folder); });
    QHash<QString, Stored> rows = stored();
    if (m_needsRebuild) {
        m_needsRebuild = false;
        if (!recreate(tr("the search index was damaged"), nullptr))
            return report;
        rows.clear();
    }
    takeRebuildNotice(report);
    if (whileListing)
        whileListing();

    const qint64 storedNs = timer.nsecsElapsed();
    const QList<FileStamp> files = scanning.get();
    qCDebug(lcLibraryIndex) << "read the index's list in" << storedNs / 1000 << "µs, the folder's in"
                            << timer.nsecsElapsed() / 1000 << "µs";
    QList<WorkItem> work;
    for (const FileStamp &file : files) {
        const auto found = rows.find(file.path);
        if (found == rows.end()) {
            work.append({file, 0, {}});
            continue;
        }
        found->seen = true;
        if (found->size != file.size || found->modified != file.modified || found->failed)
            work.append({file, found->id, {}});
        else
            ++report.unchanged;
    }
    QList<qint64> removed;
    for (const Stored &row : std::as_const(rows)) {
        if (!row.seen)
            removed.append(row.id);
    }
    if (work.isEmpty() && removed.isEmpty()) {
        listFailures(report);
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    }

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    fillHashes(db, work);
    // A first build (or one replacing most of the index) inserts the rows without triggers and
    // builds the full-text index once at the end, much faster than row by row.
    const bool bulk = work.size() > 64 && work.size() > (files.size() - work.size());
    db.transaction();
    if (bulk)
        setTriggers(false);
    Writer writer(db);
    bool damaged = false;
    for (const qint64 id : std::as_const(removed)) {
        if (!writer.remove(id))
            damaged = true;
        ++report.removed;
    }
    const QString root = m_root;
    const auto launch = [&work, &root](qsizetype from) {
        return QtConcurrent::mapped(
            work.cbegin() + from, work.cbegin() + std::min(from + batchSize, work.size()),
            [root](const WorkItem &item) { return LibraryScanner::read(root, item.stamp, item.hash); });
    };
    QFuture<ArticleRecord> next = launch(0);
    for (qsizetype from = 0; from < work.size() && !damaged; from += batchSize) {
        QFuture<ArticleRecord> current = next;
        current.waitForFinished();
        const bool stop = cancel && cancel->load();
        if (from + batchSize < work.size() && !stop)
            next = launch(from + batchSize);
        const QList<ArticleRecord> records = current.results();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const ArticleRecord &record = records.at(i);
            const qint64 id = work.at(from + i).id;
            if (!writer.write(record, id)) {
                damaged = true;
                break;
            }
            if (record.unchanged)
                ++report.unchanged;
            else if (!record.failed())
                ++(id ? report.updated : report.indexed);
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
    if (damaged) {
        db.rollback();
        if (isDamage(writer.lastError())) {
            // Built anew from the files, once; a second failure is reported, not looped on.
            if (recreate(tr("the search index was damaged (%1)").arg(writer.lastError().text()), nullptr))
                return update(progress, cancel, whileListing);
        }
        report.failed.append({QString(),
                              tr("the search index could not be written: %1; check the free space "
                                 "in %2")
                                  .arg(writer.lastError().text(), QFileInfo(m_databasePath).path())});
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    }
    if (bulk && report.cancelled) {
        db.rollback();
        setTriggers(true);
    } else {
        if (bulk) {
            QSqlQuery rebuild(db);
            rebuild.exec(QStringLiteral("INSERT INTO fts(fts) VALUES('rebuild')"));
            setTriggers(true);
        }
        db.commit();
    }
    listFailures(report);
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

IndexReport LibraryIndex::updateFiles(const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    IndexReport report;
    const auto lengthsChange = qScopeGuard([this, &report] { m_lengthsStale = m_lengthsStale || report.changed(); });
    if (!m_open)
        return report;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral("SELECT id, hash FROM articles WHERE path = ?"));
    db.transaction();
    Writer writer(db);
    for (const QString &path : paths) {
        lookup.addBindValue(path);
        qint64 id = 0;
        QByteArray hash;
        if (lookup.exec() && lookup.next()) {
            id = lookup.value(0).toLongLong();
            hash = lookup.value(1).toByteArray();
        }
        lookup.finish();
        const QFileInfo info(QDir(m_root).filePath(path));
        if (!info.exists() || !LibraryScanner::isArticleFile(info.fileName())) {
            if (id && writer.remove(id))
                ++report.removed;
            continue;
        }
        const ArticleRecord record = LibraryScanner::read(m_root, LibraryScanner::stampOf(m_root, path), hash);
        if (!writer.write(record, id))
            continue;
        if (record.unchanged)
            ++report.unchanged;
        else if (!record.failed())
            ++(id ? report.updated : report.indexed);
        if (!record.error.isEmpty())
            report.failed.append({path, record.error});
    }
    db.commit();
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace Byline::Core
