#include "cli.h"

#include "commands.h"
#include "console.h"

#include <export/htmlexporter.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Byline::Cli {

namespace {

const QStringList subcommands = {QStringLiteral("stats"), QStringLiteral("export"), QStringLiteral("check")};

QString tr(const char *text)
{
    return QCoreApplication::translate("Byline::Cli", text);
}

QString overview()
{
    return tr("Byline %1: a writing desk for columnists and their editors.\n"
              "\n"
              "Usage:\n"
              "  byline [FILE|FOLDER]           open the window on an article or a library folder\n"
              "  byline stats FILE... [--json]  word counts, reading time and outline of articles\n"
              "  byline export FILE... --format html [--output FILE|DIR] [--theme NAME]\n"
              "                                 export articles as standalone HTML pages\n"
              "  byline check FILE... [--lang LANG] [--json] [--suggest]\n"
              "                                 list misspelled words of articles as FILE:LINE:COLUMN: word\n"
              "  byline COMMAND --help          help on one command\n"
              "\n"
              "Exit codes: 0 success, 1 a file failed (the others are still processed), 2 usage error.\n"
              "byline check: 0 no misspellings, 1 misspellings found, 2 an error (a file, a language).\n")
        .arg(QStringLiteral(BYLINE_VERSION));
}

// Parses `arguments` (the subcommand first) and reports usage errors itself.
// Returns Success to go on, or the exit code to stop with.
int parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.setApplicationDescription(usage);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        Console::error(tr("byline %1: %2\nTry 'byline %1 --help'.").arg(arguments.value(0), parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(help)) {
        Console::out(parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("[options] FILE...")));
        return -1;
    }
    if (parser.positionalArguments().isEmpty()) {
        Console::error(tr("byline %1: no file given\nTry 'byline %1 --help'.").arg(arguments.value(0)));
        return UsageError;
    }
    return Success;
}

int runStatsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array with one object per file."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Markdown (.md) or plain-text (.txt) articles."),
                                 QStringLiteral("FILE..."));
    const int parsed = parseOrExplain(parser, arguments,
                                      tr("Counts words, characters, sentences and paragraphs, estimates reading "
                                         "time and Flesch reading ease, and lists the headings of each article."));
    if (parsed != Success)
        return parsed < 0 ? Success : parsed;
    return runStats({parser.positionalArguments(), parser.isSet(json)});
}

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Output format: html (a standalone page)."), QStringLiteral("FORMAT"),
                                    QStringLiteral("html"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output file (one input), folder (any number of inputs), or - for "
                                       "standard output. Default: next to each input."),
                                    QStringLiteral("FILE|DIR"));
    const QCommandLineOption theme({QStringLiteral("t"), QStringLiteral("theme")},
                                   tr("Page theme: %1. Default: %2.")
                                       .arg(Core::HtmlExporter::themes().join(QLatin1String(", ")),
                                            QLatin1String(Core::HtmlExporter::defaultTheme)),
                                   QStringLiteral("NAME"), QLatin1String(Core::HtmlExporter::defaultTheme));
    parser.addOptions({format, output, theme});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Markdown (.md) or plain-text (.txt) articles."),
                                 QStringLiteral("FILE..."));
    const int parsed = parseOrExplain(parser, arguments, tr("Exports articles as standalone HTML5 pages."));
    if (parsed != Success)
        return parsed < 0 ? Success : parsed;
    if (parser.value(format) != QLatin1String("html")) {
        Console::error(
            tr("byline export: format '%1' is not available; this version exports html").arg(parser.value(format)));
        return UsageError;
    }
    if (!Core::HtmlExporter::hasTheme(parser.value(theme))) {
        Console::error(tr("byline export: no theme named '%1'; choose one of %2")
                           .arg(parser.value(theme), Core::HtmlExporter::themes().join(QLatin1String(", "))));
        return UsageError;
    }
    return runExport({parser.positionalArguments(), parser.value(format), parser.value(output), parser.value(theme)});
}

int runCheckCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang({QStringLiteral("l"), QStringLiteral("lang")},
                                  tr("Check in this language (en-US, en_GB, de …) whatever the articles' own "
                                     "`lang:` says. Default: each article's `lang:`, else the default language "
                                     "from the settings."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print a JSON array with one object per file: {path, lang, misspellings: "
                                     "[{line, column, word, suggestions}]}."));
    const QCommandLineOption suggest(QStringLiteral("suggest"), tr("Add up to 7 suggestions for each word."));
    parser.addOptions({lang, json, suggest});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Markdown (.md) or plain-text (.txt) articles."),
                                 QStringLiteral("FILE..."));
    const int parsed = parseOrExplain(
        parser, arguments,
        tr("Checks the spelling of the prose of articles (never code, addresses or front matter), honouring "
           "each article's language and `spelling_ignore:` list and the personal dictionary. Prints "
           "FILE:LINE:COLUMN: word for each misspelling.\n"
           "Exit codes: 0 no misspellings, 1 misspellings found, 2 an error (unreadable file, unknown language)."));
    if (parsed != Success)
        return parsed < 0 ? Success : parsed;
    return runCheck({parser.positionalArguments(), parser.value(lang), parser.isSet(json), parser.isSet(suggest)});
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    return subcommands.contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v") || first == QLatin1String("help");
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        Console::out(QStringLiteral("byline %1\n").arg(QStringLiteral(BYLINE_VERSION)));
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        Console::out(overview());
        return Success;
    }
    if (command == QLatin1String("stats"))
        return runStatsCommand(rest);
    if (command == QLatin1String("export"))
        return runExportCommand(rest);
    if (command == QLatin1String("check"))
        return runCheckCommand(rest);
    Console::error(tr("byline: unknown command '%1'\n\n%2").arg(command, overview()));
    return UsageError;
}

} // namespace Byline::Cli
