#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Byline::Core {

// Where a sync, share or clone has got to, for a progress bar and a status line.
struct SyncProgress
{
    enum class Step : quint8 { Committing, Fetching, Merging, Pushing, Cloning };

    Step step = Step::Committing;
    qint64 done = 0; // objects (fetching, pushing, cloning) or articles (merging); 0 of 0: unknown
    qint64 total = 0;
};

// What a sync may have to ask the user: a login for an HTTPS remote, the passphrase of an SSH
// key, whether to trust a server's SSH key seen for the first time. Called on the sync's own
// thread; the window answers through its dialogs, the command line at the terminal. Every answer
// may be "no" (nothing), which fails the sync with a clear message.
class SharingPrompts
{
public:
    virtual ~SharingPrompts() = default;

    struct Login
    {
        QString username;
        QString password;
    };
    // `failure` is set when a login was tried and refused.
    [[nodiscard]] virtual std::optional<Login> askLogin(const QString &url, const QString &username,
                                                        const QString &failure)
        = 0;
    [[nodiscard]] virtual std::optional<QString> askPassphrase(const QString &keyFile) = 0;
    // The server `host` offers an SSH key that is not in known_hosts.
    [[nodiscard]] virtual bool trustHostKey(const QString &host, const QString &keyType, const QString &fingerprint)
        = 0;

protected:
    SharingPrompts() = default;
    SharingPrompts(const SharingPrompts &) = default;
    SharingPrompts &operator=(const SharingPrompts &) = default;
};

// How a caller follows and stops a sync: a progress function (on the sync's thread) and a flag
// another thread sets to cancel. Either may be left out.
struct SyncControl
{
    SharingPrompts *prompts = nullptr;
    std::function<void(const SyncProgress &)> progress;
    const std::atomic_bool *cancel = nullptr;

    [[nodiscard]] bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(const SyncProgress &where) const
    {
        if (progress)
            progress(where);
    }
};

} // namespace Byline::Core
