#pragma once

#include <QCommandLineParser>

#include <optional>

namespace Byline::Cli {

// Adds --help to `parser`, whose options the command has added, and parses `arguments` (the
// command's name first). Prints the help, or the usage error with a hint, itself. Returns the
// exit code to stop with, or nothing when the command should go on. `positional` is what follows
// the options on the usage line; "FILE..." also requires at least one file.
[[nodiscard]] std::optional<int> parseOrExplain(QCommandLineParser &parser, const QStringList &arguments,
                                                const QString &description,
                                                const QString &positional = QStringLiteral("FILE..."));

} // namespace Byline::Cli
