#pragma once

#include <export/exportoptions.h>

#include <QStringList>

namespace Byline::Cli {

struct StatsRequest
{
    QStringList files;
    bool json = false;
};

struct ExportRequest
{
    QStringList files;
    QString output; // a file, a folder, "-" for standard output, or empty for next to each input
    Core::ExportOptions options;
};

struct CheckRequest
{
    QStringList files;
    QString language; // overrides the articles' own `lang:`
    bool json = false;
    bool suggest = false;
};

struct IndexRequest
{
    QString library; // empty: the current library from the settings
    bool json = false;
};

struct SearchRequest
{
    QStringList words;
    QString library;
    int limit = 20;
    QString sort; // relevance, date, or empty for what the query says
    bool json = false;
};

[[nodiscard]] int runStats(const StatsRequest &request);
[[nodiscard]] int runExport(const ExportRequest &request);
// Exit codes differ from the others: 0 clean, 1 misspellings found, 2 an error.
[[nodiscard]] int runCheck(const CheckRequest &request);
// 0 done, 1 some files could not be read or parsed (listed), 2 no such library.
[[nodiscard]] int runIndex(const IndexRequest &request);
// 0 articles found, 1 none, 2 an error.
[[nodiscard]] int runSearch(const SearchRequest &request);

} // namespace Byline::Cli
