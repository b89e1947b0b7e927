#pragma once

#include <QString>

namespace Byline::Cli {

// Writes UTF-8 to standard output and standard error.
namespace Console {
void out(const QString &text);
void outBytes(const QByteArray &bytes);
void error(const QString &text);
void flush();
} // namespace Console

} // namespace Byline::Cli
