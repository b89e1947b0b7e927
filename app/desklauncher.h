#pragma once

namespace Byline::Cli {

// Replaces this process with `byline-desk`, the window, passing the same arguments. Looks next
// to this program (the build tree), then in the installed libexec folder. Returns only on failure,
// with the exit code after telling the user what is missing.
[[nodiscard]] int launchDesk(char *argv[]);

} // namespace Byline::Cli
