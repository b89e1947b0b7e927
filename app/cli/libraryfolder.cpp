#include "libraryfolder.h"

#include "console.h"

#include <library/librarylocations.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace Byline::Cli::LibraryFolder {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Library)
};

// Above this many articles to read, a terminal is shown how far the reading is.
constexpr int progressFrom = 200;

} // namespace

QCommandLineOption option()
{
    return {{QStringLiteral("L"), QStringLiteral("library")},
            Text::tr("The library folder. Default: the current library of the window (the last one opened), else "
                     "Byline in the documents folder."),
            QStringLiteral("DIR")};
}

QString resolve(const QString &requested, const QString &command)
{
    const QString folder = requested.isEmpty() ? Core::LibraryLocations::current() : requested;
    if (!QFileInfo(folder).isDir()) {
        Console::error(
            requested.isEmpty()
                ? Text::tr("byline %1: the library %2 does not exist; give one with --library DIR").arg(command, folder)
                : QFileInfo::exists(folder) ? Text::tr("byline %1: %2 is not a folder").arg(command, folder)
                                            : Text::tr("byline %1: %2 does not exist").arg(command, folder));
        return {};
    }
    return QDir(folder).absolutePath();
}

bool openAndUpdate(Core::LibraryIndex &index, const QString &command, bool showProgress, Core::IndexReport *report,
                   const std::function<void()> &whileListing)
{
    QString error;
    if (!index.open(&error)) {
        Console::error(QStringLiteral("byline %1: %2").arg(command, error));
        return false;
    }
    const bool terminal = showProgress && isatty(STDERR_FILENO);
    *report = index.update(
        [terminal](int done, int total) {
            if (terminal && total > progressFrom) {
                Console::error(Text::tr("\rReading articles: %1 / %2").arg(done).arg(total) + QLatin1String("\x1b[K"));
            }
        },
        nullptr, whileListing);
    if (terminal && report->indexed + report->updated > progressFrom)
        Console::error(QStringLiteral("\r\x1b[K"));
    if (report->rebuilt)
        Console::error(Text::tr("byline %1: the search index was built anew: %2").arg(command, report->notice));
    return true;
}

} // namespace Byline::Cli::LibraryFolder
