#pragma once

#include <article/articlefile.h>
#include <markdown/boundedrender.h>

namespace Byline::Cli {

// One article read and rendered for a command: what was loaded, the render if it finished in
// time, and every problem found on the way.
struct ArticleJob
{
    QString path;
    Core::LoadedArticle loaded;
    Core::ArticleMetadata metadata;
    std::optional<Core::RenderResult> render;
    Core::Diagnostics diagnostics;

    // Nothing usable came out (unreadable, binary, too large, too complex to render).
    [[nodiscard]] bool failed() const { return !loaded.ok || !render; }
    // Failed, or has a problem the author must fix (e.g. malformed front matter).
    [[nodiscard]] bool hasErrors() const { return failed() || Core::hasErrors(diagnostics); }

    // `optionsFor` picks the render options once the metadata is known.
    template<typename OptionsFor>
    [[nodiscard]] static ArticleJob run(const QString &path, OptionsFor optionsFor);

    // Prints warnings and errors to standard error as `path:line: message`.
    void reportDiagnostics() const;

private:
    void load(const QString &path);
    void renderWith(const Core::RenderOptions &options);
};

template<typename OptionsFor>
ArticleJob ArticleJob::run(const QString &path, OptionsFor optionsFor)
{
    ArticleJob job;
    job.load(path);
    if (job.loaded.ok)
        job.renderWith(optionsFor(job.metadata, job.loaded.article.bodyFirstLine()));
    return job;
}

} // namespace Byline::Cli
