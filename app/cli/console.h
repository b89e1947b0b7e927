#pragma once

#include <article/diagnostic.h>

#include <QString>

// Writes UTF-8 to standard output and standard error.
namespace Byline::Cli::Console {
void out(const QString &text);
void outBytes(const QByteArray &bytes);
void error(const QString &text);
// An article's warnings and errors on standard error, one `path:line: severity: message` each.
void diagnostics(const QString &path, const Core::Diagnostics &diagnostics);
void flush();
} // namespace Byline::Cli::Console
