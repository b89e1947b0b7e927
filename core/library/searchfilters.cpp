#include "searchfilters.h"

#include "searchquery.h"

namespace Byline::Core {

namespace {

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

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

} // namespace

SearchFilters SearchFilters::of(const SearchQuery &query)
{
    SearchFilters where;
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

QString SearchFilters::sql(const QString &lead) const
{
    return clauses.isEmpty() ? QString() : lead + clauses.join(QLatin1String(" AND "));
}

} // namespace Byline::Core
