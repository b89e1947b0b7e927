#pragma once

#include <QString>

// Writes UTF-8 to standard output and standard error.
namespace Byline::Cli::Console {
void out(const QString &text);
void outBytes(const QByteArray &bytes);
void error(const QString &text);
void flush();
} // namespace Byline::Cli::Console
