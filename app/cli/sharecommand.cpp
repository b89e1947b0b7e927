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
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Share)
};

} // namespace

int shareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library = LibraryFolder::option();
    const QCommandLineOption remote(QStringLiteral("remote"),
                                    Text::tr("The git repository to share through: a URL (https://, ssh://, git://, "
                                             "user@host:path) or a folder holding a bare repository."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print what was done as JSON, as byline sync does."));
    parser.addOptions({library, remote, json});
    if (const auto stop = parseOrExplain(
            parser, arguments,
            Text::tr("Makes a library folder a shared library: a git repository (branch main) whose remote is "
                     "URL, then sends its articles there. When the remote already holds a library, the two are "
                     "merged article by article, by words; nothing on either side is lost.\n"
                     "Exit codes: 0 done, 1 done with changes of the same words turned into suggestions, 2 failed "
                     "(nothing lost)."),
            QString()))
        return *stop;
    if (!parser.isSet(remote)) {
        Console::error(Text::tr("byline share: give the remote with --remote URL\nTry 'byline share --help'."));
        return UsageError;
    }
    const QString root = LibraryFolder::resolve(parser.value(library), QStringLiteral("share"));
    if (root.isEmpty())
        return UsageError;
    const auto prompts = SharingConsole::prompts();
    const Core::SyncReport report
        = Core::LibrarySync::share(root, parser.value(remote), SharingConsole::identity(),
                                   SharingConsole::control(prompts.get(), parser.isSet(json)));
    return SharingConsole::finish(QStringLiteral("share"), root, report, parser.isSet(json));
}

} // namespace Byline::Cli
