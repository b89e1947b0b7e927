#include "articlejob.h"

#include "console.h"

namespace Byline::Cli {

void reportDiagnostics(const ArticleJob &job)
{
    for (const Core::Diagnostic &diagnostic : job.diagnostics) {
        if (diagnostic.severity != Core::Diagnostic::Severity::Info)
            Console::error(diagnostic.toString(job.path));
    }
}

} // namespace Byline::Cli
