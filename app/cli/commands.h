#pragma once

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
    QString format = QStringLiteral("html");
    QString output; // a file, a folder, "-" for standard output, or empty for next to each input
    QString theme;
};

struct CheckRequest
{
    QStringList files;
    QString language; // overrides the articles' own `lang:`
    bool json = false;
    bool suggest = false;
};

[[nodiscard]] int runStats(const StatsRequest &request);
[[nodiscard]] int runExport(const ExportRequest &request);
// Exit codes differ from the others: 0 clean, 1 misspellings found, 2 an error.
[[nodiscard]] int runCheck(const CheckRequest &request);

} // namespace Byline::Cli
