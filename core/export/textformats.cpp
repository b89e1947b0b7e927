#include "textformats.h"

#include "htmlcontents.h"
#include "htmlexporter.h"
#include "plaintextexporter.h"

#include <QCoreApplication>

namespace Byline::Core::TextFormats {

RenderedArticle article(const QString &path, const std::optional<QString> &text, ReviewEdits::View review)
{
    const auto options = [](const ArticleMetadata &metadata, int firstLine) {
        return HtmlExporter::renderOptions(metadata, firstLine);
    };
    const ReviewRender::Options view {review, false};
    return text ? RenderedArticle::fromText(*text, path, options, view)
                : RenderedArticle::fromFile(path, options, view);
}

QString standalonePage(const RenderedArticle &article, const ExportOptions &options, QStringList *warnings)
{
    QString body = article.render ? article.render->html : QString();
    if (options.embedImages)
        body = HtmlContents::embedImages(body, article.folder(), warnings);
    QString nav;
    if (options.tableOfContents) {
        HtmlContents::Contents contents
            = HtmlContents::tableOfContents(body, QCoreApplication::translate("Byline::Core::TextFormats", "Contents"));
        body = std::move(contents.body);
        nav = std::move(contents.nav);
    }
    return HtmlExporter::standalonePage(article.metadata, body, options.theme, nav);
}

ExportOutput produce(const RenderedArticle &article, const ExportOptions &options)
{
    ExportOutput output;
    if (article.failed()) {
        output.error = article.firstError();
        return output;
    }
    switch (options.format) {
    case ExportOptions::Format::Html:
        output.bytes = standalonePage(article, options, &output.warnings).toUtf8();
        break;
    case ExportOptions::Format::Fragment:
        output.bytes = HtmlExporter::fragment(article.render->html).toUtf8();
        break;
    case ExportOptions::Format::Text:
        output.bytes
            = PlainTextExporter::text(article.metadata, article.loaded.article.body(), options.review).toUtf8();
        break;
    case ExportOptions::Format::Pdf:
    case ExportOptions::Format::Odt:
    case ExportOptions::Format::Docx:
        output.error = QCoreApplication::translate("Byline::Core::TextFormats",
                                                   "%1 needs text layout, which this program does not include")
                           .arg(ExportOptions::formatName(options.format).toUpper());
        break;
    }
    return output;
}

} // namespace Byline::Core::TextFormats
