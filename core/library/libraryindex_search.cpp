#include "libraryindex.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Byline::Core {

namespace {

constexpr QChar markStart(u'\x02');
constexpr QChar markEnd(u'\x03');
constexpr int snippetTokens = 24;
constexpr int plainSnippetCharacters = 240;
constexpr double titleBonus = 3.0;
constexpr int minimumRanked = 20; // hits looked at when preferring literal titles, however few are asked for

const QString summaryColumns = QStringLiteral("a.path, a.title, a.author, a.date, a.status, a.tags, a.lang, a.words, "
                                              "a.target, a.deadline, a.redirect, a.error");
constexpr int summaryColumnCount = 12;

ArticleSummary summaryFrom(const QSqlQuery &query)
{
    ArticleSummary summary;
    summary.path = query.value(0).toString();
    summary.title = query.value(1).toString();
    summary.author = query.value(2).toString();
    summary.date = query.value(3).toString();
    summary.status = query.value(4).toString();
    const QString tags = query.value(5).toString();
    if (!tags.isEmpty())
        summary.tags = tags.split(QLatin1String(", "));
    summary.lang = query.value(6).toString();
    summary.words = query.value(7).toInt();
    summary.targetWords = query.value(8).toInt();
    summary.deadline = query.value(9).toString();
    summary.redirect = query.value(10).toString();
    summary.error = query.value(11).toString();
    return summary;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

// SQL conditions on the articles table (alias a) and the values they bind, in order.
struct Conditions
{
    QStringList clauses;
    QVariantList values;

    [[nodiscard]] QString sql(const QString &lead) const
    {
        return clauses.isEmpty() ? QString() : lead + clauses.join(QLatin1String(" AND "));
    }
};

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

QString languageCondition(const QStringList &langs, QVariantList &values)
{
    QStringList any;
    for (const QString &lang : langs) {
        any.append(QStringLiteral("lower(replace(a.lang, '_', '-')) = ? "
                                  "OR lower(replace(a.lang, '_', '-')) LIKE ? ESCAPE '\\'"));
        values << lang << QString(escapeLike(lang) + QLatin1String("-%"));
    }
    return QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

Conditions filtersOf(const SearchQuery &query)
{
    Conditions where;
    if (!query.statuses.isEmpty()) {
        where.clauses.append(QStringLiteral("a.status IN (%1)").arg(placeholders(query.statuses.size())));
        for (const QString &status : query.statuses)
            where.values.append(status);
    }
    if (!query.notStatuses.isEmpty()) {
        where.clauses.append(
            QStringLiteral("(a.status IS NULL OR a.status NOT IN (%1))").arg(placeholders(query.notStatuses.size())));
        for (const QString &status : query.notStatuses)
            where.values.append(status);
    }
    if (!query.langs.isEmpty())
        where.clauses.append(languageCondition(query.langs, where.values));
    if (!query.notLangs.isEmpty())
        where.clauses.append(
            QStringLiteral("(a.lang IS NULL OR NOT %1)").arg(languageCondition(query.notLangs, where.values)));
    if (query.after.isValid()) {
        where.clauses.append(QStringLiteral("substr(a.date, 1, 10) >= ?"));
        where.values.append(query.after.toString(Qt::ISODate));
    }
    if (query.before.isValid()) {
        where.clauses.append(QStringLiteral("substr(a.date, 1, 10) < ?"));
        where.values.append(query.before.toString(Qt::ISODate));
    }
    return where;
}

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

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

QList<SearchHit> LibraryIndex::search(const SearchQuery &query, int limit) const
{
    QList<SearchHit> hits;
    if (!m_open || limit <= 0)
        return hits;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Conditions filters = filtersOf(query);
    QSqlQuery sql(db);
    bool ok = false;
    if (query.match.isEmpty()) {
        Conditions where = filters;
        if (!query.exclude.isEmpty()) {
            where.clauses.append(QStringLiteral("a.id NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)"));
            where.values.append(query.exclude);
        }
        where.values.append(limit);
        // The newest first; the text is read for the rows shown only.
        ok = run(sql,
                 QStringLiteral("SELECT %1, 0, substr(b.body, 1, %2) FROM (SELECT * FROM articles a%3 "
                                "ORDER BY a.date DESC LIMIT ?) a LEFT JOIN bodies b ON b.id = a.id "
                                "ORDER BY a.date DESC")
                     .arg(summaryColumns)
                     .arg(plainSnippetCharacters * 2)
                     .arg(where.sql(QStringLiteral(" WHERE "))),
                 where.values);
        while (ok && sql.next()) {
            hits.append({summaryFrom(sql), 0, plainSnippet(sql.value(summaryColumnCount + 1).toString()), {}});
        }
    } else {
        const QString match
            = query.exclude.isEmpty() ? query.match : QStringLiteral("(%1) NOT (%2)").arg(query.match, query.exclude);
        QVariantList values {match};
        values += filters.values;
        const QString from = QStringLiteral("FROM fts JOIN articles a ON a.id = fts.rowid WHERE fts MATCH ?")
            + filters.sql(QStringLiteral(" AND "));
        const QString columns = QStringLiteral("%1, fts.rank, snippet(fts, 3, char(2), char(3), '…', %2)")
                                    .arg(summaryColumns)
                                    .arg(snippetTokens);
        if (query.sort == SearchQuery::Sort::Relevance && m_fastRanking) {
            hits = rankedSearch(query, match, std::max(limit, minimumRanked), &ok);
        } else if (query.sort == SearchQuery::Sort::Relevance) {
            // ORDER BY rank lets FTS5 sort before the snippets are made, so only `limit` are built.
            values.append(std::max(limit, minimumRanked));
            ok = run(sql, QStringLiteral("SELECT %1 %2 ORDER BY fts.rank LIMIT ?").arg(columns, from), values);
        } else {
            // The newest `limit` hits first, then snippets for those only.
            QSqlQuery ids(db);
            QVariantList idValues = values;
            idValues.append(limit);
            ok = run(ids, QStringLiteral("SELECT a.id %1 ORDER BY a.date DESC LIMIT ?").arg(from), idValues);
            QStringList list;
            while (ok && ids.next())
                list.append(QString::number(ids.value(0).toLongLong()));
            if (ok && !list.isEmpty()) {
                ok = run(sql,
                         QStringLiteral("SELECT %1 %2 AND fts.rowid IN (%3) ORDER BY a.date DESC")
                             .arg(columns, from, list.join(QLatin1Char(','))),
                         values);
            }
        }
        while (ok && sql.next()) {
            SearchHit hit;
            hit.article = summaryFrom(sql);
            hit.score = -sql.value(summaryColumnCount).toDouble();
            hit.snippet = snippetHtml(sql.value(summaryColumnCount + 1).toString(), &hit.firstMatch);
            hits.append(hit);
        }
    }
    if (query.sort == SearchQuery::Sort::Relevance && !query.match.isEmpty())
        preferLiteralTitles(hits, query.literals, limit);
    if (!ok && isDamage(sql.lastError()))
        m_needsRebuild = true;
    return hits;
}

void LibraryIndex::refreshLengths() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery version(db);
    // Commits by other connections (another window, `byline index`) change the lengths too.
    if (version.exec(QStringLiteral("PRAGMA data_version")) && version.next()) {
        const qint64 current = version.value(0).toLongLong();
        m_lengthsStale = m_lengthsStale || current != m_dataVersion;
        m_dataVersion = current;
    }
    if (m_lengthsStale)
        m_lengthsStale = !RankFunction::readLengths(m_sqlite, m_lengths.get());
}

QList<SearchHit> LibraryIndex::rankedSearch(const SearchQuery &query, const QString &match, int limit, bool *ok) const
{
    refreshLengths();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Conditions filters = filtersOf(query);
    // The best `limit` rows by the in-memory rank first (the articles table joined only to
    // filter); then titles and snippets for those rows alone.
    QVariantList values {match};
    values += filters.values;
    values.append(limit);
    const QString rank
        = QStringLiteral("%1(fts, %2)").arg(QLatin1String(RankFunction::name), QLatin1String(columnWeights));
    const QString join = filters.clauses.isEmpty() ? QString() : QStringLiteral(" JOIN articles a ON a.id = fts.rowid");
    QSqlQuery ranked(db);
    *ok = run(ranked,
              QStringLiteral("SELECT fts.rowid, %1 AS score FROM fts%2 WHERE fts MATCH ?%3 ORDER BY score LIMIT ?")
                  .arg(rank, join, filters.sql(QStringLiteral(" AND "))),
              values);
    QList<qint64> order;
    QHash<qint64, double> scores;
    while (*ok && ranked.next()) {
        order.append(ranked.value(0).toLongLong());
        scores.insert(order.constLast(), -ranked.value(1).toDouble());
    }
    QList<SearchHit> hits;
    if (!*ok || order.isEmpty())
        return hits;
    QStringList ids;
    for (const qint64 id : std::as_const(order))
        ids.append(QString::number(id));
    QSqlQuery shown(db);
    *ok = run(shown,
              QStringLiteral("SELECT %1, snippet(fts, 3, char(2), char(3), '…', %2), fts.rowid FROM fts "
                             "JOIN articles a ON a.id = fts.rowid WHERE fts MATCH ? AND fts.rowid IN (%3)")
                  .arg(summaryColumns)
                  .arg(snippetTokens)
                  .arg(ids.join(QLatin1Char(','))),
              {match});
    QHash<qint64, SearchHit> byId;
    while (*ok && shown.next()) {
        SearchHit hit;
        hit.article = summaryFrom(shown);
        hit.snippet = snippetHtml(shown.value(summaryColumnCount).toString(), &hit.firstMatch);
        const qint64 id = shown.value(summaryColumnCount + 1).toLongLong();
        hit.score = scores.value(id);
        byId.insert(id, hit);
    }
    for (const qint64 id : std::as_const(order)) {
        if (const auto found = byId.constFind(id); found != byId.cend())
            hits.append(*found);
    }
    return hits;
}

QList<ArticleSummary> LibraryIndex::articles() const
{
    QList<ArticleSummary> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!m_open || !query.exec(QStringLiteral("SELECT %1 FROM articles a ORDER BY a.path").arg(summaryColumns))) {
        if (m_open && isDamage(query.lastError()))
            m_needsRebuild = true;
        return list;
    }
    while (query.next())
        list.append(summaryFrom(query));
    return list;
}

std::optional<ArticleSummary> LibraryIndex::article(const QString &path) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (m_open && run(query, QStringLiteral("SELECT %1 FROM articles a WHERE a.path = ?").arg(summaryColumns), {path})
        && query.next())
        return summaryFrom(query);
    return std::nullopt;
}

int LibraryIndex::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (m_open && query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QStringList LibraryIndex::folders() const
{
    return foldersOf(articles());
}

QStringList LibraryIndex::foldersOf(const QList<ArticleSummary> &articles)
{
    QStringList result {QString()};
    QSet<QString> seen;
    for (const ArticleSummary &article : articles) {
        QString folder = article.path;
        for (qsizetype slash = folder.lastIndexOf(QLatin1Char('/')); slash > 0;
             slash = folder.lastIndexOf(QLatin1Char('/'))) {
            folder.truncate(slash);
            if (seen.contains(folder))
                break;
            seen.insert(folder);
            result.append(folder);
        }
    }
    return result;
}

} // namespace Byline::Core
