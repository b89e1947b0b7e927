#pragma once

#include "articlefollower.h"
#include "syncrunner.h"

#include <ui/common/syncmark.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

class QAction;
class QPlainTextEdit;
class QToolButton;

namespace Byline::WidgetUi {

class ArticleSession;
class Notices;
class Prompts;
class SettingsStore;

// A library shared through git, in the window: File ▸ Share Library…, Open Shared Library… and
// Sync; the status line ("3 changes to send · last synced 2 min ago", offline, syncing with its
// progress, click to sync or to cancel); the sync state of each article for the library table;
// automatic sync (every few minutes, or after each save, as Preferences say). Every sync runs on
// a worker (SyncRunner), so typing never waits for the network; the open article follows what a
// sync brought (ArticleFollower).
class SharingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharingController)

public:
    SharingController(ArticleSession &session, QPlainTextEdit *editor, Prompts &prompts, Notices &notices,
                      SettingsStore &settings, QObject *parent = nullptr);
    ~SharingController() override;

    [[nodiscard]] QList<QAction *> fileActions() const { return {m_share, m_openShared, m_sync}; }
    [[nodiscard]] QAction *syncAction() const { return m_sync; }
    // The status line's part: hidden while the library is not shared.
    [[nodiscard]] QToolButton *statusButton() const { return m_status; }
    [[nodiscard]] bool isShared() const { return m_shared; }
    [[nodiscard]] bool isSyncing() const { return m_runner.isRunning(); }
    [[nodiscard]] QString statusText() const;

    // The library now open (its folder, absolute), shared or not.
    void setLibrary(const QString &folder);

    void shareLibrary();
    void openSharedLibrary();
    // A sync the user asked for: a failure is said in the message bar. Automatic syncs only say
    // so in the status line, never interrupting.
    void sync();
    // Reads the state of every article again, off the UI thread.
    void refreshStatus();

Q_SIGNALS:
    // The articles' states changed; `shared` says whether the library is shared at all.
    void marksChanged(const Byline::WidgetUi::SyncMarks &marks, bool shared);
    // A sync wrote, added or removed these files (absolute paths): the index reads them again.
    void filesChanged(const QStringList &paths);
    // A clone is ready to open as the library.
    void libraryCloned(const QString &folder);
    // A sync (share, clone) finished; for tests and the status line.
    void syncFinished(const Byline::Core::SyncReport &report);
    void statusRefreshed();
    // The user asked to see the suggestions a sync made.
    void reviewWanted();

private:
    enum class Job { Sync, Share, Clone };
    void startSync(bool asked);
    void run(Job job, const SyncRunner::Job &work);
    void finish(const Core::SyncReport &report);
    void announce(const Core::SyncReport &report);
    void takeStatus(const Core::SharedLibrary::Status &status);
    void showStatus();
    void applySettings();
    [[nodiscard]] Core::SharingIdentity identity() const;

    ArticleSession &m_session;
    Prompts &m_prompts;
    Notices &m_notices;
    SettingsStore &m_settings;
    SyncRunner m_runner;
    ArticleFollower m_follower;
    QAction *m_share;
    QAction *m_openShared;
    QAction *m_sync;
    QToolButton *m_status;
    QString m_folder;
    bool m_shared = false;
    Job m_job = Job::Sync;
    bool m_asked = true; // the user started it
    QString m_cloneFolder;
    Core::SharedLibrary::Status m_last; // as last read
    QString m_progress; // while syncing
    QFutureWatcher<Core::SharedLibrary::Status> m_statusWatcher;
    bool m_statusAgain = false; // asked for while one was being read
    QTimer m_statusDelay; // coalesces saves and index updates
    QTimer m_autoSync; // every N minutes
    QTimer m_afterSave; // a sync shortly after a save
    QTimer m_clock; // "2 min ago" moves on
};

} // namespace Byline::WidgetUi

Q_DECLARE_METATYPE(Byline::Core::SharedLibrary::Status)
