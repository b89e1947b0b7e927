// `byline`: the headless command line, and the launcher of the window.
//
// This program links no GUI library, so scripts that call `byline stats` or `byline export`
// thousands of times never pay for loading Qt Gui, Widgets, X11 and OpenGL (about 6 ms a start).
// Given nothing, or files and folders to open, it becomes `byline-desk`, the window, by exec; for
// PDF export it becomes `byline-print`, the same command line with Qt Gui. Any other word is the
// command line's to run or to refuse, never a window.
#include "cli/cli.h"
#include "cli/console.h"
#include "desklauncher.h"

#include <i18n/translations.h>
#include <markdown/boundedrender.h>

#include <QCoreApplication>

#include <cstdlib>

#include <malloc.h>

int main(int argc, char *argv[])
{
    // A command runs for milliseconds and reads whole articles: blocks it frees are better kept
    // for the next large one (a decoded text, a diff's tables) than returned to the system and
    // faulted in again page by page, which on a long draft costs more than the work itself.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
    Byline::Cli::launchSharerAtOnce(argv); // share, clone, sync: returns only when it cannot

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // The same names as the window, so both find the same settings and personal dictionaries.
    QCoreApplication::setOrganizationName(QStringLiteral("Byline"));
    QCoreApplication::setApplicationName(QStringLiteral("Byline"));
    int code = 0;
    {
        QCoreApplication app(argc, argv);
        Byline::Core::Translations::install(&app);
        if (Byline::Cli::opensWindow(arguments)) {
            code = Byline::Cli::launchDesk(argv); // returns only when the window cannot start
        } else {
            Byline::Cli::rememberArguments(argv); // `byline export --format pdf` continues in byline-print
            code = Byline::Cli::run(arguments);
        }
    }
    // A render abandoned for taking too long may still be running on a detached thread; cmark
    // cannot be interrupted, so leave without waiting for it.
    Byline::Cli::Console::flush();
    if (Byline::Core::BoundedRender::running() > 0)
        std::_Exit(code);
    return code;
}
