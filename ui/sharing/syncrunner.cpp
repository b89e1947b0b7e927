#include "syncrunner.h"

#include <ui/common/prompts.h>

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

// The questions of a sync, asked on the UI thread while the worker waits. Once the window is
// closing every answer is "no", so the worker never waits on a window that is gone.
class SyncRunner::WindowPrompts final : public Core::SharingPrompts
{
public:
    WindowPrompts(Prompts &prompts, QObject *context, std::shared_ptr<std::atomic_bool> closing)
        : m_prompts(prompts)
        , m_context(context)
        , m_closing(std::move(closing))
    { }

    std::optional<Login> askLogin(const QString &url, const QString &username, const QString &failure) override
    {
        std::optional<Login> login;
        onUiThread([&] {
            Prompts::TextRequest name;
            name.title = SyncRunner::tr("Log in to the shared library");
            QString user = username;
            if (user.isEmpty()) {
                name.label = (failure.isEmpty() ? QString() : failure + QStringLiteral("\n\n"))
                    + SyncRunner::tr("User name for %1:").arg(url);
                const std::optional<QString> typed = m_prompts.askText(name);
                if (!typed || typed->trimmed().isEmpty())
                    return;
                user = typed->trimmed();
            }
            Prompts::TextRequest password;
            password.title = name.title;
            password.label = (failure.isEmpty() || username.isEmpty() ? QString() : failure + QStringLiteral("\n\n"))
                + SyncRunner::tr("Password or access token for %1 at %2.\nIt is kept by git's credential helper "
                                 "or the desktop's keyring, never in Byline's settings.")
                      .arg(user, url);
            password.secret = true;
            const std::optional<QString> secret = m_prompts.askText(password);
            if (secret && !secret->isEmpty())
                login = Login {user, *secret};
        });
        return login;
    }

    std::optional<QString> askPassphrase(const QString &keyFile) override
    {
        std::optional<QString> passphrase;
        onUiThread([&] {
            Prompts::TextRequest request;
            request.title = SyncRunner::tr("SSH key passphrase");
            request.label = SyncRunner::tr("Passphrase of the SSH key %1:").arg(keyFile);
            request.secret = true;
            passphrase = m_prompts.askText(request);
        });
        return passphrase;
    }

    bool trustHostKey(const QString &host, const QString &keyType, const QString &fingerprint) override
    {
        bool trusted = false;
        onUiThread([&] {
            Prompts::Question question;
            question.tone = Prompts::Tone::Warning;
            question.title = SyncRunner::tr("Unknown server");
            question.text = SyncRunner::tr("%1 is not among the servers you have connected to.").arg(host);
            question.informative = SyncRunner::tr("Its key is %1 %2. Compare it with the fingerprint whoever runs "
                                                  "the server gives you: if they differ, someone may be in between. "
                                                  "Trusted, it is added to ~/.ssh/known_hosts.")
                                       .arg(keyType, fingerprint);
            question.choices = {{QStringLiteral("trust"), SyncRunner::tr("&Trust and Connect"), Prompts::Role::Accept},
                                {QStringLiteral("cancel"), SyncRunner::tr("Cancel"), Prompts::Role::Reject}};
            question.defaultChoice = QStringLiteral("cancel");
            trusted = m_prompts.ask(question) == QLatin1String("trust");
        });
        return trusted;
    }

private:
    void onUiThread(const std::function<void()> &ask)
    {
        if (m_closing->load())
            return;
        QMetaObject::invokeMethod(
            m_context,
            [closing = m_closing, &ask] {
                if (!closing->load())
                    ask();
            },
            Qt::BlockingQueuedConnection);
    }

    Prompts &m_prompts;
    QObject *m_context;
    std::shared_ptr<std::atomic_bool> m_closing;
};

SyncRunner::SyncRunner(Prompts &prompts, QObject *parent)
    : QObject(parent)
    , m_prompts(prompts)
    , m_closing(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Core::SyncProgress>();
    qRegisterMetaType<Core::SyncReport>();
    m_windowPrompts = std::make_unique<WindowPrompts>(m_prompts, this, m_closing);
    connect(&m_watcher, &QFutureWatcher<Core::SyncReport>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

SyncRunner::~SyncRunner()
{
    // The worker may be waiting for an answer on this thread: answer "no" and let it finish.
    m_closing->store(true);
    m_cancel = true;
    while (m_watcher.isRunning())
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 20);
    m_watcher.waitForFinished();
}

bool SyncRunner::start(const Job &job)
{
    if (m_watcher.isRunning())
        return false;
    m_cancel = false;
    QPointer<SyncRunner> self(this);
    Core::SyncControl control;
    control.prompts = m_windowPrompts.get();
    control.cancel = &m_cancel;
    control.progress = [self](const Core::SyncProgress &progress) {
        QMetaObject::invokeMethod(self, [self, progress] {
            if (self)
                Q_EMIT self->progressed(progress);
        });
    };
    m_watcher.setFuture(QtConcurrent::run([job, control] { return job(control); }));
    return true;
}

void SyncRunner::cancel()
{
    m_cancel = true;
}

} // namespace Byline::WidgetUi
