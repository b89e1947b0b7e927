#include "sharingconsole.h"

#include "console.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSettings>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace Byline::Cli::SharingConsole {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Sharing)
};

QString readLine(bool hidden)
{
    termios saved {};
    const bool terminal = hidden && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[4096];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        Console::error(QStringLiteral("\n"));
    }
    return read ? QString::fromLocal8Bit(buffer).trimmed() : QString();
}

void ask(const QString &question)
{
    Console::error(question);
    Console::flush();
}

class TerminalPrompts final : public Core::SharingPrompts
{
public:
    std::optional<Login> askLogin(const QString &url, const QString &username, const QString &failure) override
    {
        if (!failure.isEmpty())
            Console::error(failure + QLatin1Char('\n'));
        Login login {username, {}};
        if (login.username.isEmpty()) {
            ask(Text::tr("User name for %1: ").arg(url));
            login.username = readLine(false);
        }
        ask(Text::tr("Password (or token) for %1 at %2: ").arg(login.username, url));
        login.password = readLine(true);
        if (login.password.isEmpty())
            return std::nullopt;
        return login;
    }

    std::optional<QString> askPassphrase(const QString &keyFile) override
    {
        ask(Text::tr("Passphrase for the SSH key %1: ").arg(keyFile));
        const QString passphrase = readLine(true);
        if (passphrase.isEmpty())
            return std::nullopt;
        return passphrase;
    }

    bool trustHostKey(const QString &host, const QString &keyType, const QString &fingerprint) override
    {
        ask(Text::tr("The server %1 is not among your known SSH hosts.\nIts key: %2 %3\n"
                     "Check the fingerprint with whoever runs the server. Trust it and connect? [y/N] ")
                .arg(host, keyType, fingerprint));
        const QString answer = readLine(false).toLower();
        return answer == QLatin1String("y") || answer == QLatin1String("yes");
    }
};

QString stepName(Core::SyncProgress::Step step)
{
    switch (step) {
    case Core::SyncProgress::Step::Committing:
        return Text::tr("Committing");
    case Core::SyncProgress::Step::Fetching:
        return Text::tr("Receiving");
    case Core::SyncProgress::Step::Merging:
        return Text::tr("Merging");
    case Core::SyncProgress::Step::Pushing:
        return Text::tr("Sending");
    case Core::SyncProgress::Step::Cloning:
        return Text::tr("Cloning");
    }
    return {};
}

void printList(const QString &heading, const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    Console::out(heading + QLatin1Char('\n'));
    for (const QString &path : paths)
        Console::out(QStringLiteral("  ") + path + QLatin1Char('\n'));
}

} // namespace

Core::SharingIdentity identity()
{
    const QSettings settings;
    return {settings.value(QStringLiteral("articles/author")).toString(),
            settings.value(QStringLiteral("sharing/email")).toString()};
}

std::unique_ptr<Core::SharingPrompts> prompts()
{
    if (!isatty(STDIN_FILENO))
        return {};
    return std::make_unique<TerminalPrompts>();
}

Core::SyncControl control(Core::SharingPrompts *prompts, bool quiet)
{
    Core::SyncControl control;
    control.prompts = prompts;
    if (!quiet && isatty(STDERR_FILENO)) {
        control.progress = [](const Core::SyncProgress &progress) {
            const QString amount
                = progress.total > 0 ? QStringLiteral(" %1/%2").arg(progress.done).arg(progress.total) : QString();
            Console::error(QStringLiteral("\r\033[K%1…%2").arg(stepName(progress.step), amount));
            Console::flush();
        };
    }
    return control;
}

int finish(const QString &command, const QString &library, const Core::SyncReport &report, bool json)
{
    if (!json && isatty(STDERR_FILENO))
        Console::error(QStringLiteral("\r\033[K"));
    if (json) {
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("library"), library);
        Console::outBytes(QJsonDocument(object).toJson());
    } else if (report.ok()) {
        Console::out(QStringLiteral("%1: %2\n").arg(QDir::toNativeSeparators(library), report.summary()));
        printList(Text::tr("Sent:"), report.sent);
        printList(Text::tr("Received:"), report.received);
        printList(Text::tr("Merged by words (both changed them):"), report.merged);
        printList(Text::tr("Changed by both in the same words, now suggestions to accept or reject "
                           "(byline review FILE --list):"),
                  report.suggestions);
        for (const QString &note : report.notes)
            Console::out(Text::tr("Note: %1\n").arg(note));
    }
    if (!report.ok())
        Console::error(QStringLiteral("byline %1: %2\n").arg(command, report.error));
    return report.exitCode();
}

} // namespace Byline::Cli::SharingConsole
