#include "libraryfolder.h"

#include "console.h"

#include <library/librarylocations.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Byline::Cli::LibraryFolder {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Library)
};

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

} // namespace Byline::Cli::LibraryFolder
