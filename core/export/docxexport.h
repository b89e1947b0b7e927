#pragma once

#include "renderedarticle.h"
#include "textformats.h"

#include <QSize>

#include <functional>

namespace Byline::Core {

// An article's export as a Word document: the options' page and view of the review, the
// document's date from the file, its images (local PNG, JPEG or GIF files, relative to the
// article) read into the package.
//
// Measuring an image takes an image library (Qt Gui's readers), which `byline` does not load:
// `measure` gives an image's size in pixels, or an invalid size when it cannot. Without it an
// article with images cannot be exported here, which hasPictures() tells beforehand.
class DocxExport final
{
public:
    using Measure = std::function<QSize(const QByteArray &image)>;

    [[nodiscard]] static ExportOutput produce(const RenderedArticle &article, const ExportOptions &options,
                                              const Measure &measure);

    // Whether Markdown `text` may show an image: CommonMark's images all start with "![" (raw
    // HTML is left out of Word documents). May say yes for a text with none; never no for one.
    [[nodiscard]] static bool hasPictures(QByteArrayView text);
};

} // namespace Byline::Core
