#pragma once

namespace Byline::Cli {

// Replaces this process with `byline-desk`, the window, passing the same arguments. Looks next
// to this program (the build tree), then in the installed libexec folder. Returns only on failure,
// with the exit code after telling the user what is missing. Needs the QCoreApplication (for
// the program's folder and the translated messages).
[[nodiscard]] int launchDesk(char *argv[]);

// Replaces this process with `byline-print`, the command line with Qt Gui for PDF export, given
// the same arguments (kept by rememberArguments()). Returns only on failure.
[[nodiscard]] int launchPrinter();
void rememberArguments(char *argv[]);
// Replaces this process with `byline-share`, the command line linked with libgit2, for `byline
// share`, `clone` and `sync`. Returns only on failure.
[[nodiscard]] int launchSharer();
// The same before anything is set up, when `byline`'s first word is share, clone or sync: a sync
// is often run every few minutes, and starting Qt twice would cost it more than its own work.
// Returns only when byline-share cannot be started here; launchSharer() then says why.
void launchSharerAtOnce(char *argv[]);

} // namespace Byline::Cli
