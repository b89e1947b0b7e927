#pragma once

#include "indexreader.h"
#include "searchquery.h"

namespace Byline::Core {

class IndexDatabase;

struct SearchHit
{
    ArticleSummary article;
    double score = 0; // higher is better; 0 when nothing was matched (filters only)
    QString snippet; // HTML: the text escaped, matched terms inside <mark>…</mark>
    QString firstMatch; // the first matched word as the text has it, for opening the article there
};

// Full-text search of an index: a SearchQuery's words and filters, the hits ranked by relevance
// (RankFunction where the database has it, the table's bm25() where not) or newest first, each
// with a snippet of its text around the words found.
//
// Belongs to the thread of its database.
class IndexSearch final
{
    Q_DISABLE_COPY_MOVE(IndexSearch)

public:
    explicit IndexSearch(const IndexDatabase &database);

    [[nodiscard]] QList<SearchHit> search(const SearchQuery &query, int limit) const;

private:
    // No words to find: the articles through the filters, newest first.
    [[nodiscard]] QList<SearchHit> newest(const SearchQuery &query, int limit) const;
    // `match`, the FTS5 expression, in the index, newest first.
    [[nodiscard]] QList<SearchHit> newestMatching(const SearchQuery &query, const QString &match, int limit) const;
    // `match` ranked by RankFunction on the lengths held in memory.
    [[nodiscard]] QList<SearchHit> rankedSearch(const SearchQuery &query, const QString &match, int limit) const;
    // `match` ranked by the table's own rank, bm25().
    [[nodiscard]] QList<SearchHit> tableRankedSearch(const SearchQuery &query, const QString &match, int limit) const;

    const IndexDatabase &m_database;
};

} // namespace Byline::Core
