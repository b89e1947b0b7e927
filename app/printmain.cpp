// `byline-print`: the command line with Qt Gui, for the exports that lay text out (PDF).
// `byline export --format pdf` becomes this program by exec, so `byline` itself never loads a
// GUI library. It needs no display: without one it uses Qt's offscreen platform.
#include "cli/cli.h"
#include "cli/console.h"

#include <markdown/boundedrender.h>

#include <QGuiApplication>

#include <cstdlib>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QGuiApplication::setOrganizationName(QStringLiteral("Byline"));
    QGuiApplication::setApplicationName(QStringLiteral("Byline"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    int code = 0;
    {
        const QGuiApplication app(argc, argv);
        code = Byline::Cli::run(arguments);
    }
    Byline::Cli::Console::flush();
    if (Byline::Core::BoundedRender::running() > 0)
        std::_Exit(code);
    return code;
}
