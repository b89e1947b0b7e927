#include "diagnostic.h"

#include <algorithm>

namespace Byline::Core {

QString Diagnostic::toString(const QString &path) const
{
    QString where = path;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    return where.isEmpty() ? message : where + QLatin1String(": ") + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace Byline::Core
