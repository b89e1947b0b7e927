#include "revisiondatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <atomic>
#include <utility>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcHistory, "byline.history", QtInfoMsg)

namespace Byline::Core {

namespace {

std::atomic_int connectionCounter {0};

const char *const schema[] = {
    // An article is its current path; `hash` and `title` are those of its newest revision, for
    // finding its history again after it was moved outside Byline.
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash BLOB, title TEXT)",
    "CREATE INDEX articles_hash ON articles(hash)",
    "CREATE INDEX articles_title ON articles(title)",
    // Texts by the hash of their UTF-8, compressed whole (base NULL: a key) or against a key
    // (base: that key's id), never against a delta.
    "CREATE TABLE blobs(id INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, base INTEGER, size INTEGER NOT NULL, "
    "data BLOB NOT NULL)",
    "CREATE INDEX blobs_base ON blobs(base) WHERE base IS NOT NULL",
    // AUTOINCREMENT: an id once shown is never given to another revision, even after pruning.
    "CREATE TABLE revisions(id INTEGER PRIMARY KEY AUTOINCREMENT, article INTEGER NOT NULL, time INTEGER NOT NULL, "
    "author TEXT, words INTEGER NOT NULL, name TEXT, reason INTEGER NOT NULL, blob INTEGER NOT NULL)",
    "CREATE INDEX revisions_article ON revisions(article, time)",
    "CREATE INDEX revisions_blob ON revisions(blob)",
};

bool exec(const QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    qCDebug(lcHistory) << "failed:" << sql.left(80) << query.lastError().text();
    return false;
}

// Write-ahead logging: a reader never waits for a writer. NORMAL: a commit is not synced to the disk
// until the log is checkpointed; a power cut may lose the last revisions, never the store.
void setPragmas(const QSqlDatabase &db)
{
    exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
}

// Less room than this on the store's disk, and a failed write is a full disk's doing.
constexpr qint64 nearlyFull = qint64(64) * 1024;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

} // namespace

RevisionDatabase::RevisionDatabase(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("byline-history-%1").arg(connectionCounter.fetch_add(1)))
{ }

RevisionDatabase::~RevisionDatabase()
{
    close();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase RevisionDatabase::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

void RevisionDatabase::close()
{
    m_open = false;
    m_readOnly = false;
    QSqlDatabase db = connection();
    if (db.isValid())
        db.close();
}

bool RevisionDatabase::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

bool RevisionDatabase::begin(QSqlError *error) // NOLINT(readability-make-member-function-const)
{
    return exec(connection(), QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool RevisionDatabase::commit(QSqlError *error) // NOLINT(readability-make-member-function-const)
{
    return exec(connection(), QStringLiteral("COMMIT"), error);
}

void RevisionDatabase::rollback() // NOLINT(readability-make-member-function-const)
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when SQLite already rolled back
}

bool RevisionDatabase::isDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

WriteFailure RevisionDatabase::failureOf(const QSqlError &error) const
{
    switch (primaryCode(error)) {
    case SQLITE_FULL:
        return WriteFailure::DiskFull;
    case SQLITE_READONLY:
        return WriteFailure::ReadOnlyFileSystem;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return WriteFailure::PermissionDenied;
    default:
        break;
    }
    // SQLite says "disk I/O error" when a full disk refuses its shared-memory index or its log,
    // and "unable to open" when a read-only one does: the disk itself tells which.
    const QStorageInfo disk(QFileInfo(m_path).absolutePath());
    if (disk.isValid() && disk.isReadOnly())
        return WriteFailure::ReadOnlyFileSystem;
    if (disk.isValid() && disk.bytesAvailable() < nearlyFull)
        return WriteFailure::DiskFull;
    return WriteFailure::Other;
}

QString RevisionDatabase::takeNotice()
{
    return std::exchange(m_notice, QString());
}

QString RevisionDatabase::failedTo(WriteFailure failure, const QString &detail)
{
    m_openFailure = failure;
    return AtomicFile::describe(failure, detail);
}

bool RevisionDatabase::openConnection(bool readOnly, QString *error)
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!readOnly && !QDir().mkpath(folder)) {
        *error = failedTo(WriteFailure::Other, tr("the folder %1 cannot be created").arg(folder));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? connection()
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        *error = failedTo(WriteFailure::Other,
                          tr("the SQLite driver for Qt is missing; install the package libqt6sql6-sqlite"));
        return false;
    }
    // Keeping a revision runs beside the save, never before it: a store another program holds
    // for longer than this is reported, not waited for.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
    if (readOnly) {
        // Immutable: SQLite reads the file as it is, without the shared-memory index it cannot
        // create here. Nothing else writes it either: the disk refuses them as it refused us.
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = failedTo(failureOf(db.lastError()), db.lastError().text());
        return false;
    }
    return true;
}

bool RevisionDatabase::open(QString *error)
{
    if (m_open && !m_readOnly)
        return true;
    close();
    m_openFailure = WriteFailure::None;
    if (!openConnection(false, error))
        return false;
    QString reason;
    switch (prepareSchema(&reason)) {
    case Schema::Ready:
        m_open = true;
        return true;
    case Schema::Unwritable: // the disk, not the file: nothing to put aside
        *error = reason;
        close();
        return false;
    case Schema::Unusable:
        break;
    }
    return startAnew(reason, error);
}

bool RevisionDatabase::openForReading(QString *error)
{
    if (m_open || open(error))
        return true;
    const WriteFailure failure = m_openFailure;
    if ((failure != WriteFailure::DiskFull && failure != WriteFailure::ReadOnlyFileSystem)
        || !QFileInfo::exists(m_path))
        return false;
    QString ignored;
    QString reason;
    m_readOnly = true;
    if (openConnection(true, &ignored) && prepareSchema(&reason) == Schema::Ready) {
        m_open = true;
        return true;
    }
    close();
    m_openFailure = failure; // why it could not be written, still
    return false;
}

RevisionDatabase::Schema RevisionDatabase::prepareSchema(QString *reason)
{
    const QSqlDatabase db = connection();
    // A query that failed: damage (or, where the schema is read, another schema) is the file's,
    // anything else the disk's.
    const auto failed = [&](const QSqlQuery &query, bool readingSchema) {
        const QSqlError error = query.lastError();
        if (isDamage(error) || (readingSchema && primaryCode(error) == SQLITE_ERROR)) {
            *reason = tr("it is damaged (%1)").arg(error.text());
            return Schema::Unusable;
        }
        *reason = failedTo(failureOf(error), error.text());
        return Schema::Unwritable;
    };
    QSqlQuery header(db);
    if (!header.exec(QStringLiteral("SELECT * FROM pragma_application_id, pragma_user_version")) || !header.next())
        return failed(header, false);
    const int application = header.value(0).toInt();
    const int version = header.value(1).toInt();
    header.finish();
    if (application == applicationId && version == schemaVersion) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("SELECT count(*) FROM articles, blobs, revisions WHERE 0")) || !check.next())
            return failed(check, true);
        check.finish();
        if (!m_readOnly)
            setPragmas(db);
        return Schema::Ready;
    }
    if (application == applicationId) {
        *reason = tr("it was made by another version of Byline");
        return Schema::Unusable;
    }
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
        return failed(tables, true);
    if (tables.value(0).toInt() > 0) {
        *reason = tr("the file is not Byline's revision store");
        return Schema::Unusable;
    }
    tables.finish();
    return createSchema(reason);
}

RevisionDatabase::Schema RevisionDatabase::createSchema(QString *reason)
{
    const QSqlDatabase db = connection();
    setPragmas(db); // the journal mode cannot change inside a transaction
    QSqlError failure;
    bool ok = exec(db, QStringLiteral("BEGIN IMMEDIATE"), &failure);
    for (const char *statement : schema)
        ok = ok && exec(db, QString::fromLatin1(statement), &failure);
    ok = ok && exec(db, QStringLiteral("PRAGMA application_id=%1").arg(applicationId), &failure)
        && exec(db, QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion), &failure)
        && exec(db, QStringLiteral("COMMIT"), &failure);
    if (ok)
        return Schema::Ready;
    rollback();
    *reason = failedTo(failureOf(failure), failure.text());
    return Schema::Unwritable;
}

bool RevisionDatabase::putAside(const QString &reason, QString *error)
{
    close();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    const QString aside = m_path + QStringLiteral(".damaged-") + stamp;
    // The write-ahead log goes with its file, so the damaged store can still be opened as it was.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix)) {
            *error = failedTo(WriteFailure::Other, tr("it is damaged (%1) and could not be put aside").arg(reason));
            return false;
        }
    }
    qCWarning(lcHistory) << "put aside" << m_path << "as" << aside << "because" << reason;
    m_notice = tr("The revisions kept on this computer could not be read: %1. Byline put them aside as %2 and "
                  "keeps new revisions from now on.")
                   .arg(reason, aside);
    return true;
}

bool RevisionDatabase::startAnew(const QString &reason, QString *error)
{
    if (!putAside(reason, error) || !openConnection(false, error))
        return false;
    QString problem;
    if (prepareSchema(&problem) != Schema::Ready) {
        *error = problem;
        if (m_openFailure == WriteFailure::None)
            m_openFailure = WriteFailure::Other;
        close();
        return false;
    }
    m_open = true;
    return true;
}

} // namespace Byline::Core
