#include "indexsearch.h"

#include "indexdatabase.h"
#include "libraryscanner.h"
#include "searchfilters.h"
#include "snippetfunction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace Byline::Core {

namespace {

constexpr QChar markStart(u'\x02');
constexpr QChar markEnd(u'\x03');
constexpr int snippetTokens = 24;
constexpr int plainSnippetCharacters = 240;
constexpr double titleBonus = 3.0;
constexpr int minimumRanked = 20; // hits looked at when preferring literal titles, however few are asked for

// A row id and its score by RankFunction (higher is better).
using RankedRow = std::pair<qint64, double>;

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// snippet() output with its markers → HTML with <mark>, and the first marked word.
QString snippetHtml(const QString &raw, QString *firstMatch)
{
    const QString text = LibraryScanner::joinIdeographs(raw, QStringView(u"\x02\x03"));
    const qsizetype start = text.indexOf(markStart);
    const qsizetype end = start < 0 ? -1 : text.indexOf(markEnd, start);
    if (firstMatch && end > start)
        *firstMatch = text.mid(start + 1, end - start - 1);
    QString html = escapeHtml(text);
    html.replace(markStart, QLatin1String("<mark>"));
    html.replace(markEnd, QLatin1String("</mark>"));
    return html;
}

QString plainSnippet(const QString &body)
{
    QString text = LibraryScanner::joinIdeographs(body).simplified();
    if (text.size() > plainSnippetCharacters) {
        const qsizetype cut = text.lastIndexOf(QLatin1Char(' '), plainSnippetCharacters);
        text = text.left(cut > plainSnippetCharacters / 2 ? cut : plainSnippetCharacters) + QStringLiteral("…");
    }
    return escapeHtml(text);
}

// bm25 matches stems ("generics" finds "generally"): among the hits shown, an article whose title
// has the words as typed goes first.
void preferLiteralTitles(QList<SearchHit> &hits, const QStringList &literals, int limit)
{
    // " words of it " with punctuation as spaces, so a match is of whole words.
    static const QRegularExpression nonWord(QStringLiteral("\\W+"));
    const auto spaced = [](const QString &text) -> QString {
        return QLatin1Char(' ') + text.toLower().replace(nonWord, QStringLiteral(" ")).trimmed() + QLatin1Char(' ');
    };
    QStringList wanted;
    for (const QString &literal : literals) {
        if (const QString words = spaced(literal); words.size() > 2)
            wanted.append(words);
    }
    if (!wanted.isEmpty()) {
        for (SearchHit &hit : hits) {
            const QString title = spaced(hit.article.title);
            for (const QString &words : std::as_const(wanted)) {
                if (title.contains(words))
                    hit.score += titleBonus;
            }
        }
        std::stable_sort(hits.begin(), hits.end(),
                         [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    }
    if (hits.size() > limit)
        hits.resize(limit);
}

// A full-text search through the filters: binds the match, then the filters' values.
QString matchingFrom(const SearchFilters &filters)
{
    return QStringLiteral("FROM fts JOIN articles a ON a.id = fts.rowid WHERE fts MATCH ?")
        + filters.sql(QStringLiteral(" AND "));
}

// The body's snippet: snippet(), or SnippetFunction's where a row matches too often for it.
QString snippetSql(const IndexDatabase &database)
{
    QString snippet = QStringLiteral("snippet(fts, 3, char(2), char(3), '…', %1)").arg(snippetTokens);
    if (!database.hasFastSnippets())
        return snippet;
    return QStringLiteral("coalesce(%1(fts, 3, char(2), char(3), '…', %2), %3)")
        .arg(QLatin1String(SnippetFunction::name))
        .arg(snippetTokens)
        .arg(snippet);
}

// What hitsFrom() reads: the summary, the table's rank and the snippet.
QString hitColumns(const IndexDatabase &database)
{
    return QStringLiteral("%1, fts.rank, %2").arg(QLatin1String(IndexReader::summaryColumns), snippetSql(database));
}

QList<SearchHit> hitsFrom(QSqlQuery &query)
{
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.article = IndexReader::summaryFrom(query);
        hit.score = -query.value(IndexReader::summaryColumnCount).toDouble();
        hit.snippet = snippetHtml(query.value(IndexReader::summaryColumnCount + 1).toString(), &hit.firstMatch);
        hits.append(hit);
    }
    return hits;
}

// The best `limit` rows by RankFunction, best first; the articles table is joined only to filter.
QList<RankedRow> bestRanked(const IndexDatabase &database, const SearchFilters &filters, const QString &match,
                            int limit)
{
    QVariantList values {match};
    values += filters.values;
    values.append(limit);
    const QString rank = QStringLiteral("%1(fts, %2)")
                             .arg(QLatin1String(RankFunction::name), QLatin1String(IndexDatabase::columnWeights));
    const QString join = filters.clauses.isEmpty() ? QString() : QStringLiteral(" JOIN articles a ON a.id = fts.rowid");
    QSqlQuery ranked(database.connection());
    QList<RankedRow> rows;
    if (!IndexDatabase::run(
            ranked,
            QStringLiteral("SELECT fts.rowid, %1 AS score FROM fts%2 WHERE fts MATCH ?%3 ORDER BY score LIMIT ?")
                .arg(rank, join, filters.sql(QStringLiteral(" AND "))),
            values)) {
        database.noteDamage(ranked.lastError());
        return rows;
    }
    while (ranked.next())
        rows.append({ranked.value(0).toLongLong(), -ranked.value(1).toDouble()});
    return rows;
}

// Summaries and snippets for these rows alone, by row id; their scores are left at 0.
QHash<qint64, SearchHit> hitsById(const IndexDatabase &database, const QList<RankedRow> &rows, const QString &match)
{
    QStringList ids;
    for (const RankedRow &row : rows)
        ids.append(QString::number(row.first));
    QSqlQuery shown(database.connection());
    QHash<qint64, SearchHit> byId;
    if (!IndexDatabase::run(
            shown,
            QStringLiteral("SELECT %1, %2, fts.rowid FROM fts "
                           "JOIN articles a ON a.id = fts.rowid WHERE fts MATCH ? AND fts.rowid IN (%3)")
                .arg(QLatin1String(IndexReader::summaryColumns), snippetSql(database), ids.join(QLatin1Char(','))),
            {match})) {
        database.noteDamage(shown.lastError());
        return byId;
    }
    while (shown.next()) {
        SearchHit hit;
        hit.article = IndexReader::summaryFrom(shown);
        hit.snippet = snippetHtml(shown.value(IndexReader::summaryColumnCount).toString(), &hit.firstMatch);
        byId.insert(shown.value(IndexReader::summaryColumnCount + 1).toLongLong(), hit);
    }
    return byId;
}

} // namespace

IndexSearch::IndexSearch(const IndexDatabase &database)
    : m_database(database)
{ }

QList<SearchHit> IndexSearch::search(const SearchQuery &query, int limit) const
{
    if (!m_database.isOpen() || limit <= 0)
        return {};
    if (query.match.isEmpty())
        return newest(query, limit);
    const QString match
        = query.exclude.isEmpty() ? query.match : QStringLiteral("(%1) NOT (%2)").arg(query.match, query.exclude);
    if (query.sort == SearchQuery::Sort::Date)
        return newestMatching(query, match, limit);
    const int ranked = std::max(limit, minimumRanked);
    QList<SearchHit> hits
        = m_database.hasFastRanking() ? rankedSearch(query, match, ranked) : tableRankedSearch(query, match, ranked);
    preferLiteralTitles(hits, query.literals, limit);
    return hits;
}

QList<SearchHit> IndexSearch::newest(const SearchQuery &query, int limit) const
{
    SearchFilters where = SearchFilters::of(query);
    if (!query.exclude.isEmpty()) {
        where.clauses.append(QStringLiteral("a.id NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)"));
        where.values.append(query.exclude);
    }
    where.values.append(limit);
    QSqlQuery sql(m_database.connection());
    QList<SearchHit> hits;
    // The text is read for the rows shown only.
    if (!IndexDatabase::run(sql,
                            QStringLiteral("SELECT %1, 0, substr(b.body, 1, %2) FROM (SELECT * FROM articles a%3 "
                                           "ORDER BY a.date DESC LIMIT ?) a LEFT JOIN bodies b ON b.id = a.id "
                                           "ORDER BY a.date DESC")
                                .arg(QLatin1String(IndexReader::summaryColumns))
                                .arg(plainSnippetCharacters * 2)
                                .arg(where.sql(QStringLiteral(" WHERE "))),
                            where.values)) {
        m_database.noteDamage(sql.lastError());
        return hits;
    }
    while (sql.next()) {
        hits.append({IndexReader::summaryFrom(sql),
                     0,
                     plainSnippet(sql.value(IndexReader::summaryColumnCount + 1).toString()),
                     {}});
    }
    return hits;
}

QList<SearchHit> IndexSearch::newestMatching(const SearchQuery &query, const QString &match, int limit) const
{
    const SearchFilters filters = SearchFilters::of(query);
    const QString from = matchingFrom(filters);
    QVariantList values {match};
    values += filters.values;
    // The newest `limit` hits first, then snippets for those only.
    QSqlQuery ids(m_database.connection());
    if (!IndexDatabase::run(ids, QStringLiteral("SELECT a.id %1 ORDER BY a.date DESC LIMIT ?").arg(from),
                            QVariantList(values) << limit)) {
        m_database.noteDamage(ids.lastError());
        return {};
    }
    QStringList list;
    while (ids.next())
        list.append(QString::number(ids.value(0).toLongLong()));
    if (list.isEmpty())
        return {};
    QSqlQuery sql(m_database.connection());
    if (!IndexDatabase::run(sql,
                            QStringLiteral("SELECT %1 %2 AND fts.rowid IN (%3) ORDER BY a.date DESC")
                                .arg(hitColumns(m_database), from, list.join(QLatin1Char(','))),
                            values)) {
        m_database.noteDamage(sql.lastError());
        return {};
    }
    return hitsFrom(sql);
}

QList<SearchHit> IndexSearch::rankedSearch(const SearchQuery &query, const QString &match, int limit) const
{
    m_database.refreshLengths();
    // The best rows by the in-memory rank first; then titles and snippets for those rows alone.
    const QList<RankedRow> best = bestRanked(m_database, SearchFilters::of(query), match, limit);
    if (best.isEmpty())
        return {};
    QHash<qint64, SearchHit> byId = hitsById(m_database, best, match);
    QList<SearchHit> hits;
    for (const auto &[id, score] : best) {
        if (const auto found = byId.find(id); found != byId.end()) {
            found->score = score;
            hits.append(*found);
        }
    }
    return hits;
}

QList<SearchHit> IndexSearch::tableRankedSearch(const SearchQuery &query, const QString &match, int limit) const
{
    const SearchFilters filters = SearchFilters::of(query);
    QVariantList values {match};
    values += filters.values;
    values.append(limit);
    // ORDER BY rank lets FTS5 sort before the snippets are made, so only `limit` are built.
    QSqlQuery sql(m_database.connection());
    if (!IndexDatabase::run(
            sql,
            QStringLiteral("SELECT %1 %2 ORDER BY fts.rank LIMIT ?").arg(hitColumns(m_database), matchingFrom(filters)),
            values)) {
        m_database.noteDamage(sql.lastError());
        return {};
    }
    return hitsFrom(sql);
}

} // namespace Byline::Core
