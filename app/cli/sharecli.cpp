#include "sharecli.h"

#include "cli.h"
#include "commands.h"
#include "console.h"

#include <QCoreApplication>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::ShareLine)
};

} // namespace

int runSharing(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("share"))
        return shareCommand(arguments.mid(1));
    if (command == QLatin1String("clone"))
        return cloneCommand(arguments.mid(1));
    if (command == QLatin1String("sync"))
        return syncCommand(arguments.mid(1));
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        Console::out(QStringLiteral("byline %1\n").arg(QStringLiteral(BYLINE_VERSION)));
        return Success;
    }
    Console::error(Text::tr("byline-share runs byline share, clone and sync; for everything else, and for help, "
                            "run byline --help.\n"));
    return UsageError;
}

} // namespace Byline::Cli
