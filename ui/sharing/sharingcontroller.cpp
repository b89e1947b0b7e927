#include "sharingcontroller.h"

#include "opensharedlibrarydialog.h"
#include "sharelibrarydialog.h"

#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/common/settings.h>
#include <ui/common/settingsstore.h>
#include <ui/document/articlesession.h>

#include <QAction>
#include <QDir>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

namespace {

using State = Core::SharedLibrary::State;

SyncMark markOf(State state)
{
    switch (state) {
    case State::ChangedHere:
        return {QStringLiteral("↑"), SharingController::tr("changed here")};
    case State::NewHere:
        return {QStringLiteral("↑"), SharingController::tr("new here")};
    case State::DeletedHere:
        return {QStringLiteral("↑"), SharingController::tr("deleted here")};
    case State::ChangedThere:
        return {QStringLiteral("↓"), SharingController::tr("changed there")};
    case State::ChangedBoth:
        return {QStringLiteral("⇅"), SharingController::tr("changed here and there")};
    case State::Suggestions:
        return {QStringLiteral("⚑"), SharingController::tr("both changed it: suggestions to resolve")};
    case State::Unchanged:
        break;
    }
    return {};
}

// "2 min ago", "at 14:05", "on 3 Dec".
QString sinceText(const QDateTime &time)
{
    const qint64 seconds = time.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return SharingController::tr("just now");
    if (seconds < 3600)
        return SharingController::tr("%n min ago", nullptr, int(seconds / 60));
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return SharingController::tr("at %1").arg(QLocale().toString(local.time(), QLocale::ShortFormat));
    return SharingController::tr("on %1").arg(QLocale().toString(local.date(), QLocale::ShortFormat));
}

QString stepText(const Core::SyncProgress &progress)
{
    QString step;
    switch (progress.step) {
    case Core::SyncProgress::Step::Committing:
        step = SharingController::tr("Syncing: committing your changes");
        break;
    case Core::SyncProgress::Step::Fetching:
        step = SharingController::tr("Syncing: receiving");
        break;
    case Core::SyncProgress::Step::Merging:
        step = SharingController::tr("Syncing: merging");
        break;
    case Core::SyncProgress::Step::Pushing:
        step = SharingController::tr("Syncing: sending");
        break;
    case Core::SyncProgress::Step::Cloning:
        step = SharingController::tr("Copying the shared library");
        break;
    }
    if (progress.total > 0)
        step += SharingController::tr(" (%1 of %2)").arg(progress.done).arg(progress.total);
    return step + QStringLiteral("…");
}

} // namespace

SharingController::SharingController(ArticleSession &session, QPlainTextEdit *editor, Prompts &prompts,
                                     Notices &notices, SettingsStore &settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_notices(notices)
    , m_settings(settings)
    , m_runner(prompts, this)
    , m_follower(session, editor, notices)
    , m_share(new QAction(tr("S&hare Library…"), this))
    , m_openShared(new QAction(tr("Open S&hared Library…"), this))
    , m_sync(new QAction(tr("S&ync"), this))
    , m_status(new QToolButton(editor))
{
    qRegisterMetaType<Core::SharedLibrary::Status>();
    m_share->setStatusTip(tr("Share this library with your desk through a git repository"));
    m_openShared->setStatusTip(tr("Copy a library your desk shares through git into a folder, and open it"));
    m_sync->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
    m_sync->setStatusTip(tr("Send your changes to the shared library and receive the others'"));
    m_sync->setEnabled(false);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setAutoRaise(true);
    m_status->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->hide();
    connect(m_share, &QAction::triggered, this, &SharingController::shareLibrary);
    connect(m_openShared, &QAction::triggered, this, &SharingController::openSharedLibrary);
    connect(m_sync, &QAction::triggered, this, &SharingController::sync);
    connect(m_status, &QToolButton::clicked, this, [this] {
        if (m_runner.isRunning())
            m_runner.cancel();
        else if (m_shared)
            sync();
    });
    connect(&m_runner, &SyncRunner::progressed, this, [this](const Core::SyncProgress &progress) {
        m_progress = stepText(progress);
        showStatus();
    });
    connect(&m_runner, &SyncRunner::finished, this, &SharingController::finish);
    connect(&m_statusWatcher, &QFutureWatcher<Core::SharedLibrary::Status>::finished, this,
            [this] { takeStatus(m_statusWatcher.result()); });

    m_statusDelay.setSingleShot(true);
    m_statusDelay.setInterval(400);
    connect(&m_statusDelay, &QTimer::timeout, this, &SharingController::refreshStatus);
    m_afterSave.setSingleShot(true);
    m_afterSave.setInterval(3000); // several saves in a row make one sync
    connect(&m_afterSave, &QTimer::timeout, this, [this] { startSync(false); });
    connect(&m_autoSync, &QTimer::timeout, this, [this] { startSync(false); });
    m_clock.setInterval(30000);
    connect(&m_clock, &QTimer::timeout, this, &SharingController::showStatus);
    connect(&session, &ArticleSession::saved, this, [this](const QString &, ArticleSession::SaveKind kind) {
        if (!m_shared || kind == ArticleSession::SaveKind::Draft)
            return;
        m_statusDelay.start();
        if (m_settings.settings().syncMode == Settings::SyncMode::AfterSave)
            m_afterSave.start();
    });
    connect(&settings, &SettingsStore::changed, this, &SharingController::applySettings);
}

SharingController::~SharingController()
{
    m_statusWatcher.waitForFinished();
}

Core::SharingIdentity SharingController::identity() const
{
    const Settings settings = m_settings.settings();
    return {settings.yourName(), settings.email};
}

void SharingController::applySettings()
{
    const Settings settings = m_settings.settings();
    if (m_shared && settings.syncMode == Settings::SyncMode::Every)
        m_autoSync.start(settings.syncMinutes * 60 * 1000);
    else
        m_autoSync.stop();
}

void SharingController::setLibrary(const QString &folder)
{
    m_folder = folder;
    m_shared = Core::SharedLibrary::isShared(folder);
    m_sync->setEnabled(m_shared);
    m_last = {};
    m_status->setVisible(m_shared);
    if (m_shared) {
        m_clock.start();
        refreshStatus();
    } else {
        m_clock.stop();
        Q_EMIT marksChanged({}, false);
    }
    applySettings();
}

void SharingController::refreshStatus()
{
    if (!m_shared)
        return;
    if (m_statusWatcher.isRunning()) {
        m_statusAgain = true;
        return;
    }
    m_statusWatcher.setFuture(QtConcurrent::run([folder = m_folder] {
        QString error;
        const std::unique_ptr<Core::SharedLibrary> library = Core::SharedLibrary::open(folder, &error);
        if (!library) {
            Core::SharedLibrary::Status status;
            status.error = error;
            return status;
        }
        return library->status();
    }));
}

void SharingController::takeStatus(const Core::SharedLibrary::Status &status)
{
    if (std::exchange(m_statusAgain, false)) {
        refreshStatus();
        return;
    }
    m_last = status;
    SyncMarks marks;
    for (auto it = status.articles.cbegin(); it != status.articles.cend(); ++it)
        marks.insert(it.key(), markOf(it.value()));
    Q_EMIT marksChanged(marks, m_shared);
    showStatus();
    Q_EMIT statusRefreshed();
}

QString SharingController::statusText() const
{
    if (!m_shared)
        return {};
    if (m_runner.isRunning())
        return m_progress.isEmpty() ? tr("Syncing…") : m_progress;
    if (!m_last.ok())
        return tr("⚠ Shared library: %1").arg(m_last.error);
    QStringList parts;
    if (m_last.toSend > 0)
        parts.append(tr("%n changes to send", nullptr, m_last.toSend));
    if (m_last.toReceive > 0)
        parts.append(tr("%n to receive", nullptr, m_last.toReceive));
    if (parts.isEmpty())
        parts.append(tr("Up to date"));
    if (!m_last.lastError.isEmpty())
        parts.append(tr("⚠ the last sync failed"));
    else if (m_last.lastSync.isValid())
        parts.append(tr("last synced %1").arg(sinceText(m_last.lastSync)));
    else
        parts.append(tr("never synced"));
    return parts.join(QStringLiteral(" · "));
}

void SharingController::showStatus()
{
    m_status->setText(statusText());
    if (m_runner.isRunning())
        m_status->setToolTip(tr("Click to cancel the sync. Nothing is lost: what was not sent goes with the next."));
    else if (!m_last.lastError.isEmpty())
        m_status->setToolTip(m_last.lastError + QStringLiteral("\n\n") + tr("Click to sync again."));
    else
        m_status->setToolTip(tr("%1\nClick to sync now.").arg(m_last.remoteUrl));
}

void SharingController::sync()
{
    startSync(true);
}

void SharingController::startSync(bool asked)
{
    if (!m_shared || m_runner.isRunning())
        return;
    m_asked = asked;
    m_follower.before();
    const QString folder = m_folder;
    const Core::SharingIdentity who = identity();
    run(Job::Sync,
        [folder, who](const Core::SyncControl &control) { return Core::LibrarySync::sync(folder, who, control); });
}

void SharingController::shareLibrary()
{
    if (m_folder.isEmpty()) {
        m_prompts.tell(Prompts::Tone::Information, tr("Share Library"),
                       tr("Open a library first (File ▸ Open Library…): the folder of articles to share."));
        return;
    }
    QString url;
    if (m_shared) {
        QString error;
        if (const auto library = Core::SharedLibrary::open(m_folder, &error))
            url = library->remoteUrl();
    }
    ShareLibraryDialog dialog(m_folder, url);
    if (!m_prompts.run(dialog) || dialog.url().isEmpty())
        return;
    const QString folder = m_folder;
    const QString remote = dialog.url();
    const Core::SharingIdentity who = identity();
    m_follower.before();
    run(Job::Share, [folder, remote, who](const Core::SyncControl &control) {
        return Core::LibrarySync::share(folder, remote, who, control);
    });
}

void SharingController::openSharedLibrary()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    OpenSharedLibraryDialog dialog(m_prompts, m_folder.isEmpty() ? documents : QFileInfo(m_folder).path());
    if (!m_prompts.run(dialog) || dialog.url().isEmpty() || dialog.folder().isEmpty())
        return;
    m_cloneFolder = QDir(dialog.folder()).absolutePath();
    const QString url = dialog.url();
    run(Job::Clone, [url, folder = m_cloneFolder](const Core::SyncControl &control) {
        return Core::LibrarySync::clone(url, folder, control);
    });
}

void SharingController::run(Job job, const SyncRunner::Job &work)
{
    if (!m_runner.start(work)) {
        m_notices.showStatus(tr("A sync is already running."));
        return;
    }
    m_job = job;
    if (job != Job::Sync)
        m_asked = true;
    m_progress.clear();
    m_status->setVisible(true);
    m_sync->setEnabled(false);
    showStatus();
}

void SharingController::finish(const Core::SyncReport &report)
{
    m_sync->setEnabled(m_shared);
    m_progress.clear();
    if (m_job == Job::Clone) {
        if (report.ok()) {
            m_notices.showStatus(tr("Copied the shared library: %n articles.", nullptr, int(report.received.size())));
            Q_EMIT libraryCloned(m_cloneFolder);
        } else {
            m_prompts.tell(Prompts::Tone::Warning, tr("Open Shared Library"), report.error);
        }
        m_status->setVisible(m_shared);
        showStatus();
        Q_EMIT syncFinished(report);
        return;
    }
    if (m_job == Job::Share && report.ok() && !m_shared) {
        m_shared = true;
        m_sync->setEnabled(true);
        m_clock.start();
        applySettings();
    }
    if (!report.changedOnDisk.isEmpty())
        Q_EMIT filesChanged(report.changedOnDisk);
    m_follower.after(report, report.from.value(0, tr("another writer")), [this, report] { announce(report); });
    refreshStatus();
    Q_EMIT syncFinished(report);
}

void SharingController::announce(const Core::SyncReport &report)
{
    if (!report.ok()) {
        const QString text = report.offline
            ? tr("<b>Offline.</b> %1").arg(report.error.toHtmlEscaped())
            : tr("<b>The sync did not finish.</b> %1").arg(report.error.toHtmlEscaped());
        if (report.cancelled || !m_asked) // the status line says it failed; no interruption
            m_notices.showStatus(report.cancelled ? tr("Sync cancelled; nothing was lost.") : report.error);
        else
            m_notices.banner(text, report.offline ? MessageBar::Level::Info : MessageBar::Level::Warning,
                             {{tr("&Try Again"), [this] { sync(); }}});
    } else if (!report.suggestions.isEmpty() || !report.notes.isEmpty()) {
        QStringList lines;
        if (!report.suggestions.isEmpty())
            lines.append(tr("You and %1 changed the same words in %2: their wording is there as suggestions to accept "
                            "or reject in the review panel.")
                             .arg(report.from.join(QStringLiteral(", ")).toHtmlEscaped(),
                                  report.suggestions.join(QStringLiteral(", ")).toHtmlEscaped()));
        for (const QString &note : report.notes)
            lines.append(note.toHtmlEscaped());
        QList<MessageBar::Action> actions;
        if (!report.suggestions.isEmpty())
            actions.append({tr("Show &Review Panel"), [this] { Q_EMIT reviewWanted(); }});
        m_notices.banner(tr("<b>Synced.</b> %1").arg(lines.join(QStringLiteral("<br>"))), MessageBar::Level::Info,
                         actions);
    } else {
        m_notices.showStatus(tr("Synced: %1").arg(report.summary()));
    }
}

} // namespace Byline::WidgetUi
