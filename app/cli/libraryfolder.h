#pragma once

#include <library/libraryindex.h>

#include <QCommandLineOption>

#include <functional>

// What `byline index` and `byline search` share: the library they work on and its index, kept up
// to date before it is read.
namespace Byline::Cli::LibraryFolder {

// --library DIR, with the default both commands use.
[[nodiscard]] QCommandLineOption option();

// The library folder asked for (empty: the current one) made absolute, or empty after telling
// `command`'s user why there is none.
[[nodiscard]] QString resolve(const QString &requested, const QString &command);

// Opens and updates the index, with progress on a terminal when `showProgress`; `whileListing`
// runs while the folder is listed. False after reporting a failure.
[[nodiscard]] bool openAndUpdate(Core::LibraryIndex &index, const QString &command, bool showProgress,
                                 Core::IndexReport *report, const std::function<void()> &whileListing = {});

} // namespace Byline::Cli::LibraryFolder
