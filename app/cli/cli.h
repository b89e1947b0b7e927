#pragma once

#include <QStringList>

namespace Byline::Cli {

// Exit codes of every `byline` subcommand.
enum ExitCode : int {
    Success = 0,
    FileFailed = 1, // at least one file failed; the others were still processed
    UsageError = 2,
};

// True when the arguments name a headless subcommand (or --help / --version), which must run
// without a display.
[[nodiscard]] bool isCommandLine(const QStringList &arguments);

// Runs the subcommand and returns the process exit code. Needs a QCoreApplication.
[[nodiscard]] int run(const QStringList &arguments);

} // namespace Byline::Cli
