#include "articlejob.h"

#include "console.h"

namespace Byline::Cli {

void reportDiagnostics(const QString &path, const Core::Diagnostics &diagnostics)
{
    for (const Core::Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity != Core::Diagnostic::Severity::Info)
            Console::error(diagnostic.toString(path));
    }
}

} // namespace Byline::Cli
