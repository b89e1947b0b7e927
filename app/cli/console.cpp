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

void flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace Byline::Cli::Console
