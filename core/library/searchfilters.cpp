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

// A reviewer named in `a.reviewers` (each name between newlines) with `name` as whole words.
QString reviewerCondition(const QString &name, QVariantList &values)
{
    const QString like = escapeLike(name);
    for (const QString &pattern :
         {QStringLiteral("%\n%1\n%"), QStringLiteral("%\n%1 %"), QStringLiteral("% %1\n%"), QStringLiteral("% %1 %")})
        values.append(pattern.arg(like));
    return QStringLiteral("(a.reviewers LIKE ? ESCAPE '\\' OR a.reviewers LIKE ? ESCAPE '\\' OR a.reviewers LIKE "
                          "? ESCAPE '\\' OR a.reviewers LIKE ? ESCAPE '\\')");
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
    for (const SearchQuery::Has has : query.has)
        where.clauses.append(has == SearchQuery::Has::Suggestions ? QStringLiteral("a.suggestions > 0")
                                                                  : QStringLiteral("a.comments > 0"));
    for (const SearchQuery::Has has : query.hasNot)
        where.clauses.append(has == SearchQuery::Has::Suggestions ? QStringLiteral("coalesce(a.suggestions, 0) = 0")
                                                                  : QStringLiteral("coalesce(a.comments, 0) = 0"));
    for (const QString &name : query.reviewers)
        where.clauses.append(reviewerCondition(name, where.values));
    for (const QString &name : query.notReviewers)
        where.clauses.append(
            QStringLiteral("(a.reviewers IS NULL OR NOT %1)").arg(reviewerCondition(name, where.values)));
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
