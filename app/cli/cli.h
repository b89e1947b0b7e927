#pragma once

#include <QStringList>

namespace Byline::Cli {

// Exit codes of every `byline` subcommand.
enum ExitCode : int {
    Success = 0,
    FileFailed = 1, // at least one file failed; the others were still processed
    UsageError = 2,
};

// True when `arguments` (the program first) open the window: none at all, or existing files and
// folders, after --new or --open-library if given. A subcommand, --help and --version are the
// command line's, and so is anything else, which run() explains: a mistyped command must not
// become a window.
[[nodiscard]] bool opensWindow(const QStringList &arguments);

// Runs the subcommand, or --help or --version, and returns the process exit code; for any other
// word or option, says what is wrong and returns UsageError. Needs a QCoreApplication.
[[nodiscard]] int run(const QStringList &arguments);

} // namespace Byline::Cli
