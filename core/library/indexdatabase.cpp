#include "indexdatabase.h"

#include "snippetfunction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <utility>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcLibraryIndex, "byline.library.index", QtInfoMsg)

namespace Byline::Core {

namespace {

std::atomic_int connectionCounter {0};

const char *const schema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
    // The metadata rows stay small, so listing, sorting and filtering never read the text; the text
    // is in its own table, read only by the full-text index and for snippets.
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER, mtime INTEGER, "
    "hash BLOB, title TEXT, author TEXT, date TEXT, status TEXT, tags TEXT, lang TEXT, words INTEGER, "
    "target INTEGER, deadline TEXT, redirect TEXT, error TEXT, search_title TEXT, search_author TEXT, "
    "search_tags TEXT, unreadable INTEGER, suggestions INTEGER, comments INTEGER, reviewers TEXT)",
    "CREATE TABLE bodies(id INTEGER PRIMARY KEY, body TEXT)",
    "CREATE INDEX articles_date ON articles(date)",
    "CREATE INDEX articles_status ON articles(status, date)", // a status, newest first, without sorting
    // The FTS table reads its text from this view: title, author and tags as shown, or with
    // ideographs spaced out for the tokenizer when they have any (the body is stored spaced out).
    "CREATE VIEW fts_content AS SELECT a.id AS id, coalesce(a.search_title, a.title) AS title, "
    "coalesce(a.search_author, a.author) AS author, coalesce(a.search_tags, a.tags) AS tags, b.body AS body "
    "FROM articles a JOIN bodies b ON b.id = a.id",
    "CREATE VIRTUAL TABLE fts USING fts5(title, author, tags, body, content='fts_content', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2', prefix='2 3')",
};

// An article's row is written first, its body second (and removed in the opposite order), so the
// full-text index follows the body table, reading the rest from the article row.
const char *const triggers[] = {
    "CREATE TRIGGER bodies_ai AFTER INSERT ON bodies BEGIN "
    "INSERT INTO fts(rowid, title, author, tags, body) SELECT a.id, coalesce(a.search_title, a.title), "
    "coalesce(a.search_author, a.author), coalesce(a.search_tags, a.tags), new.body FROM articles a "
    "WHERE a.id = new.id; END",
    "CREATE TRIGGER bodies_ad BEFORE DELETE ON bodies BEGIN "
    "INSERT INTO fts(fts, rowid, title, author, tags, body) SELECT 'delete', a.id, coalesce(a.search_title, "
    "a.title), coalesce(a.search_author, a.author), coalesce(a.search_tags, a.tags), old.body FROM articles a "
    "WHERE a.id = old.id; END",
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    qCWarning(lcLibraryIndex) << "failed:" << sql.left(80) << query.lastError().text();
    return false;
}

// Before anything else: journal mode and limits apply to what follows.
void setPragmas(QSqlDatabase &db)
{
    exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(db, QStringLiteral("PRAGMA journal_size_limit=16777216"));
    exec(db, QStringLiteral("PRAGMA temp_store=MEMORY"));
    exec(db, QStringLiteral("PRAGMA cache_size=-16000"));
    exec(db, QStringLiteral("PRAGMA mmap_size=268435456"));
}

} // namespace

IndexDatabase::IndexDatabase(const QString &root, QString path)
    : m_root(QDir(root).absolutePath())
    , m_path(std::move(path))
    , m_connection(QStringLiteral("byline-library-%1").arg(connectionCounter.fetch_add(1)))
    , m_lengths(std::make_unique<ArticleLengths>())
{ }

IndexDatabase::~IndexDatabase()
{
    {
        QSqlDatabase db = connection();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase IndexDatabase::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool IndexDatabase::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

bool IndexDatabase::isDamage(const QSqlError &error)
{
    const QString text = error.text();
    return text.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("corrupt"), Qt::CaseInsensitive)
        // FTS5 cannot build its table from shadow tables it cannot read
        || text.contains(QLatin1String("vtable constructor failed"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("no such table"), Qt::CaseInsensitive);
}

void IndexDatabase::noteDamage(const QSqlError &error) const
{
    if (isDamage(error))
        m_needsRebuild = true;
}

bool IndexDatabase::takeNeedsRebuild()
{
    return std::exchange(m_needsRebuild, false);
}

QString IndexDatabase::takeRebuildReason()
{
    return std::exchange(m_rebuildReason, QString());
}

bool IndexDatabase::openConnection(QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = tr("Could not create the folder for the search index, %1; check that it is writable.")
                         .arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? connection()
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        if (error)
            *error = tr("The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.");
        return false;
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = tr("Could not open the search index %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    m_sqlite = RankFunction::sharedConnection(db);
    m_fastRanking = RankFunction::install(m_sqlite, m_lengths.get());
    m_fastSnippets = SnippetFunction::install(m_sqlite);
    m_lengthsStale = true;
    if (!m_fastRanking)
        qCDebug(lcLibraryIndex) << "ranking with bm25(): Qt's SQLite is not the library Byline is linked with";
    return true;
}

bool IndexDatabase::open(QString *error)
{
    m_open = false;
    if (!openConnection(error))
        return false;
    QString reason;
    if (!prepareSchema(&reason)) {
        if (!recreate(reason, error))
            return false;
    }
    m_open = true;
    return true;
}

bool IndexDatabase::prepareSchema(QString *reason)
{
    QSqlDatabase db = connection();
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *reason = tr("the search index was damaged (%1)").arg(version.lastError().text());
        return false;
    }
    const int found = version.value(0).toInt();
    version.finish();
    setPragmas(db);
    if (found == schemaVersion) {
        QSqlQuery check(db);
        if (check.exec(QStringLiteral("SELECT count(*) FROM articles")) && check.next())
            return true;
        *reason = tr("the search index was damaged (%1)").arg(check.lastError().text());
        return false;
    }
    if (found != 0) {
        *reason = tr("the search index was made by another version of Byline");
        return false;
    }
    QSqlQuery tables(db);
    if (tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && tables.next()
        && tables.value(0).toInt() > 0) {
        *reason = tr("the search index file held something else");
        return false;
    }
    tables.finish();
    return createSchema(reason);
}

bool IndexDatabase::createSchema(QString *reason)
{
    QSqlDatabase db = connection();
    db.transaction();
    for (const char *statement : schema) {
        QString failure;
        if (!exec(db, QString::fromLatin1(statement), &failure)) {
            db.rollback();
            *reason = tr("the search index could not be created (%1)").arg(failure);
            return false;
        }
    }
    exec(db, QStringLiteral("INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(%1)')").arg(QLatin1String(columnWeights)));
    QSqlQuery root(db);
    root.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('root', ?)"));
    root.addBindValue(m_root);
    root.exec();
    setTriggers(true);
    exec(db, QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
    return db.commit();
}

bool IndexDatabase::recreate(const QString &reason, QString *error)
{
    qCDebug(lcLibraryIndex) << "rebuilding" << m_path << "because" << reason;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
    m_rebuildReason = reason;
    if (!openConnection(error))
        return false;
    QString second;
    if (!prepareSchema(&second)) {
        if (error)
            *error = tr("Could not create the search index %1: %2").arg(m_path, second);
        return false;
    }
    return true;
}

void IndexDatabase::setTriggers(bool enabled) // NOLINT(readability-make-member-function-const)
{
    QSqlDatabase db = connection();
    for (const QString &name : {QStringLiteral("bodies_ai"), QStringLiteral("bodies_ad")})
        exec(db, QStringLiteral("DROP TRIGGER IF EXISTS ") + name);
    if (enabled) {
        for (const char *statement : triggers)
            exec(db, QString::fromLatin1(statement));
    }
}

void IndexDatabase::refreshLengths() const
{
    QSqlQuery version(connection());
    // Commits by other connections (another window, `byline index`) change the lengths too.
    if (version.exec(QStringLiteral("PRAGMA data_version")) && version.next()) {
        const qint64 current = version.value(0).toLongLong();
        m_lengthsStale = m_lengthsStale || current != m_dataVersion;
        m_dataVersion = current;
    }
    if (m_lengthsStale)
        m_lengthsStale = !RankFunction::readLengths(m_sqlite, m_lengths.get());
}

} // namespace Byline::Core
