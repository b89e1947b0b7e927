#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "libraryfolder.h"
#include "sharingconsole.h"

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Sync)
};

} // namespace

int syncCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library = LibraryFolder::option();
    const QCommandLineOption json(
        QStringLiteral("json"),
        Text::tr(
            "Print {library, ok, sent, commitsSent, received, from, merged, suggestions, notes, offline, cancelled, "
            "commitMessage, error}."));
    parser.addOptions({library, json});
    if (const auto stop = parseOrExplain(
            parser, arguments,
            Text::tr("Syncs a shared library with its remote: commits what changed here (the message names the "
                     "articles), receives what others sent, merges articles both changed by words, and sends. "
                     "Where two people changed the same words, the article keeps yours and holds theirs as "
                     "suggestions signed by them, for the review panel or byline review; never conflict markers.\n"
                     "Exit codes: 0 done, 1 done with changes of the same words turned into suggestions, 2 failed "
                     "(nothing lost: what was not sent waits, committed, for the next sync)."),
            QString()))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(Text::tr("byline sync: unexpected argument '%1'; give the folder with --library DIR")
                           .arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    const QString root = LibraryFolder::resolve(parser.value(library), QStringLiteral("sync"));
    if (root.isEmpty())
        return UsageError;
    const auto prompts = SharingConsole::prompts();
    const Core::SyncReport report = Core::LibrarySync::sync(root, SharingConsole::identity(),
                                                            SharingConsole::control(prompts.get(), parser.isSet(json)));
    return SharingConsole::finish(QStringLiteral("sync"), root, report, parser.isSet(json));
}

} // namespace Byline::Cli
