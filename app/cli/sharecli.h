#pragma once

#include <QStringList>

namespace Byline::Cli {

// byline-share's command line: `share`, `clone` and `sync` (each with its --help), as `byline`
// hands them over; --version and --help as byline's. The exit code (cli.h).
[[nodiscard]] int runSharing(const QStringList &arguments);

} // namespace Byline::Cli
