#pragma once

#include <memory>

#include <sharing/librarysync.h>

// What `byline share`, `clone` and `sync` share: who commits, the questions a remote may ask
// at the terminal, progress on standard error, and the report.
namespace Byline::Cli::SharingConsole {

// The name from the settings the window keeps (Preferences), the e-mail likewise; git's own
// configuration fills what is missing when the commit is made.
[[nodiscard]] Core::SharingIdentity identity();

// Prompts at the terminal when standard input is one; none otherwise (a script never hangs on a
// question: the sync fails with a message saying what to set up).
[[nodiscard]] std::unique_ptr<Core::SharingPrompts> prompts();

// The control for a command: prompts, and progress on a terminal's standard error unless `quiet`.
[[nodiscard]] Core::SyncControl control(Core::SharingPrompts *prompts, bool quiet);

// Prints the report (JSON on standard output, or lines for people) and returns the exit code:
// 0 done, 1 done with changes of the same words turned into suggestions, 2 failed.
[[nodiscard]] int finish(const QString &command, const QString &library, const Core::SyncReport &report, bool json);

} // namespace Byline::Cli::SharingConsole
