#pragma once

#include "exportoptions.h"
#include "renderedarticle.h"

namespace Byline::Core {

// What an export produced: the file's bytes, or an error; warnings either way (an image that
// could not be embedded, say).
struct ExportOutput
{
    QByteArray bytes;
    QString error;
    QStringList warnings;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// The exports that need no text layout: standalone HTML, the CMS fragment and plain text.
// PDF and ODT are Exporter's (byline_print), which comes here for the others.
namespace TextFormats {

// The article at `path` read and rendered for export (the headline printed apart, never twice):
// from `text` when an editor holds it, unsaved changes included, else from the file.
[[nodiscard]] RenderedArticle article(const QString &path, const std::optional<QString> &text = std::nullopt,
                                      ReviewEdits::View review = ReviewEdits::View::Final);

[[nodiscard]] ExportOutput produce(const RenderedArticle &article, const ExportOptions &options);

// The article as a standalone page with the options' theme, contents and embedded images.
[[nodiscard]] QString standalonePage(const RenderedArticle &article, const ExportOptions &options,
                                     QStringList *warnings);

} // namespace TextFormats

} // namespace Byline::Core
