#include "diagnostic.h"

#include <algorithm>

namespace Byline::Core {

QString Diagnostic::toString(const QString &path) const
{
    QString where = path;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    const QString text = severityName() + QLatin1String(": ") + message;
    return where.isEmpty() ? text : where + QLatin1String(": ") + text;
}

QString Diagnostic::severityName() const
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace Byline::Core
