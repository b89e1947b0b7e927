#pragma once

#include "libraryscanner.h"
#include "rankfunction.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSqlError;

namespace Byline::Core {

// One article as the library lists it.
struct ArticleSummary
{
    QString path; // relative to the library folder
    QString title;
    QString author;
    QString date; // ISO date, empty when unknown
    QString status;
    QStringList tags;
    QString lang;
    int words = 0;
    int targetWords = 0;
    QString deadline; // ISO date or date-time
    QString redirect;
    QString error; // why the file could not be read or understood
};

struct SearchHit
{
    ArticleSummary article;
    double score = 0; // higher is better; 0 when nothing was matched (filters only)
    QString snippet; // HTML: the text escaped, matched terms inside <mark>…</mark>
    QString firstMatch; // the first matched word as the text has it, for opening the article there
};

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

// The search index of one library folder: SQLite FTS5 through Qt Sql, in the cache folder. It is
// derived data: it never writes to the articles and is rebuilt from them whenever it is missing,
// of another schema version or damaged.
//
// A LibraryIndex and its database connection belong to the thread that created it.
class LibraryIndex final
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::LibraryIndex)
    Q_DISABLE_COPY_MOVE(LibraryIndex)

public:
    static constexpr int schemaVersion = 4;
    using Progress = std::function<void(int done, int total)>;

    // `databasePath` empty: one database per library in QStandardPaths::CacheLocation.
    explicit LibraryIndex(const QString &root, const QString &databasePath = {});
    ~LibraryIndex();

    [[nodiscard]] static QString defaultDatabasePath(const QString &root);

    // Opens the database, creating or rebuilding it as needed. False (with `error`) only when
    // the cache folder cannot be written at all.
    bool open(QString *error = nullptr);
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] QString databasePath() const { return m_databasePath; }

    // Brings the index up to date with the folder: new and changed files are read (in parallel),
    // removed ones dropped; unchanged ones (same size and time, or same bytes) are not read.
    // `whileListing` runs on the calling thread while the folder is being listed (the slowest part
    // when nothing changed): a search made there is valid unless the report says changed().
    IndexReport update(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr,
                       const std::function<void()> &whileListing = {});
    // Re-reads only these files (relative paths); a missing one is dropped.
    IndexReport updateFiles(const QStringList &paths);

    [[nodiscard]] QList<SearchHit> search(const SearchQuery &query, int limit = 50) const;
    [[nodiscard]] QList<ArticleSummary> articles() const;
    [[nodiscard]] std::optional<ArticleSummary> article(const QString &path) const;
    [[nodiscard]] int count() const;
    // The folders holding articles (relative, "" for the root), for watching.
    [[nodiscard]] QStringList folders() const;
    [[nodiscard]] static QStringList foldersOf(const QList<ArticleSummary> &articles);
    // True when results are ranked by RankFunction (in memory); false when by the table's bm25().
    [[nodiscard]] bool hasFastRanking() const { return m_fastRanking; }
    // Set when a query found the database damaged; the next update() rebuilds it.
    [[nodiscard]] bool needsRebuild() const { return m_needsRebuild; }

private:
    // Column weights for ranking, in the order of the FTS columns (title, author, tags, body):
    // a word in the title counts most. Stored once as the table's rank, bm25(…).
    static constexpr const char *columnWeights = "10.0, 5.0, 4.0, 1.0";

    struct Stored
    {
        qint64 id = 0;
        qint64 size = 0;
        qint64 modified = 0;
        bool failed = false;
        bool seen = false;
    };

    bool openConnection(QString *error);
    bool prepareSchema(QString *reason);
    bool recreate(const QString &reason, QString *error);
    void setTriggers(bool enabled);
    [[nodiscard]] QHash<QString, Stored> stored() const;
    void listFailures(IndexReport &report) const;
    void takeRebuildNotice(IndexReport &report);
    [[nodiscard]] static bool isDamage(const QSqlError &error);
    // Reads the articles' lengths for ranking when the index changed since they were read.
    void refreshLengths() const;
    [[nodiscard]] QList<SearchHit> rankedSearch(const SearchQuery &query, const QString &match, int limit,
                                                bool *ok) const;

    QString m_root;
    QString m_databasePath;
    QString m_connection;
    bool m_open = false;
    mutable bool m_needsRebuild = false;
    QString m_rebuildReason;
    std::unique_ptr<ArticleLengths> m_lengths; // read by the rank function; its address must not change
    sqlite3 *m_sqlite = nullptr; // the connection itself, when it runs on Byline's SQLite library
    bool m_fastRanking = false;
    mutable bool m_lengthsStale = true;
    mutable qint64 m_dataVersion = -1; // SQLite's count of commits by other connections
};

} // namespace Byline::Core
