#include "console.h"

#include <cstdio>

namespace Byline::Cli::Console {

void out(const QString &text)
{
    outBytes(text.toUtf8());
}

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void error(const QString &text)
{
    const QByteArray bytes = (text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void diagnostics(const QString &path, const Core::Diagnostics &diagnostics)
{
    for (const Core::Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity != Core::Diagnostic::Severity::Info)
            error(diagnostic.toString(path));
    }
}

void flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace Byline::Cli::Console
