#include "cli.h"

#include "commands.h"
#include "console.h"

#include <export/htmlexporter.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Byline::Cli {

namespace {

const QStringList subcommands = {QStringLiteral("stats"), QStringLiteral("export"), QStringLiteral("check"),
                                 QStringLiteral("index"), QStringLiteral("search")};

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli)
};

QString overview()
{
    return Text::tr("Byline %1: a writing desk for columnists and their editors.\n"
                    "\n"
                    "Usage:\n"
                    "  byline [FILE|FOLDER]           open the window on an article or a library folder\n"
                    "  byline --new                   open the window and start a new article\n"
                    "  byline --open-library          open the window and choose a library folder\n"
                    "  byline --version               print the version\n"
                    "  byline stats FILE... [--json]  word counts, reading time and outline of articles\n"
                    "  byline export FILE... --format html|fragment|txt|pdf|odt [--output FILE|DIR] [--theme NAME] "
                    "[options]\n"
                    "                                 export articles as HTML pages, CMS fragments, text, PDF or ODT\n"
                    "  byline check FILE... [--lang LANG] [--json] [--suggest]\n"
                    "                                 list misspelled words of articles as FILE:LINE:COLUMN: word\n"
                    "  byline index [--library DIR] [--json]\n"
                    "                                 build or update the search index of a library folder\n"
                    "  byline search QUERY... [--library DIR] [--limit N] [--sort relevance|date] [--json]\n"
                    "                                 ranked search of a library, with snippets\n"
                    "  byline COMMAND --help          help on one command\n"
                    "\n"
                    "Exit codes: 0 success, 1 a file failed (the others are still processed), 2 usage error.\n"
                    "byline check: 0 no misspellings, 1 misspellings found, 2 an error (a file, a language).\n"
                    "byline search: 0 articles found, 1 none found, 2 an error.\n")
        .arg(QStringLiteral(BYLINE_VERSION));
}

// Parses `arguments` (the subcommand first) and reports usage errors itself.
// Returns Success to go on, or the exit code to stop with.
int parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                   const QString &positional = QStringLiteral("FILE..."))
{
    parser.setApplicationDescription(usage);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        Console::error(Text::tr("byline %1: %2\nTry 'byline %1 --help'.").arg(arguments.value(0), parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the program file; the command is what the user types.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     Text::tr("Usage: byline %1 [options] %2").arg(arguments.value(0), positional).trimmed());
        Console::out(help);
        return -1;
    }
    if (positional == QLatin1String("FILE...") && parser.positionalArguments().isEmpty()) {
        Console::error(Text::tr("byline %1: no file given\nTry 'byline %1 --help'.").arg(arguments.value(0)));
        return UsageError;
    }
    return Success;
}

int runStatsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON array with one object per file."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Markdown (.md) or plain-text (.txt) articles."),
                                 QStringLiteral("FILE..."));
    const int parsed
        = parseOrExplain(parser, arguments,
                         Text::tr("Counts words, characters, sentences and paragraphs, estimates reading "
                                  "time and Flesch reading ease, and lists the headings of each article."));
    if (parsed != Success)
        return parsed < 0 ? Success : parsed;
    return runStats({parser.positionalArguments(), parser.isSet(json)});
}

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString formats = Core::ExportOptions::formatNames().join(QLatin1Char('|'));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    Text::tr("Output format: html (a standalone page), fragment (the body's HTML for a "
                                             "CMS), txt (plain text), pdf (print-ready) or odt (Word, LibreOffice)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("html"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("Output file (one input), folder (any number of inputs), or - for "
                                             "standard output. Default: next to each input."),
                                    QStringLiteral("FILE|DIR"));
    const QCommandLineOption theme({QStringLiteral("t"), QStringLiteral("theme")},
                                   Text::tr("Page theme: %1. Default: %2.")
                                       .arg(Core::HtmlExporter::themes().join(QLatin1String(", ")),
                                            QLatin1String(Core::HtmlExporter::defaultTheme)),
                                   QStringLiteral("NAME"), QLatin1String(Core::HtmlExporter::defaultTheme));
    const QCommandLineOption toc(QStringLiteral("toc"), Text::tr("HTML: a table of contents below the headline."));
    const QCommandLineOption embedImages(
        QStringLiteral("embed-images"),
        Text::tr("HTML: local images inside the page as data: URIs, so it stands alone."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), Text::tr("PDF page size: A4, Letter, Legal or A5."),
                                      QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption landscape(QStringLiteral("landscape"), Text::tr("PDF pages in landscape."));
    const QCommandLineOption margins(QStringLiteral("margins"), Text::tr("PDF page margins in millimetres (5 to 60)."),
                                     QStringLiteral("MM"), QStringLiteral("20"));
    const QCommandLineOption header(QStringLiteral("header"),
                                    Text::tr("PDF running header. Default: the publication, else the headline."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption footer(QStringLiteral("footer"), Text::tr("PDF footer text, beside the page numbers."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption noTitleBlock(
        QStringLiteral("no-title-block"),
        Text::tr("PDF and ODT without the headline, byline and date above the text."));
    const QCommandLineOption pdfA(QStringLiteral("pdfa"), Text::tr("PDF/A-1b, for archives."));
    parser.addOptions(
        {format, output, theme, toc, embedImages, pageSize, landscape, margins, header, footer, noTitleBlock, pdfA});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Markdown (.md) or plain-text (.txt) articles."),
                                 QStringLiteral("FILE..."));
    const int parsed
        = parseOrExplain(parser, arguments,
                         Text::tr("Exports articles as standalone HTML5 pages, HTML fragments, plain text, "
                                  "print-ready PDF or OpenDocument text (%1).")
                             .arg(formats));
    if (parsed != Success)
        return parsed < 0 ? Success : parsed;
    ExportRequest request;
    Core::ExportOptions &options = request.options;
    if (!Core::ExportOptions::formatFromName(parser.value(format), &options.format)) {
        Console::error(Text::tr("byline export: format '%1' is not available; choose %2")
                           .arg(parser.value(format), Core::ExportOptions::formatNames().join(QLatin1String(", "))));
        return UsageError;
    }
    if (!Core::HtmlExporter::hasTheme(parser.value(theme))) {
        Console::error(Text::tr("byline export: no theme named '%1'; choose one of %2")
                           .arg(parser.value(theme), Core::HtmlExporter::themes().join(QLatin1String(", "))));
        return UsageError;
    }
    request.files = parser.positionalArguments();
    request.output = parser.value(output);
    options.theme = parser.value(theme);
    options.tableOfContents = parser.isSet(toc);
    options.embedImages = parser.isSet(embedImages);
    options.pageSize = Core::ExportOptions::canonicalPageSize(parser.value(pageSize));
    options.landscape = parser.isSet(landscape);
    options.header = parser.value(header);
    options.footer = parser.value(footer);
    options.titleBlock = !parser.isSet(noTitleBlock);
    options.pdfA = parser.isSet(pdfA);
    bool numeric = false;
    options.marginMillimetres = parser.value(margins).toDouble(&numeric);
    if (!numeric || options.marginMillimetres < Core::ExportOptions::minimumMargin
        || options.marginMillimetres > Core::ExportOptions::maximumMargin) {
        Console::error(
            Text::tr("byline export: --margins takes millimetres from 5 to 60, not '%1'").arg(parser.value(margins)));
        return UsageError;
    }
    if (options.pageSize.isEmpty()) {
        Console::error(
            Text::tr("byline export: --page-size takes A4, Letter, Legal or A5, not '%1'").arg(parser.value(pageSize)));
        return UsageError;
    }
    return runExport(request);
}

int runCheckCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang({QStringLiteral("l"), QStringLiteral("lang")},
                                  Text::tr("Check in this language (en-US, en_GB, de …) whatever the articles' own "
                                           "`lang:` says. Default: each article's `lang:`, else the default language "
                                           "from the settings."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print a JSON array with one object per file: {path, lang, misspellings: "
                                           "[{line, column, word, suggestions}]}."));
    const QCommandLineOption suggest(QStringLiteral("suggest"), Text::tr("Add up to 7 suggestions for each word."));
    parser.addOptions({lang, json, suggest});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Markdown (.md) or plain-text (.txt) articles."),
                                 QStringLiteral("FILE..."));
    const int parsed = parseOrExplain(
        parser, arguments,
        Text::tr(
            "Checks the spelling of the prose of articles (never code, addresses or front matter), honouring "
            "each article's language and `spelling_ignore:` list and the personal dictionary. Prints "
            "FILE:LINE:COLUMN: word for each misspelling.\n"
            "Exit codes: 0 no misspellings, 1 misspellings found, 2 an error (unreadable file, unknown language)."));
    if (parsed != Success)
        return parsed < 0 ? Success : parsed;
    return runCheck({parser.positionalArguments(), parser.value(lang), parser.isSet(json), parser.isSet(suggest)});
}

QCommandLineOption libraryOption()
{
    return {{QStringLiteral("L"), QStringLiteral("library")},
            Text::tr("The library folder. Default: the current library of the window (the last one opened), else "
                     "Byline in the documents folder."),
            QStringLiteral("DIR")};
}

int runIndexCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library = libraryOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        Text::tr("Print {library, indexed, updated, removed, unchanged, failed: [{path, error}], "
                 "seconds}."));
    parser.addOptions({library, json});
    const int parsed = parseOrExplain(
        parser, arguments,
        Text::tr("Builds or updates the search index of a library folder (Markdown and text files, hidden folders "
                 "left out). Only new and changed files are read; the articles are never written to. The index is "
                 "kept in the cache folder and rebuilt from the files when it is missing or damaged.\n"
                 "Exit codes: 0 done, 1 some files could not be read or parsed (listed on standard error), 2 no such "
                 "library."),
        QString());
    if (parsed != Success)
        return parsed < 0 ? Success : parsed;
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(Text::tr("byline index: unexpected argument '%1'; give the folder with --library DIR")
                           .arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    return runIndex({parser.value(library), parser.isSet(json)});
}

int runSearchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library = libraryOption();
    const QCommandLineOption limit({QStringLiteral("n"), QStringLiteral("limit")},
                                   Text::tr("At most N results. Default: 20."), QStringLiteral("N"),
                                   QStringLiteral("20"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  Text::tr("Order: relevance (the default) or date (newest first)."),
                                  QStringLiteral("relevance|date"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        Text::tr("Print a JSON array of {path, title, author, date, status, tags, words, score, "
                 "snippet}, matched words in the snippet inside <mark>…</mark>."));
    parser.addOptions({library, limit, sort, json});
    const int parsed = parseOrExplain(
        parser, arguments,
        Text::tr("Searches a library, updating its index first if files changed. Results are ranked (a word in the "
                 "title counts most) and come with a snippet.\n"
                 "Query: words (all must match; stemmed), \"exact phrase\", a OR b, -word, prefix*, title:word, "
                 "author:name, tag:word, status:draft, lang:en, after:2011-01-01, before:2012, sort:date.\n"
                 "Exit codes: 0 articles found, 1 none found, 2 an error."),
        QStringLiteral("QUERY..."));
    if (parsed != Success)
        return parsed < 0 ? Success : parsed;
    bool numeric = false;
    const int count = parser.value(limit).toInt(&numeric);
    if (!numeric || count < 1) {
        Console::error(Text::tr("byline search: --limit takes a positive number, not '%1'").arg(parser.value(limit)));
        return UsageError;
    }
    const QString order = parser.value(sort);
    if (!order.isEmpty() && order != QLatin1String("relevance") && order != QLatin1String("date")) {
        Console::error(Text::tr("byline search: --sort takes relevance or date, not '%1'").arg(order));
        return UsageError;
    }
    return runSearch({parser.positionalArguments(), parser.value(library), count, order, parser.isSet(json)});
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
    if (command == QLatin1String("index"))
        return runIndexCommand(rest);
    if (command == QLatin1String("search"))
        return runSearchCommand(rest);
    Console::error(Text::tr("byline: unknown command '%1'\n\n%2").arg(command, overview()));
    return UsageError;
}

} // namespace Byline::Cli
