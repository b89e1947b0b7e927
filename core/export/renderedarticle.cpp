#include "renderedarticle.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Byline::Core {

void RenderedArticle::load(const QString &filePath)
{
    path = filePath;
    loaded = ArticleFile::load(path);
    diagnostics = loaded.diagnostics();
    if (loaded.ok)
        metadata = loaded.article.metadata();
}

void RenderedArticle::take(const QString &text, const QString &filePath)
{
    path = filePath;
    loaded.ok = true;
    loaded.text = text;
    loaded.article = Article::fromText(text, filePath, Article::formatForFileName(filePath), &loaded.textDiagnostics);
    diagnostics = loaded.textDiagnostics;
    metadata = loaded.article.metadata();
}

void RenderedArticle::renderWith(const RenderOptions &options, const ReviewRender::Options &review)
{
    render = BoundedRender::runWithin(
        [body = loaded.article.body(), options, review] { return ReviewRender::render(body, options, review); },
        BoundedRender::defaultLimit);
    if (!render) {
        diagnostics.append({Diagnostic::Severity::Error, 0,
                            QCoreApplication::translate("Byline::Core::RenderedArticle",
                                                        "the Markdown is too complex to render within %1 s "
                                                        "(deeply nested or pathological markup); simplify it "
                                                        "or split the file")
                                .arg(BoundedRender::defaultLimit.count() / 1000)});
    }
}

QString RenderedArticle::firstError() const
{
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Diagnostic::Severity::Error)
            return diagnostic.message;
    }
    return {};
}

QString RenderedArticle::folder() const
{
    return QFileInfo(path).absolutePath();
}

} // namespace Byline::Core
