#include "desklauncher.h"

#include "cli/cli.h"
#include "cli/console.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <string>

#include <unistd.h>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Launcher)
};

// Replaces this process with the helper program `name`, next to this one (the build tree) or in
// libexec (installed).
int launchHelper(const QString &name, const QString &what, char *argv[])
{
    const QDir folder(QCoreApplication::applicationDirPath());
    const QStringList candidates
        = {folder.filePath(name), QDir::cleanPath(folder.filePath(QStringLiteral(BYLINE_LIBEXEC_FROM_BIN "/") + name))};
    for (const QString &candidate : candidates) {
        if (!QFileInfo(candidate).isExecutable())
            continue;
        const QByteArray path = QFile::encodeName(candidate);
        argv[0] = const_cast<char *>(path.constData());
        Console::flush();
        execv(path.constData(), argv);
        Console::error(Text::tr("byline: cannot start %1 (%2): %3\n")
                           .arg(what, candidate, QString::fromLocal8Bit(std::strerror(errno))));
        return FileFailed;
    }
    Console::error(Text::tr("byline: %1, %2, is not installed next to byline (looked in %3 and %4).\n"
                            "Reinstall Byline, or use the command line: byline --help\n")
                       .arg(what, name, candidates.at(0), candidates.at(1)));
    return FileFailed;
}

char **rememberedArguments = nullptr;

} // namespace

int launchDesk(char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        Console::error(Text::tr("byline: there is no display to open the window on (neither DISPLAY nor "
                                "WAYLAND_DISPLAY is set).\nRun it in a desktop session, or use the command "
                                "line: byline --help\n"));
        return FileFailed;
    }
    return launchHelper(QStringLiteral("byline-desk"), Text::tr("the window"), argv);
}

void rememberArguments(char *argv[])
{
    rememberedArguments = argv;
}

int launchPrinter()
{
    if (!rememberedArguments)
        return UsageError;
    return launchHelper(QStringLiteral("byline-print"), Text::tr("the PDF printer"), rememberedArguments);
}

void launchSharerAtOnce(char *argv[])
{
    const char *command = argv[0] ? argv[1] : nullptr;
    if (!command
        || (std::strcmp(command, "share") != 0 && std::strcmp(command, "clone") != 0
            && std::strcmp(command, "sync") != 0))
        return;
    char self[4096];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return;
    self[length] = '\0';
    std::string folder(self);
    folder.erase(folder.rfind('/') + 1);
    for (const std::string &candidate :
         {folder + "byline-share", folder + BYLINE_LIBEXEC_FROM_BIN + std::string("/byline-share")}) {
        if (::access(candidate.c_str(), X_OK) == 0) {
            argv[0] = const_cast<char *>(candidate.c_str());
            ::execv(candidate.c_str(), argv);
        }
    }
}

int launchSharer()
{
    if (!rememberedArguments)
        return UsageError;
    return launchHelper(QStringLiteral("byline-share"), Text::tr("the sharing command line"), rememberedArguments);
}

} // namespace Byline::Cli
