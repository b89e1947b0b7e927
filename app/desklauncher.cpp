#include "desklauncher.h"

#include "cli/cli.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

namespace Byline::Cli {

namespace {

std::string ownFolder()
{
    char path[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof(path) - 1);
    if (length <= 0)
        return ".";
    path[length] = '\0';
    std::string folder(path);
    return folder.substr(0, folder.rfind('/'));
}

// Replaces this process with the helper program `name`, next to this one or in libexec.
int launchHelper(const char *name, const char *what, char *argv[])
{
    const std::string folder = ownFolder();
    const std::string candidates[] = {
        folder + "/" + name,
        folder + "/" BYLINE_LIBEXEC_FROM_BIN "/" + name,
    };
    for (const std::string &candidate : candidates) {
        if (access(candidate.c_str(), X_OK) == 0) {
            argv[0] = const_cast<char *>(candidate.c_str());
            execv(candidate.c_str(), argv);
            std::fprintf(stderr, "byline: cannot start %s (%s): %s\n", what, candidate.c_str(), std::strerror(errno));
            return FileFailed;
        }
    }
    std::fprintf(stderr,
                 "byline: %s, %s, is not installed next to byline (looked in %s and %s).\n"
                 "Reinstall Byline, or use the command line: byline --help\n",
                 what, name, candidates[0].c_str(), candidates[1].c_str());
    return FileFailed;
}

char **rememberedArguments = nullptr;

} // namespace

int launchDesk(char *argv[])
{
    const auto isSet = [](const char *name) {
        const char *value = std::getenv(name);
        return value && *value;
    };
    if (!isSet("DISPLAY") && !isSet("WAYLAND_DISPLAY") && !isSet("QT_QPA_PLATFORM")) {
        std::fprintf(stderr,
                     "byline: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
                     "is set).\nRun it in a desktop session, or use the command line: byline --help\n");
        return FileFailed;
    }
    return launchHelper("byline-desk", "the window", argv);
}

void rememberArguments(char *argv[])
{
    rememberedArguments = argv;
}

int launchPrinter()
{
    if (!rememberedArguments)
        return UsageError;
    std::fflush(stdout);
    return launchHelper("byline-print", "the PDF printer", rememberedArguments);
}

} // namespace Byline::Cli
