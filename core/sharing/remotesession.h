#pragma once

#include "gitobjects.h"
#include "syncprogress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Byline::Core {

// One conversation with a remote (a clone, a fetch or a push): libgit2's callbacks for logins,
// host keys, progress and cancelling, with the logins tried counted so a refused password is
// not offered forever. Lives on the stack of the thread that talks to the remote.
class RemoteSession final
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::RemoteSession)

public:
    // Logins and keys tried before the session gives up.
    static constexpr int maxAttempts = 3;

    RemoteSession(const QString &url, const SyncControl &control, SyncProgress::Step step);
    RemoteSession(const RemoteSession &) = delete;
    RemoteSession &operator=(const RemoteSession &) = delete;

    [[nodiscard]] git_remote_callbacks callbacks();
    void setStep(SyncProgress::Step step) { m_step = step; }

    // After the operation: a login that worked is kept, one that was refused forgotten.
    void finish(bool succeeded);

    // A login that worked earlier in the same sync (the fetch's, for the push), tried first.
    void setKnownLogin(const std::optional<SharingPrompts::Login> &login) { m_known = login; }
    [[nodiscard]] std::optional<SharingPrompts::Login> login() const { return m_login; }

    // What went wrong, for the user, after libgit2 returned `code`.
    [[nodiscard]] QString failure(int code) const;
    // Whether the failure was the remote not being reachable (offline, server gone).
    [[nodiscard]] bool unreachable(int code) const;
    [[nodiscard]] bool cancelled() const { return m_control.cancelled(); }

    // References the remote refused in a push, with its reasons.
    [[nodiscard]] const QStringList &rejected() const { return m_rejected; }

private:
    static int credentials(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed,
                           void *payload);
    static int certificateCheck(git_cert *certificate, int valid, const char *host, void *payload);
    static int transferProgress(const git_indexer_progress *stats, void *payload);
    static int pushProgress(unsigned int current, unsigned int total, size_t bytes, void *payload);
    static int pushUpdate(const char *reference, const char *status, void *payload);

    int sshCredential(git_credential **out, const QString &username);
    int loginCredential(git_credential **out, const QString &username);
    int trustUnknownHost(git_cert *certificate, const QString &host);

    QUrl m_url;
    QString m_displayUrl;
    SyncControl m_control;
    SyncProgress::Step m_step;
    int m_attempts = 0;
    int m_sshAttempts = 0;
    bool m_loginAsked = false;
    std::optional<SharingPrompts::Login> m_login; // the login offered last
    std::optional<SharingPrompts::Login> m_known;
    QString m_authFailure;
    QString m_hostKeyFailure;
    QStringList m_rejected;
};

} // namespace Byline::Core
