// The `byline` program: the window, or a headless subcommand when the first argument names one.
#include "cli/cli.h"
#include "cli/console.h"

#include <markdown/boundedrender.h>

#include <QApplication>

#include <cstdlib>

#include <mainwindow.h>

namespace {

int runWindow(int &argc, char **argv, const QString &target)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Byline"));
    QApplication::setOrganizationName(QStringLiteral("Byline"));
    QApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.byline.Byline"));

    Byline::WidgetUi::MainWindow window;
    if (target.isEmpty())
        window.openSampleLibrary();
    else
        window.openPath(target);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    int code = 0;
    if (Byline::Cli::isCommandLine(arguments)) {
        const QCoreApplication app(argc, argv);
        code = Byline::Cli::run(arguments);
    } else {
        code = runWindow(argc, argv, arguments.value(1));
    }
    // A render abandoned for taking too long may still be running on a detached thread; cmark
    // cannot be interrupted, so leave without waiting for it.
    Byline::Cli::Console::flush();
    if (Byline::Core::BoundedRender::running() > 0)
        std::_Exit(code);
    return code;
}
