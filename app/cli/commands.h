#pragma once

#include <QStringList>

// The subcommands of `byline`, one file each (<name>command.cpp) holding its options, its help
// text and its run. Each takes the arguments from its own name on and returns the exit code
// (cli.h); cli.cpp lists them in its command table.
namespace Byline::Cli {

[[nodiscard]] int statsCommand(const QStringList &arguments);
[[nodiscard]] int exportCommand(const QStringList &arguments);
// 0 imported, 1 the document could not be read or the article not written (nothing was), 2 an error.
[[nodiscard]] int importCommand(const QStringList &arguments);
// 0 clean, 1 misspellings found, 2 an error.
[[nodiscard]] int checkCommand(const QStringList &arguments);
// 0 done, 1 some files could not be read or parsed (listed), 2 no such library.
[[nodiscard]] int indexCommand(const QStringList &arguments);
// 0 articles found, 1 none, 2 an error.
[[nodiscard]] int searchCommand(const QStringList &arguments);
// 0 done, 1 a file could not be read or written (the others were still done), 2 an error.
[[nodiscard]] int reviewCommand(const QStringList &arguments);
// 0 the drafts are the same, 1 they differ, 2 trouble (as diff(1)).
[[nodiscard]] int diffCommand(const QStringList &arguments);
// 0 listed (or kept), 1 a revision could not be kept, 2 an error.
[[nodiscard]] int historyCommand(const QStringList &arguments);
// 0 restored, 1 the article could not be written (nothing changed), 2 an error.
[[nodiscard]] int restoreCommand(const QStringList &arguments);
// 0 done, 1 done with changes of the same words turned into suggestions, 2 failed (nothing lost).
[[nodiscard]] int shareCommand(const QStringList &arguments);
[[nodiscard]] int cloneCommand(const QStringList &arguments);
[[nodiscard]] int syncCommand(const QStringList &arguments);

} // namespace Byline::Cli
