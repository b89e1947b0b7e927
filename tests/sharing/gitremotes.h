#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Real git remotes for the sharing tests, on this machine only: a bare repository on disk,
// `git daemon` and `git http-backend` (under lighttpd) listening on 127.0.0.1, each started and
// stopped by the test.
namespace GitRemotes {

// Runs git with `arguments` in `folder`; its standard output, trimmed. Fails the test on an error.
inline QString git(const QString &folder, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("git"), arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitCode();
    else if (process.exitCode() != 0)
        qWarning("git %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// A bare repository at `path`, branch main, that accepts pushes over git:// and HTTP.
inline QString bareRepository(const QString &path)
{
    QDir().mkpath(path);
    git(path,
        {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
         QStringLiteral("main")});
    git(path, {QStringLiteral("config"), QStringLiteral("http.receivepack"), QStringLiteral("true")});
    QFile exported(QDir(path).filePath(QStringLiteral("git-daemon-export-ok")));
    exported.open(QIODevice::WriteOnly);
    return path;
}

inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

inline bool waitForPort(quint16 port)
{
    for (int i = 0; i < 200; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(50))
            return true;
        QTest::qWait(20);
    }
    return false;
}

// `git daemon` serving the repositories under `base` at git://127.0.0.1:PORT/, pushes allowed.
class GitDaemon final
{
public:
    explicit GitDaemon(const QString &base)
        : m_base(base)
    { }
    ~GitDaemon() { stop(); }

    bool start()
    {
        if (!m_port)
            m_port = freePort();
        // git-daemon itself, not `git daemon`, which runs it as a child that killing `git` would leave.
        const QString execPath = git(m_base, {QStringLiteral("--exec-path")});
        m_process.start(QDir(execPath).filePath(QStringLiteral("git-daemon")),
                        {QStringLiteral("--reuseaddr"), QStringLiteral("--export-all"),
                         QStringLiteral("--enable=receive-pack"), QStringLiteral("--base-path=") + m_base,
                         QStringLiteral("--listen=127.0.0.1"), QStringLiteral("--port=%1").arg(m_port), m_base});
        return m_process.waitForStarted() && waitForPort(m_port);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill(); // the remote vanishes, as a server that goes down does
        m_process.waitForFinished();
    }
    [[nodiscard]] QString url(const QString &repository) const
    {
        return QStringLiteral("git://127.0.0.1:%1/%2").arg(m_port).arg(repository);
    }

private:
    QString m_base;
    quint16 m_port = 0;
    QProcess m_process;
};

// lighttpd running `git http-backend` for the repositories under `base`, at
// http://127.0.0.1:PORT/git/, behind a basic-auth login (user `editor`, password `s3cret`).
class HttpBackend final
{
public:
    HttpBackend(const QString &base, const QString &work)
        : m_base(base)
        , m_work(work)
    { }
    ~HttpBackend() { stop(); }

    [[nodiscard]] static bool available()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("lighttpd"),
                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                    .isEmpty()
            && QFile::exists(QStringLiteral("/usr/lib/git-core/git-http-backend"));
    }

    bool start()
    {
        m_port = freePort();
        QDir().mkpath(m_work);
        const QString users = QDir(m_work).filePath(QStringLiteral("users"));
        QFile usersFile(users);
        usersFile.open(QIODevice::WriteOnly);
        usersFile.write("editor:s3cret\n");
        usersFile.close();
        const QString config = QDir(m_work).filePath(QStringLiteral("lighttpd.conf"));
        QFile file(config);
        file.open(QIODevice::WriteOnly);
        file.write(
            QStringLiteral(
                "server.modules = (\"mod_alias\", \"mod_cgi\", \"mod_setenv\", \"mod_auth\", \"mod_authn_file\")\n"
                "server.document-root = \"%1\"\n"
                "server.bind = \"127.0.0.1\"\n"
                "server.port = %2\n"
                "server.errorlog = \"%3/error.log\"\n"
                "alias.url = (\"/git\" => \"/usr/lib/git-core/git-http-backend\")\n"
                "cgi.assign = (\"\" => \"\")\n"
                "setenv.add-environment = (\"GIT_PROJECT_ROOT\" => \"%1\", \"GIT_HTTP_EXPORT_ALL\" => \"1\")\n"
                "auth.backend = \"plain\"\n"
                "auth.backend.plain.userfile = \"%4\"\n"
                "auth.require = (\"/git\" => (\"method\" => \"basic\", \"realm\" => \"newsroom\", "
                "\"require\" => \"valid-user\"))\n")
                .arg(m_base)
                .arg(m_port)
                .arg(m_work, users)
                .toUtf8());
        file.close();
        const QString lighttpd = QStandardPaths::findExecutable(
            QStringLiteral("lighttpd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        m_process.start(lighttpd, {QStringLiteral("-D"), QStringLiteral("-f"), config});
        return m_process.waitForStarted() && waitForPort(m_port);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished();
    }
    [[nodiscard]] QString url(const QString &repository) const
    {
        return QStringLiteral("http://127.0.0.1:%1/git/%2").arg(m_port).arg(repository);
    }

private:
    QString m_base;
    QString m_work;
    quint16 m_port = 0;
    QProcess m_process;
};

} // namespace GitRemotes
