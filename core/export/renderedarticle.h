#pragma once

#include "../article/articlefile.h"
#include "../markdown/boundedrender.h"
#include "../review/reviewrender.h"

namespace Byline::Core {

// One article read and rendered for an export or a report: what was loaded, the render if it
// finished in time, and every problem found on the way.
struct RenderedArticle
{
    QString path;
    LoadedArticle loaded;
    ArticleMetadata metadata;
    std::optional<RenderResult> render;
    Diagnostics diagnostics;

    // Nothing usable came out (unreadable, binary, too large, too complex to render).
    [[nodiscard]] bool failed() const { return !loaded.ok || !render; }
    // Failed, or has a problem the author must fix (e.g. malformed front matter).
    [[nodiscard]] bool hasErrors() const { return failed() || Core::hasErrors(diagnostics); }
    // The first error, for a one-line report; empty when there is none.
    [[nodiscard]] QString firstError() const;
    [[nodiscard]] QString folder() const;

    // Reads the file at `path`; `optionsFor` picks the render options once the metadata is known.
    // The render shows `review`'s view (final unless asked); its statistics are the final text's.
    template<typename OptionsFor>
    [[nodiscard]] static RenderedArticle fromFile(const QString &path, OptionsFor optionsFor,
                                                  const ReviewRender::Options &review = {});
    // The text as an editor holds it (unsaved changes included) for the article at `path`.
    template<typename OptionsFor>
    [[nodiscard]] static RenderedArticle fromText(const QString &text, const QString &path, OptionsFor optionsFor,
                                                  const ReviewRender::Options &review = {});

private:
    void load(const QString &path);
    void take(const QString &text, const QString &path);
    void renderWith(const RenderOptions &options, const ReviewRender::Options &review);
};

template<typename OptionsFor>
RenderedArticle RenderedArticle::fromFile(const QString &path, OptionsFor optionsFor,
                                          const ReviewRender::Options &review)
{
    RenderedArticle article;
    article.load(path);
    if (article.loaded.ok)
        article.renderWith(optionsFor(article.metadata, article.loaded.article.bodyFirstLine()), review);
    return article;
}

template<typename OptionsFor>
RenderedArticle RenderedArticle::fromText(const QString &text, const QString &path, OptionsFor optionsFor,
                                          const ReviewRender::Options &review)
{
    RenderedArticle article;
    article.take(text, path);
    article.renderWith(optionsFor(article.metadata, article.loaded.article.bodyFirstLine()), review);
    return article;
}

} // namespace Byline::Core
