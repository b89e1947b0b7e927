#include "htmlexporter.h"

#include "smarttext.h"
#include "templatetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Byline::Core {

namespace {

const QString themeDir = QStringLiteral(":/byline/themes/");

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString metaTag(const QString &name, const QString &content)
{
    if (content.isEmpty())
        return {};
    return QStringLiteral("<meta name=\"%1\" content=\"%2\">\n").arg(name, escaped(content));
}

QString bylineHtml(const ArticleMetadata &metadata)
{
    QStringList parts;
    if (!metadata.authors.isEmpty()) {
        parts.append(QCoreApplication::translate("Byline::Core::HtmlExporter", "By %1")
                         .arg(QStringLiteral("<span class=\"author\">%1</span>")
                                  .arg(escaped(SmartText::apply(metadata.authorLine())))));
    }
    if (metadata.date) {
        parts.append(QStringLiteral("<time datetime=\"%1\">%2</time>")
                         .arg(metadata.date->date.toString(Qt::ISODate),
                              escaped(HtmlExporter::displayDate(metadata.date->date, metadata.lang))));
    }
    if (!metadata.publication.isEmpty())
        parts.append(QStringLiteral("<span class=\"publication\">%1</span>").arg(escaped(metadata.publication)));
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<p class=\"byline\">%1</p>\n")
        .arg(parts.join(QStringLiteral(" <span class=\"sep\">·</span> ")));
}

} // namespace

QStringList HtmlExporter::themes()
{
    // The themes are compiled-in resources, so the list never changes while the program runs.
    static const QStringList names = [] {
        QStringList list;
        const QStringList files = QDir(themeDir).entryList({QStringLiteral("*.css")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            list.append(file.chopped(4));
        return list;
    }();
    return names;
}

bool HtmlExporter::hasTheme(const QString &name)
{
    return themes().contains(name);
}

RenderOptions HtmlExporter::renderOptions(const ArticleMetadata &metadata, int firstLine)
{
    RenderOptions options;
    options.firstLine = firstLine;
    options.omitHeadingMatching = metadata.title;
    return options;
}

QString HtmlExporter::fragment(const QString &bodyHtml)
{
    // cmark writes `"` in text as &quot;, so ` class="` only ever starts an attribute.
    static const QRegularExpression classes(QStringLiteral(" class=\"[^\"]*\""));
    return QString(bodyHtml).remove(classes);
}

QString HtmlExporter::bylineLine(const ArticleMetadata &metadata)
{
    QStringList line;
    if (!metadata.authors.isEmpty())
        line.append(QCoreApplication::translate("Byline::Core::HtmlExporter", "By %1").arg(metadata.authorLine()));
    if (metadata.date)
        line.append(displayDate(metadata.date->date, metadata.lang));
    return line.join(QStringLiteral(" · "));
}

QString HtmlExporter::displayDate(const QDate &date, const QString &lang)
{
    const QLocale locale(lang.isEmpty() ? QStringLiteral("en_US") : lang);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, QStringLiteral("MMMM d, yyyy"));
    return locale.toString(date, QLocale::LongFormat);
}

QString HtmlExporter::standalonePage(const ArticleMetadata &metadata, const QString &bodyHtml, const QString &theme,
                                     const QString &contents)
{
    const QString title = SmartText::apply(metadata.title);
    QString head = metaTag(QStringLiteral("author"), metadata.authorLine());
    head += metaTag(QStringLiteral("description"), SmartText::apply(metadata.summary));
    head += metaTag(QStringLiteral("keywords"), metadata.tags.join(QLatin1String(", ")));
    if (metadata.date)
        head += metaTag(QStringLiteral("date"), metadata.date->date.toString(Qt::ISODate));

    QString header = QStringLiteral("<h1>%1</h1>\n").arg(escaped(title));
    header += bylineHtml(metadata);
    if (!metadata.summary.isEmpty())
        header += QStringLiteral("<p class=\"summary\">%1</p>\n").arg(escaped(SmartText::apply(metadata.summary)));

    QString lang = metadata.lang.isEmpty() ? QStringLiteral("en") : metadata.lang;
    lang.replace(QLatin1Char('_'), QLatin1Char('-'));

    const QHash<QString, QString> values = {
        {QStringLiteral("lang"), escaped(lang)},
        {QStringLiteral("title"), escaped(title)},
        {QStringLiteral("version"), QStringLiteral(BYLINE_VERSION)},
        {QStringLiteral("meta"), head},
        {QStringLiteral("css"),
         readResource(themeDir + (hasTheme(theme) ? theme : QLatin1String(defaultTheme)) + QStringLiteral(".css"))},
        {QStringLiteral("header"), header},
        {QStringLiteral("contents"), contents},
        {QStringLiteral("body"), bodyHtml},
    };
    return TemplateText::fill(readResource(QStringLiteral(":/byline/templates/standalone.html")), values);
}

} // namespace Byline::Core
