#include "credentialstore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace Byline::Core {

namespace {

constexpr int waitMs = 10000;

// Runs `program arguments`, feeding it `input`; its standard output, or nothing when it is
// missing or fails.
std::optional<QByteArray> run(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return std::nullopt;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("GIT_ASKPASS"), QStringLiteral("true"));
    environment.insert(QStringLiteral("SSH_ASKPASS"), QStringLiteral("true"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(waitMs))
        return std::nullopt;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(waitMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

bool gitHasHelper()
{
    const std::optional<QByteArray> helpers
        = run(QStringLiteral("git"),
              {QStringLiteral("config"), QStringLiteral("--get-all"), QStringLiteral("credential.helper")}, {});
    return helpers && !helpers->trimmed().isEmpty();
}

bool keyringRuns()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
}

QStringList keyringAttributes(const QUrl &url)
{
    return {QStringLiteral("service"), QStringLiteral("byline-sharing"), QStringLiteral("server"),
            url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery).toString()};
}

} // namespace

QByteArray CredentialStore::describe(const QUrl &url, const SharingPrompts::Login *login)
{
    QByteArray text = "protocol=" + url.scheme().toUtf8() + "\nhost=" + url.host().toUtf8();
    if (url.port() > 0)
        text += ':' + QByteArray::number(url.port());
    text += "\npath=" + url.path().mid(1).toUtf8() + '\n';
    const QString username = login ? login->username : url.userName();
    if (!username.isEmpty())
        text += "username=" + username.toUtf8() + '\n';
    if (login)
        text += "password=" + login->password.toUtf8() + '\n';
    return text + '\n';
}

std::optional<SharingPrompts::Login> CredentialStore::find(const QUrl &url)
{
    if (const std::optional<QByteArray> answer
        = run(QStringLiteral("git"), {QStringLiteral("credential"), QStringLiteral("fill")}, describe(url, nullptr))) {
        SharingPrompts::Login login;
        for (const QByteArray &line : answer->split('\n')) {
            if (line.startsWith("username="))
                login.username = QString::fromUtf8(line.mid(9));
            else if (line.startsWith("password="))
                login.password = QString::fromUtf8(line.mid(9));
        }
        if (!login.password.isEmpty())
            return login;
    }
    if (keyringRuns()) {
        QStringList arguments = {QStringLiteral("lookup")};
        arguments += keyringAttributes(url);
        if (const std::optional<QByteArray> secret = run(QStringLiteral("secret-tool"), arguments, {})) {
            // The secret is "username\npassword": one item per server.
            const qsizetype split = secret->indexOf('\n');
            if (split > 0)
                return SharingPrompts::Login {QString::fromUtf8(secret->left(split)),
                                              QString::fromUtf8(secret->mid(split + 1))};
        }
    }
    return std::nullopt;
}

bool CredentialStore::keep(const QUrl &url, const SharingPrompts::Login &login)
{
    if (gitHasHelper())
        return run(QStringLiteral("git"), {QStringLiteral("credential"), QStringLiteral("approve")},
                   describe(url, &login))
            .has_value();
    if (!keyringRuns())
        return false;
    QStringList arguments = {QStringLiteral("store"), QStringLiteral("--label=Byline: %1").arg(url.host())};
    arguments += keyringAttributes(url);
    return run(QStringLiteral("secret-tool"), arguments, login.username.toUtf8() + '\n' + login.password.toUtf8())
        .has_value();
}

void CredentialStore::forget(const QUrl &url, const SharingPrompts::Login &login)
{
    (void)run(QStringLiteral("git"), {QStringLiteral("credential"), QStringLiteral("reject")}, describe(url, &login));
    if (keyringRuns()) {
        QStringList arguments = {QStringLiteral("clear")};
        arguments += keyringAttributes(url);
        (void)run(QStringLiteral("secret-tool"), arguments, {});
    }
}

} // namespace Byline::Core
