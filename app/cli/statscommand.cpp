#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"

#include <export/renderedarticle.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Stats)
};

struct StatsRequest
{
    QStringList files;
    bool json = false;
};

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject toJson(const Core::RenderedArticle &article)
{
    QJsonObject object;
    object[QLatin1String("path")] = article.path;
    QJsonArray errors;
    for (const Core::Diagnostic &diagnostic : article.diagnostics) {
        if (diagnostic.severity == Core::Diagnostic::Severity::Info)
            continue;
        errors.append(QJsonObject {
            {QLatin1String("severity"), diagnostic.severityName()},
            {QLatin1String("line"), diagnostic.line > 0 ? QJsonValue(diagnostic.line) : QJsonValue()},
            {QLatin1String("message"), diagnostic.message},
        });
    }
    object[QLatin1String("errors")] = errors;
    if (!article.loaded.ok)
        return object;

    const Core::ArticleMetadata &meta = article.metadata;
    object[QLatin1String("title")] = meta.title;
    object[QLatin1String("author")] = orNull(meta.authorLine());
    object[QLatin1String("authors")] = QJsonArray::fromStringList(meta.authors);
    object[QLatin1String("date")] = meta.date ? QJsonValue(meta.date->date.toString(Qt::ISODate)) : QJsonValue();
    object[QLatin1String("status")] = orNull(meta.status);
    object[QLatin1String("tags")] = QJsonArray::fromStringList(meta.tags);
    object[QLatin1String("lang")] = orNull(meta.lang);
    if (!article.render)
        return object;

    const Core::TextStats &stats = article.render->stats;
    object[QLatin1String("words")] = stats.words;
    object[QLatin1String("characters")] = stats.characters;
    object[QLatin1String("sentences")] = stats.sentences;
    object[QLatin1String("paragraphs")] = stats.paragraphs;
    object[QLatin1String("reading_minutes")] = stats.readingMinutes;
    object[QLatin1String("flesch")]
        = stats.hasFlesch ? QJsonValue(std::round(stats.fleschReadingEase * 10.0) / 10.0) : QJsonValue();
    QJsonArray headings;
    for (const Core::Heading &heading : article.render->outline) {
        headings.append(QJsonObject {{QLatin1String("level"), heading.level},
                                     {QLatin1String("text"), heading.text},
                                     {QLatin1String("line"), heading.line}});
    }
    object[QLatin1String("headings")] = headings;
    return object;
}

QString toText(const Core::RenderedArticle &article)
{
    const Core::ArticleMetadata &meta = article.metadata;
    QString text = article.path + QLatin1Char('\n');
    const auto row = [&text](const QString &label, const QString &value) {
        if (!value.isEmpty())
            text += QStringLiteral("  %1 %2\n").arg(label, -12).arg(value);
    };
    row(Text::tr("Title"), meta.title);
    row(Text::tr("Author"), meta.authorLine());
    row(Text::tr("Date"), meta.date ? meta.date->date.toString(Qt::ISODate) : QString());
    row(Text::tr("Status"), meta.status);
    row(Text::tr("Tags"), meta.tags.join(QLatin1String(", ")));
    row(Text::tr("Language"), meta.lang);
    if (article.render) {
        const Core::TextStats &stats = article.render->stats;
        QString words = QString::number(stats.words);
        if (meta.targetWords > 0)
            words += QStringLiteral(" / %1").arg(meta.targetWords);
        row(Text::tr("Words"), words);
        row(Text::tr("Characters"), QString::number(stats.characters));
        row(Text::tr("Sentences"), QString::number(stats.sentences));
        row(Text::tr("Paragraphs"), QString::number(stats.paragraphs));
        row(Text::tr("Reading"), Text::tr("%1 min").arg(stats.readingMinutes));
        if (stats.hasFlesch)
            row(Text::tr("Flesch"), QString::number(stats.fleschReadingEase, 'f', 1));
        for (const Core::Heading &heading : article.render->outline) {
            row(Text::tr("Heading"),
                QStringLiteral("%1%2  (line %3)")
                    .arg(QString(heading.level * 2 - 2, QLatin1Char(' ')), heading.text)
                    .arg(heading.line));
        }
    }
    return text;
}

int runStats(const StatsRequest &request)
{
    QJsonArray array;
    QStringList blocks;
    int exitCode = Success;
    for (const QString &path : request.files) {
        const auto article = Core::RenderedArticle::fromFile(path, [](const Core::ArticleMetadata &, int firstLine) {
            Core::RenderOptions options;
            options.firstLine = firstLine;
            return options;
        });
        Console::diagnostics(article.path, article.diagnostics);
        if (article.hasErrors())
            exitCode = FileFailed;
        if (request.json)
            array.append(toJson(article));
        else if (article.loaded.ok)
            blocks.append(toText(article));
    }
    if (request.json)
        Console::outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        Console::out(blocks.join(QLatin1Char('\n')));
    return exitCode;
}

} // namespace

int statsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON array with one object per file."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Markdown (.md) or plain-text (.txt) articles."),
                                 QStringLiteral("FILE..."));
    if (const auto stop
        = parseOrExplain(parser, arguments,
                         Text::tr("Counts words, characters, sentences and paragraphs, estimates reading "
                                  "time and Flesch reading ease, and lists the headings of each article.")))
        return *stop;
    return runStats({parser.positionalArguments(), parser.isSet(json)});
}

} // namespace Byline::Cli
