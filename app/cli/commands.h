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

[[nodiscard]] int runStats(const StatsRequest &request);
[[nodiscard]] int runExport(const ExportRequest &request);

} // namespace Byline::Cli
