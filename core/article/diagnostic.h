#pragma once

#include <QList>
#include <QString>

namespace Byline::Core {

// One thing worth telling the user about a file: what happened, where, and how bad it is.
struct Diagnostic
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    int line = 0; // 1-based line in the file; 0 when the problem is not tied to a line
    QString message;

    // "path:12: error: message", the form compilers use, so editors and terminals can link it.
    [[nodiscard]] QString toString(const QString &path) const;
    // "info", "warning" or "error".
    [[nodiscard]] QString severityName() const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

[[nodiscard]] bool hasErrors(const Diagnostics &diagnostics);

} // namespace Byline::Core
