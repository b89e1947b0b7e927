// `byline-print`: the command line with Qt Gui, for the exports that lay text out (PDF, ODT) or
// measure images (a Word document's). `byline export` becomes this program by exec for them, so
// `byline` itself never loads a GUI library. It needs no display: without one it uses Qt's
// offscreen platform.
#include "cli/cli.h"
#include "cli/console.h"

#include <i18n/translations.h>
#include <markdown/boundedrender.h>

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <cstdlib>

#include <unistd.h>

namespace {

// Whether an export's arguments ask for DOCX (`--format docx`, `-f docx`, `--format=docx`).
bool wordFormat(const QStringList &arguments)
{
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == QLatin1String("--format") || argument == QLatin1String("-f")) && i + 1 < arguments.size())
            return arguments.at(i + 1).compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0;
        if (argument.startsWith(QLatin1String("--format=")))
            return argument.mid(9).compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Outside a desktop session (a cron job, CI) Qt would warn on every run that it picks this
    // folder itself; choosing it here keeps standard error for the export's own messages.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::temp().filePath(QStringLiteral("runtime-%1").arg(::getuid()));
        if (QDir().mkpath(runtime)
            && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QGuiApplication::setOrganizationName(QStringLiteral("Byline"));
    QGuiApplication::setApplicationName(QStringLiteral("Byline"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    int code = 0;
    // Word documents come here only for their images, which are measured, never drawn: no fonts
    // nor a platform, so Qt Core's application, which starts in a fraction of the time.
    const bool wordOnly = arguments.value(1) == QLatin1String("export") && wordFormat(arguments);
    if (wordOnly) {
        QCoreApplication app(argc, argv);
        Byline::Core::Translations::install(&app);
        code = Byline::Cli::run(arguments);
    } else {
        QGuiApplication app(argc, argv);
        Byline::Core::Translations::install(&app);
        code = Byline::Cli::run(arguments);
    }
    Byline::Cli::Console::flush();
    if (Byline::Core::BoundedRender::running() > 0)
        std::_Exit(code);
    return code;
}
