#pragma once

#include <QDate>
#include <QStringList>

namespace Byline::Core {

// What a user typed into the search box, understood. Any text is a valid query: words the user
// typed are always quoted for FTS5 and filters are bound as parameters, so `c++`, `e-mail`, an
// unbalanced `"`, `title:` alone or an SQL fragment never reach SQLite as syntax.
//
//   words            all must match (stemmed: "running" finds "runs")
//   "exact phrase"   consecutive words
//   a OR b           either
//   -word, -"a b"    must not match
//   prefix*          words starting with it
//   title: author: tag:      the word or phrase in that field (also with * and -)
//   status: lang:            the field's value (lang:en matches en-US and en_GB)
//   after:2011-01-01 before:2012  on or after / before a date (year, year-month or a full date)
//   has:suggestions has:comments  under review: changes waiting, or open comment threads (-has: none)
//   reviewer:ed reviewer:"Ed Brooks"  a reviewer named in its review marks (a whole word of the name)
//   sort:date sort:relevance
struct SearchQuery
{
    enum class Sort { Relevance, Date };

    QString match; // an FTS5 expression of the terms to find; empty when there are none
    QString exclude; // an FTS5 expression of the terms to leave out
    QStringList statuses, notStatuses; // lower case
    QStringList langs, notLangs; // lower case, '-' separated
    QDate after; // inclusive
    QDate before; // exclusive
    enum class Has : quint8 { Suggestions, Comments };
    QList<Has> has, hasNot;
    QStringList reviewers, notReviewers; // as typed, trimmed
    Sort sort = Sort::Relevance;
    QStringList notes; // parts of the text that were left out, said plainly
    // The words and phrases to find as typed (not prefixes, not excluded), for preferring
    // articles whose title has them as they are over those matched only by their stem.
    QStringList literals;

    // Nothing to match and nothing to filter by: every article.
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool hasFilters() const;

    [[nodiscard]] static SearchQuery parse(QStringView text);
    // One word or phrase as an FTS5 string: quoted, quotes doubled, ideographs spaced out.
    [[nodiscard]] static QString quoted(QStringView text);
    [[nodiscard]] static QString normalizedLanguage(QStringView lang);
};

} // namespace Byline::Core
