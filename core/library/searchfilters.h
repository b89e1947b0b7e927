#pragma once

#include <QStringList>
#include <QVariantList>

namespace Byline::Core {

struct SearchQuery;

// A query's filters (status, language, dates) as SQL conditions on the articles table (as `a`),
// and the values they bind, in order. Values are always bound, never written into the SQL.
struct SearchFilters
{
    QStringList clauses;
    QVariantList values;

    [[nodiscard]] static SearchFilters of(const SearchQuery &query);
    // The conditions joined by AND after `lead` (" WHERE ", " AND "); empty when there are none.
    [[nodiscard]] QString sql(const QString &lead) const;
};

} // namespace Byline::Core
