#include "cli.h"

#include "commands.h"
#include "console.h"

#include <article/undecodablename.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <optional>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli)
};

// One subcommand: its name, its line in `byline --help`, and what runs it. The command owns its
// options and its own --help (commands.h).
struct Command
{
    const char *name;
    const char *usage; // what follows the name in the overview
    const char *summary; // translated when shown
    int (*run)(const QStringList &arguments);
};

const std::array commands = {
    Command {"stats", "FILE... [--json]",
             QT_TRANSLATE_NOOP("Byline::Cli", "word counts, reading time and outline of articles"), statsCommand},
    Command {"export", "FILE... --format html|fragment|txt|pdf|odt|docx [--output FILE|DIR] [--theme NAME] [options]",
             QT_TRANSLATE_NOOP("Byline::Cli", "export articles as HTML pages, CMS fragments, text, PDF, ODT or DOCX"),
             exportCommand},
    Command {
        "import", "FILE.docx [--output FILE.md]",
        QT_TRANSLATE_NOOP("Byline::Cli", "import a Word document, its tracked changes and comments as suggestions"),
        importCommand},
    Command {"check", "FILE... [--lang LANG] [--json] [--suggest]",
             QT_TRANSLATE_NOOP("Byline::Cli", "list misspelled words of articles as FILE:LINE:COLUMN: word"),
             checkCommand},
    Command {"index", "[--library DIR] [--json]",
             QT_TRANSLATE_NOOP("Byline::Cli", "build or update the search index of a library folder"), indexCommand},
    Command {"search", "QUERY... [--library DIR] [--limit N] [--sort relevance|date] [--json]",
             QT_TRANSLATE_NOOP("Byline::Cli", "ranked search of a library, with snippets"), searchCommand},
    Command {"review",
             "FILE... [--list] [--json] [--accept-all|--reject-all] [--remove-comments] [--reviewer NAME] "
             "[--output FILE]",
             QT_TRANSLATE_NOOP("Byline::Cli", "list, accept or reject the suggestions and comments in articles"),
             reviewCommand},
    Command {
        "diff", "A B [--json|--criticmarkup [--reviewer NAME]|--color]",
        QT_TRANSLATE_NOOP("Byline::Cli", "compare two drafts word by word, or turn the difference into suggestions"),
        diffCommand},
    Command {"history", "FILE [--json] [--keep [--name NAME]]",
             QT_TRANSLATE_NOOP("Byline::Cli", "list the revisions Byline kept of an article"), historyCommand},
    Command {"restore", "FILE --revision REVISION [--author NAME]",
             QT_TRANSLATE_NOOP("Byline::Cli", "bring back an earlier revision of an article"), restoreCommand},
    Command {"share", "--remote URL [--library DIR] [--json]",
             QT_TRANSLATE_NOOP("Byline::Cli", "make a library a shared one, through a git repository"), shareCommand},
    Command {"clone", "URL DIR [--json]", QT_TRANSLATE_NOOP("Byline::Cli", "copy a shared library into a new folder"),
             cloneCommand},
    Command {"sync", "[--library DIR] [--json]",
             QT_TRANSLATE_NOOP("Byline::Cli", "send and receive a shared library's changes, merging by words"),
             syncCommand},
};

// The options that open the window; the desktop file's actions use them.
const std::array windowOptions = {QLatin1String("--new"), QLatin1String("--open-library"), QLatin1String("--suggest")};

const Command *find(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

bool isHelp(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h") || word == QLatin1String("help");
}

bool isVersion(const QString &word)
{
    return word == QLatin1String("--version") || word == QLatin1String("-v");
}

bool isWindowOption(const QString &word)
{
    return std::find(windowOptions.cbegin(), windowOptions.cend(), word) != windowOptions.cend();
}

// The first of `words` the window would not take: not one of its options, not an existing file
// or folder. Nothing when it takes them all.
std::optional<QString> firstNotForTheWindow(const QStringList &words)
{
    const auto found = std::find_if(words.cbegin(), words.cend(), [](const QString &word) {
        return !isWindowOption(word) && !QFileInfo::exists(word)
            && Core::UndecodableName::find(word).match == Core::UndecodableName::Match::None;
    });
    if (found == words.cend())
        return std::nullopt;
    return *found;
}

// "  byline USAGE" with its summary beside it from this column, or below it when it is longer.
constexpr qsizetype summaryColumn = 33;

QString overviewLine(const QString &usage, const QString &summary)
{
    QString line = QStringLiteral("  byline ") + usage;
    if (line.size() + 2 > summaryColumn)
        line += QLatin1Char('\n') + QString(summaryColumn, QLatin1Char(' '));
    else
        line = line.leftJustified(summaryColumn);
    return line + summary + QLatin1Char('\n');
}

QString overview()
{
    QString usage
        = overviewLine(QStringLiteral("[FILE|FOLDER]"), Text::tr("open the window on an article or a library folder"))
        + overviewLine(QStringLiteral("--new"), Text::tr("open the window and start a new article"))
        + overviewLine(QStringLiteral("--open-library"), Text::tr("open the window and choose a library folder"))
        + overviewLine(QStringLiteral("--suggest FILE"), Text::tr("open an article to review, with Suggest Changes on"))
        + overviewLine(QStringLiteral("--version"), Text::tr("print the version"));
    for (const Command &command : commands)
        usage += overviewLine(QLatin1String(command.name) + QLatin1Char(' ') + QLatin1String(command.usage),
                              Text::tr(command.summary));
    usage += overviewLine(QStringLiteral("COMMAND --help"), Text::tr("help on one command"));
    return Text::tr("Byline %1: a writing desk for columnists and their editors.\n"
                    "\n"
                    "Usage:\n"
                    "%2"
                    "\n"
                    "Exit codes: 0 success, 1 a file failed (the others are still processed), 2 usage error.\n"
                    "byline check: 0 no misspellings, 1 misspellings found, 2 an error (a file, a language).\n"
                    "byline search: 0 articles found, 1 none found, 2 an error.\n"
                    "byline share, sync: 0 done, 1 done with changes turned into suggestions, 2 failed (nothing "
                    "lost).\n")
        .arg(QStringLiteral(BYLINE_VERSION), usage);
}

// What to say about `word`, which is neither a command nor something the window opens.
QString unknown(const QString &word)
{
    if (word.startsWith(QLatin1Char('-')))
        return Text::tr("byline: unknown option '%1'\nTry 'byline --help'.").arg(word);
    QStringList names;
    for (const Command &command : commands)
        names.append(QLatin1String(command.name));
    return Text::tr("byline: '%1' is neither a command nor an existing file or folder.\n"
                    "The commands are: %2.\nTry 'byline --help'.")
        .arg(word, names.join(QLatin1String(", ")));
}

} // namespace

bool opensWindow(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (find(first) || isHelp(first) || isVersion(first))
        return false;
    return !firstNotForTheWindow(arguments.mid(1));
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (isVersion(first)) {
        Console::out(QStringLiteral("byline %1\n").arg(QStringLiteral(BYLINE_VERSION)));
        return Success;
    }
    if (isHelp(first)) {
        Console::out(overview());
        return Success;
    }
    if (const Command *command = find(first))
        return command->run(arguments.mid(1));
    if (const std::optional<QString> word = firstNotForTheWindow(arguments.mid(1)))
        Console::error(unknown(*word));
    else // only byline-print, which has no window, comes here with what the window would take
        Console::error(Text::tr("byline: no command given\nTry 'byline --help'."));
    return UsageError;
}

} // namespace Byline::Cli
