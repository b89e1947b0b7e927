#pragma once

#include <QList>

class QSqlDatabase;
struct sqlite3;
struct fts5_api;

namespace Byline::Core {

// The length of every article, in words, by its row id: what BM25 needs of each row, held in
// memory so ranking does not read the FTS table's own size records row by row.
struct ArticleLengths
{
    QList<quint32> byId;
    double average = 1;

    [[nodiscard]] double of(qint64 id) const
    {
        return id >= 0 && id < byId.size() && byId.at(id) > 0 ? double(byId.at(id)) : average;
    }
};

// `byline_rank(fts, w1, w2, …)`: BM25 (k1 = 1.2, b = 0.75, the weights per column) as FTS5's own
// bm25() computes it, but with the lengths from ArticleLengths. Ordering 100,000 articles by it is
// several times faster than by bm25(), whose cost is mostly one size lookup per matching row.
class RankFunction final
{
public:
    static constexpr const char *name = "byline_rank";

    // The SQLite connection under `db`, when it runs on the SQLite library Byline is linked with;
    // null when Qt's driver carries a copy of its own (then the FTS table's rank, bm25(), serves).
    [[nodiscard]] static sqlite3 *sharedConnection(const QSqlDatabase &db);
    // FTS5's interface for new functions on `connection` (version 2 or later), or null.
    [[nodiscard]] static fts5_api *fts5Api(sqlite3 *connection);
    // Registers the function on `connection`; `lengths` must outlive it.
    [[nodiscard]] static bool install(sqlite3 *connection, const ArticleLengths *lengths);
    // Reads every article's length from the index, straight from SQLite: 100,000 rows through
    // QSqlQuery take longer than the searches they serve.
    [[nodiscard]] static bool readLengths(sqlite3 *connection, ArticleLengths *lengths);
};

} // namespace Byline::Core
