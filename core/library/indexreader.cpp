#include "indexreader.h"

#include "indexdatabase.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Byline::Core {

IndexReader::IndexReader(const IndexDatabase &database)
    : m_database(database)
{ }

ArticleSummary IndexReader::summaryFrom(const QSqlQuery &query)
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
    summary.suggestions = query.value(12).toInt();
    summary.comments = query.value(13).toInt();
    return summary;
}

QList<ArticleSummary> IndexReader::articles() const
{
    QList<ArticleSummary> list;
    if (!m_database.isOpen())
        return list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM articles a ORDER BY a.path").arg(QLatin1String(summaryColumns)))) {
        m_database.noteDamage(query.lastError());
        return list;
    }
    while (query.next())
        list.append(summaryFrom(query));
    return list;
}

std::optional<ArticleSummary> IndexReader::article(const QString &path) const
{
    QSqlQuery query(m_database.connection());
    if (m_database.isOpen()
        && IndexDatabase::run(
            query, QStringLiteral("SELECT %1 FROM articles a WHERE a.path = ?").arg(QLatin1String(summaryColumns)),
            {path})
        && query.next())
        return summaryFrom(query);
    return std::nullopt;
}

int IndexReader::count() const
{
    QSqlQuery query(m_database.connection());
    if (m_database.isOpen() && query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QStringList IndexReader::folders() const
{
    return foldersOf(articles());
}

QStringList IndexReader::foldersOf(const QList<ArticleSummary> &articles)
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
