#pragma once

#include "indexdatabase.h"
#include "indexreader.h"
#include "indexsearch.h"
#include "indexupdater.h"

namespace Byline::Core {

// The search index of one library folder: SQLite FTS5 through Qt Sql, in the cache folder. It is
// derived data: it never writes to the articles and is rebuilt from them whenever it is missing,
// of another schema version or damaged. It puts together the database, the updater that brings it
// up to date with the folder, and the reader and search that answer from it.
//
// A LibraryIndex and its database connection belong to the thread that created it.
class LibraryIndex final
{
    Q_DISABLE_COPY_MOVE(LibraryIndex)

public:
    static constexpr int schemaVersion = IndexDatabase::schemaVersion;
    using Progress = IndexUpdater::Progress;

    // `databasePath` empty: one database per library in QStandardPaths::CacheLocation.
    explicit LibraryIndex(const QString &root, const QString &databasePath = {});

    [[nodiscard]] static QString defaultDatabasePath(const QString &root);

    // Opens the database, creating or rebuilding it as needed. False (with `error`) only when
    // the cache folder cannot be written at all.
    bool open(QString *error = nullptr) { return m_database.open(error); }
    [[nodiscard]] bool isOpen() const { return m_database.isOpen(); }
    [[nodiscard]] QString root() const { return m_database.root(); }
    [[nodiscard]] QString databasePath() const { return m_database.path(); }

    // Brings the index up to date with the folder: new and changed files are read (in parallel),
    // removed ones dropped; unchanged ones (same size and time, or same bytes) are not read.
    // `whileListing` runs on the calling thread while the folder is being listed (the slowest part
    // when nothing changed): a search made there is valid unless the report says changed().
    IndexReport update(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr,
                       const std::function<void()> &whileListing = {})
    {
        return m_updater.update(progress, cancel, whileListing);
    }
    // Re-reads only these files (relative paths); a missing one is dropped.
    IndexReport updateFiles(const QStringList &paths) { return m_updater.updateFiles(paths); }

    [[nodiscard]] QList<SearchHit> search(const SearchQuery &query, int limit = 50) const
    {
        return m_search.search(query, limit);
    }
    [[nodiscard]] QList<ArticleSummary> articles() const { return m_reader.articles(); }
    [[nodiscard]] std::optional<ArticleSummary> article(const QString &path) const { return m_reader.article(path); }
    [[nodiscard]] int count() const { return m_reader.count(); }
    // The folders holding articles (relative, "" for the root), for watching.
    [[nodiscard]] QStringList folders() const { return m_reader.folders(); }
    [[nodiscard]] static QStringList foldersOf(const QList<ArticleSummary> &articles)
    {
        return IndexReader::foldersOf(articles);
    }
    // True when results are ranked by RankFunction (in memory); false when by the table's bm25().
    [[nodiscard]] bool hasFastRanking() const { return m_database.hasFastRanking(); }
    // Set when a query found the database damaged; the next update() rebuilds it.
    [[nodiscard]] bool needsRebuild() const { return m_database.needsRebuild(); }

private:
    IndexDatabase m_database; // first: the others read and write through it
    IndexUpdater m_updater;
    IndexReader m_reader;
    IndexSearch m_search;
};

} // namespace Byline::Core
