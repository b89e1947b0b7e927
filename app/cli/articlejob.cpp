#include "articlejob.h"

#include "console.h"

#include <QCoreApplication>

namespace Byline::Cli {

void ArticleJob::load(const QString &filePath)
{
    path = filePath;
    loaded = Core::ArticleFile::load(path);
    diagnostics = loaded.diagnostics();
    if (loaded.ok)
        metadata = loaded.article.metadata();
}

void ArticleJob::renderWith(const Core::RenderOptions &options)
{
    render = Core::BoundedRender::renderWithin(loaded.article.body(), options);
    if (!render) {
        diagnostics.append({Core::Diagnostic::Severity::Error, 0,
                            QCoreApplication::translate("Byline::Cli",
                                                        "the Markdown is too complex to render within %1 s "
                                                        "(deeply nested or pathological markup); simplify it "
                                                        "or split the file")
                                .arg(Core::BoundedRender::defaultLimit.count() / 1000)});
    }
}

void ArticleJob::reportDiagnostics() const
{
    for (const Core::Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity != Core::Diagnostic::Severity::Info)
            Console::error(diagnostic.toString(path));
    }
}

} // namespace Byline::Cli
