#include "exportoptions.h"

#include "htmlexporter.h"

#include <QFileInfo>

#include <array>

namespace Byline::Core {

namespace {

struct FormatName
{
    ExportOptions::Format format;
    QLatin1String name;
    QLatin1String extension;
};

constexpr std::array<FormatName, 6> formats {{
    {ExportOptions::Format::Html, QLatin1String("html"), QLatin1String("html")},
    {ExportOptions::Format::Fragment, QLatin1String("fragment"), QLatin1String("html")},
    {ExportOptions::Format::Text, QLatin1String("txt"), QLatin1String("txt")},
    {ExportOptions::Format::Pdf, QLatin1String("pdf"), QLatin1String("pdf")},
    {ExportOptions::Format::Odt, QLatin1String("odt"), QLatin1String("odt")},
    {ExportOptions::Format::Docx, QLatin1String("docx"), QLatin1String("docx")},
}};

const FormatName &entryFor(ExportOptions::Format format)
{
    return *std::ranges::find_if(formats, [format](const FormatName &entry) { return entry.format == format; });
}

} // namespace

QStringList ExportOptions::formatNames()
{
    QStringList names;
    for (const FormatName &entry : formats)
        names.append(entry.name);
    return names;
}

QString ExportOptions::formatName(Format format)
{
    return entryFor(format).name;
}

bool ExportOptions::formatFromName(const QString &name, Format *format)
{
    const auto *const found = std::ranges::find_if(
        formats, [&name](const FormatName &entry) { return name.compare(entry.name, Qt::CaseInsensitive) == 0; });
    if (found == formats.cend())
        return false;
    *format = found->format;
    return true;
}

QString ExportOptions::extension(Format format)
{
    return entryFor(format).extension;
}

QString ExportOptions::fileNameFor(const QString &article, Format format)
{
    return QFileInfo(article).completeBaseName() + QLatin1Char('.') + extension(format);
}

QStringList ExportOptions::reviewNames()
{
    return {QStringLiteral("final"), QStringLiteral("markup"), QStringLiteral("original")};
}

QString ExportOptions::reviewName(ReviewEdits::View view)
{
    switch (view) {
    case ReviewEdits::View::Markup:
        return QStringLiteral("markup");
    case ReviewEdits::View::Original:
        return QStringLiteral("original");
    case ReviewEdits::View::Final:
        break;
    }
    return QStringLiteral("final");
}

bool ExportOptions::reviewFromName(const QString &name, ReviewEdits::View *view)
{
    for (const ReviewEdits::View candidate :
         {ReviewEdits::View::Final, ReviewEdits::View::Markup, ReviewEdits::View::Original}) {
        if (name.compare(reviewName(candidate), Qt::CaseInsensitive) == 0) {
            *view = candidate;
            return true;
        }
    }
    return false;
}

QStringList ExportOptions::pageSizes()
{
    return {QStringLiteral("A4"), QStringLiteral("Letter"), QStringLiteral("Legal"), QStringLiteral("A5")};
}

QString ExportOptions::canonicalPageSize(const QString &name)
{
    const QStringList sizes = pageSizes();
    const auto found = std::ranges::find_if(
        sizes, [&name](const QString &size) { return name.compare(size, Qt::CaseInsensitive) == 0; });
    return found == sizes.cend() ? QString() : *found;
}

QJsonObject ExportOptions::toJson() const
{
    return {
        {QStringLiteral("format"), formatName(format)},
        {QStringLiteral("theme"), theme},
        {QStringLiteral("tableOfContents"), tableOfContents},
        {QStringLiteral("embedImages"), embedImages},
        {QStringLiteral("pageSize"), pageSize},
        {QStringLiteral("landscape"), landscape},
        {QStringLiteral("margins"), marginMillimetres},
        {QStringLiteral("header"), header},
        {QStringLiteral("footer"), footer},
        {QStringLiteral("titleBlock"), titleBlock},
        {QStringLiteral("pdfA"), pdfA},
    };
}

ExportOptions ExportOptions::fromJson(const QJsonObject &json)
{
    ExportOptions options;
    Format format = options.format;
    if (formatFromName(json.value(QLatin1String("format")).toString(), &format))
        options.format = format;
    if (const QString theme = json.value(QLatin1String("theme")).toString(); HtmlExporter::hasTheme(theme))
        options.theme = theme;
    options.tableOfContents = json.value(QLatin1String("tableOfContents")).toBool(options.tableOfContents);
    options.embedImages = json.value(QLatin1String("embedImages")).toBool(options.embedImages);
    if (const QString size = canonicalPageSize(json.value(QLatin1String("pageSize")).toString()); !size.isEmpty())
        options.pageSize = size;
    options.landscape = json.value(QLatin1String("landscape")).toBool(options.landscape);
    const double margins = json.value(QLatin1String("margins")).toDouble(options.marginMillimetres);
    if (margins >= minimumMargin && margins <= maximumMargin)
        options.marginMillimetres = margins;
    options.header = json.value(QLatin1String("header")).toString();
    options.footer = json.value(QLatin1String("footer")).toString();
    options.titleBlock = json.value(QLatin1String("titleBlock")).toBool(options.titleBlock);
    options.pdfA = json.value(QLatin1String("pdfA")).toBool(options.pdfA);
    return options;
}

} // namespace Byline::Core
