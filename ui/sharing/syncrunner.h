#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

#include <sharing/librarysync.h>

namespace Byline::WidgetUi {

class Prompts;

// Runs one share, clone or sync at a time on a worker thread, never on the UI thread: progress
// and the report come back as signals; a login, a passphrase or an unknown host key is asked
// through the window's Prompts, the worker waiting for the answer. Cancelling stops the transfer
// at its next step; nothing is lost either way.
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    explicit SyncRunner(Prompts &prompts, QObject *parent = nullptr);
    ~SyncRunner() override;

    // What runs: one of LibrarySync's calls, given the control to pass on.
    using Job = std::function<Core::SyncReport(const Core::SyncControl &control)>;
    // False (and nothing started) while another job runs.
    bool start(const Job &job);
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();

Q_SIGNALS:
    void progressed(const Byline::Core::SyncProgress &progress);
    void finished(const Byline::Core::SyncReport &report);

private:
    class WindowPrompts;

    Prompts &m_prompts;
    std::unique_ptr<WindowPrompts> m_windowPrompts;
    std::atomic_bool m_cancel = false;
    std::shared_ptr<std::atomic_bool> m_closing;
    QFutureWatcher<Core::SyncReport> m_watcher;
};

} // namespace Byline::WidgetUi

Q_DECLARE_METATYPE(Byline::Core::SyncProgress)
Q_DECLARE_METATYPE(Byline::Core::SyncReport)
