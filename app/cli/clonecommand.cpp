#include "cli.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "sharingconsole.h"

#include <QDir>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Clone)
};

} // namespace

int cloneCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print what was received as JSON."));
    parser.addOption(json);
    if (const auto stop = parseOrExplain(parser, arguments,
                                         Text::tr("Copies the shared library at URL into the folder DIR (new or "
                                                  "empty), ready to open and to sync.\n"
                                                  "Exit codes: 0 done, 2 failed (the folder is left as it was)."),
                                         QStringLiteral("URL DIR")))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2) {
        Console::error(Text::tr("byline clone: give the remote and the folder: byline clone URL DIR"));
        return UsageError;
    }
    const QString folder = QDir(words.at(1)).absolutePath();
    const auto prompts = SharingConsole::prompts();
    const Core::SyncReport report
        = Core::LibrarySync::clone(words.at(0), folder, SharingConsole::control(prompts.get(), parser.isSet(json)));
    return SharingConsole::finish(QStringLiteral("clone"), folder, report, parser.isSet(json));
}

} // namespace Byline::Cli
