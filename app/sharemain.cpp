// `byline-share`: the command line linked with libgit2, for `byline share`, `clone` and `sync`,
// which `byline` becomes by exec. Keeping libgit2 (and the TLS and SSH libraries it brings) out
// of `byline` spares every other command loading them.
#include "cli/console.h"
#include "cli/sharecli.h"

#include <i18n/translations.h>

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCoreApplication::setOrganizationName(QStringLiteral("Byline"));
    QCoreApplication::setApplicationName(QStringLiteral("Byline"));
    int code = 0;
    {
        QCoreApplication app(argc, argv);
        Byline::Core::Translations::install(&app);
        code = Byline::Cli::runSharing(arguments);
    }
    Byline::Cli::Console::flush();
    // Everything is written and closed; what libgit2 and the TLS library would free at exit is
    // the process's to drop (a sync run every few minutes should not pay for tidying).
    std::fflush(nullptr);
    std::_Exit(code);
}
