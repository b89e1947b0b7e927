#pragma once

#include "rankfunction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QVariantList>

#include <memory>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

// The log of the library index, shared by its classes.
Q_DECLARE_LOGGING_CATEGORY(lcLibraryIndex)

namespace Byline::Core {

// The SQLite database of one library's index, through Qt Sql: its connection, with Byline's rank
// function and the articles' lengths it reads, its schema and what it knows of its own health. It
// holds derived data: missing, of another schema version or damaged, it is built anew.
//
// An IndexDatabase and its connection belong to the thread that created it.
class IndexDatabase final
{
    // Its messages are the library index's, translated as they always were.
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::LibraryIndex)
    Q_DISABLE_COPY_MOVE(IndexDatabase)

public:
    static constexpr int schemaVersion = 5;
    // Column weights for ranking, in the order of the FTS columns (title, author, tags, body):
    // a word in the title counts most. Stored once as the table's rank, bm25(…).
    static constexpr const char *columnWeights = "10.0, 5.0, 4.0, 1.0";

    // `root`, the library folder, is recorded in the database it creates at `path`.
    IndexDatabase(const QString &root, QString path);
    ~IndexDatabase();

    // Opens the database, creating or rebuilding it as needed. False (with `error`) only when
    // the folder of `path` cannot be written at all.
    bool open(QString *error);
    // Deletes the database and creates it anew; `reason` is kept for takeRebuildReason().
    bool recreate(const QString &reason, QString *error);
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase connection() const;
    // The connection itself, when it runs on Byline's SQLite library; null otherwise.
    [[nodiscard]] sqlite3 *sqlite() const { return m_sqlite; }
    // The triggers that keep the full-text index in step with the bodies, on or off.
    void setTriggers(bool enabled);

    // Prepares `sql` (forward only), binds `values` in order and runs it.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values);

    [[nodiscard]] static bool isDamage(const QSqlError &error);
    // Remembers a failed query's error when it shows the database damaged.
    void noteDamage(const QSqlError &error) const;
    // Set when a query found the database damaged.
    [[nodiscard]] bool needsRebuild() const { return m_needsRebuild; }
    // needsRebuild(), clearing it: the caller rebuilds.
    bool takeNeedsRebuild();
    // Why the database was last built anew, once; empty when it was not.
    QString takeRebuildReason();

    // True when the rank function is installed; false when ranking is the table's bm25().
    [[nodiscard]] bool hasFastRanking() const { return m_fastRanking; }
    // True when SnippetFunction stands in for snippet() on rows with very many matches.
    [[nodiscard]] bool hasFastSnippets() const { return m_fastSnippets; }
    // The rows changed through this connection: the lengths are read again before ranking.
    void invalidateLengths() { m_lengthsStale = true; }
    // Reads the articles' lengths for the rank function when the index changed since they were read.
    void refreshLengths() const;

private:
    bool openConnection(QString *error);
    bool prepareSchema(QString *reason);
    bool createSchema(QString *reason);

    QString m_root;
    QString m_path;
    QString m_connection;
    bool m_open = false;
    mutable bool m_needsRebuild = false;
    QString m_rebuildReason;
    std::unique_ptr<ArticleLengths> m_lengths; // read by the rank function; its address must not change
    sqlite3 *m_sqlite = nullptr;
    bool m_fastRanking = false;
    bool m_fastSnippets = false;
    mutable bool m_lengthsStale = true;
    mutable qint64 m_dataVersion = -1; // SQLite's count of commits by other connections
};

} // namespace Byline::Core
