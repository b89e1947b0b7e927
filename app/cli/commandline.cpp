#include "commandline.h"

#include "cli.h"
#include "console.h"

#include <QCoreApplication>

namespace Byline::Cli {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli)
};

} // namespace

std::optional<int> parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
                                  const QString &positional)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        Console::error(Text::tr("byline %1: %2\nTry 'byline %1 --help'.").arg(arguments.value(0), parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the program file; the command is what the user types.
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')),
                     Text::tr("Usage: byline %1 [options] %2").arg(arguments.value(0), positional).trimmed());
        Console::out(text);
        return Success;
    }
    if (positional == QLatin1String("FILE...") && parser.positionalArguments().isEmpty()) {
        Console::error(Text::tr("byline %1: no file given\nTry 'byline %1 --help'.").arg(arguments.value(0)));
        return UsageError;
    }
    return std::nullopt;
}

} // namespace Byline::Cli
