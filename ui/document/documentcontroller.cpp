#include "documentcontroller.h"

#include "documentbanners.h"
#include "documentguard.h"
#include "revisionrecorder.h"

#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/common/settings.h>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QTextDocument>

namespace Byline::WidgetUi {

namespace {

const QString sessionFileKey = QStringLiteral("session/file");

} // namespace

DocumentController::DocumentController(ArticleSession &session, Prompts &prompts, Notices &notices, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_notices(notices)
    , m_banners(new DocumentBanners(session, notices, this))
    , m_revisions(new RevisionRecorder(session, {}, this))
    , m_new(new QAction(tr("&New"), this))
    , m_open(new QAction(tr("&Open…"), this))
    , m_recentMenu(std::make_unique<QMenu>(tr("Open &Recent")))
    , m_save(new QAction(tr("&Save"), this))
    , m_saveAs(new QAction(tr("Save &As…"), this))
    , m_saveRevision(new QAction(tr("Save Re&vision…"), this))
    , m_close(new QAction(tr("&Close"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_new, &QAction::triggered, this, &DocumentController::newDocument);
    connect(m_open, &QAction::triggered, this, &DocumentController::chooseFileToOpen);
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    connect(m_saveAs, &QAction::triggered, this, [this] { chooseSaveAs(); });
    m_saveRevision->setShortcut(QKeySequence(tr("Ctrl+Alt+S")));
    m_saveRevision->setStatusTip(tr("Keep this version of the article under a name, never pruned"));
    connect(m_saveRevision, &QAction::triggered, this, &DocumentController::saveNamedRevision);
    connect(m_revisions, &RevisionRecorder::problem, this,
            [this](const QString &message) { m_notices.banner(message, MessageBar::Level::Warning); });
    connect(m_close, &QAction::triggered, this, &DocumentController::closeDocument);
    // Listed when shown: a file may have gone since.
    connect(m_recentMenu.get(), &QMenu::aboutToShow, this, &DocumentController::updateRecentMenu);
    updateRecentMenu();

    connect(m_banners, &DocumentBanners::saveRequested, this, [this] { save(); });
    connect(m_banners, &DocumentBanners::saveAsRequested, this, [this] { chooseSaveAs(); });
    connect(&session, &ArticleSession::saveFailed, this, &DocumentController::showSaveFailure);
    connect(&session.guard(), &DocumentGuard::journalFailed, this, [this](const QString &error) {
        m_notices.banner(tr("Your unsaved text could not be kept in the recovery journal (%1), so it is only in the "
                            "editor. Save it now, on a disk with room if this one is full.")
                             .arg(error),
                         MessageBar::Level::Error);
    });
    connect(&session, &ArticleSession::saved, this, [this](const QString &path, ArticleSession::SaveKind kind) {
        if (kind == ArticleSession::SaveKind::Autosave)
            m_notices.showStatus(tr("Autosaved"), 2000);
        else if (kind == ArticleSession::SaveKind::Draft)
            m_notices.showStatus(tr("Draft autosaved to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(&session, &ArticleSession::openFailed, this, [this](const QString &path, const QString &message) {
        showError(tr("Could not open %1: %2").arg(path, message));
    });
    connect(&session, &ArticleSession::opened, this, [this](const QString &path) {
        if (path.isEmpty())
            return;
        Settings::addRecentFile(path);
        updateRecentMenu();
    });
}

DocumentController::~DocumentController() = default;

QList<QAction *> DocumentController::fileActions() const
{
    return {m_new, m_open, m_recentMenu->menuAction(), nullptr, m_save, m_saveAs, m_saveRevision};
}

QString DocumentController::startFolder() const
{
    if (!m_session.path().isEmpty())
        return QFileInfo(m_session.path()).path();
    return m_defaultFolder.isEmpty() ? QDir::homePath() : m_defaultFolder;
}

void DocumentController::saveNamedRevision()
{
    const std::optional<QString> name = m_prompts.askText(
        {tr("Save Revision"), tr("Name this version of the article (it is kept until you delete it):"),
         tr("Filed to desk"), tr("Save Revision")});
    if (!name || name->trimmed().isEmpty())
        return;
    const QString named = name->trimmed();
    const auto keepNamed = [this, named](bool saved) {
        if (!saved || m_session.path().isEmpty())
            return;
        m_revisions->keep(m_session.path(), Core::Revision::Reason::Named, named);
        m_notices.showStatus(tr("Revision \u201c%1\u201d saved").arg(named));
    };
    if (m_session.path().isEmpty() || m_session.document()->isModified())
        save(keepNamed);
    else
        keepNamed(true);
}

void DocumentController::newDocument()
{
    whenChangesKept([this] { m_session.startUntitled(); });
}

void DocumentController::chooseFileToOpen()
{
    whenChangesKept([this] {
        const QString path = m_prompts.askFile({Prompts::FileRequest::Mode::Open, tr("Open Article"), startFolder(),
                                                tr("Articles (*.md *.markdown *.txt);;All files (*)")});
        if (!path.isEmpty())
            m_session.open(path);
    });
}

void DocumentController::openArticle(const QString &path, const Done &done)
{
    if (QFileInfo(path).absoluteFilePath() == m_session.path()) {
        if (done)
            done(true);
        return;
    }
    switch (keepChanges([this, path, done] { m_session.open(path, done); })) {
    case Kept::Now:
        m_session.open(path, done);
        break;
    case Kept::Never:
        if (done)
            done(false);
        break;
    case Kept::Later:
        break;
    }
}

void DocumentController::save(const Done &done)
{
    if (m_session.isUntitled()) {
        chooseSaveAs(done);
        return;
    }
    if (m_session.isReadOnly()) {
        m_banners->showReadOnly();
        if (done)
            done(false);
        return;
    }
    if (m_session.guard().hasExternalChange()) {
        const QString answer = m_prompts.ask(
            {Prompts::Tone::Warning,
             tr("File changed on disk"),
             tr("%1 was changed by another program since you opened it. Saving replaces that version with yours.")
                 .arg(m_session.displayName()),
             {},
             {},
             {{QStringLiteral("save"), tr("&Save"), Prompts::Role::Accept},
              {QStringLiteral("cancel"), tr("Cancel"), Prompts::Role::Reject}},
             QStringLiteral("cancel")});
        if (answer != QLatin1String("save")) {
            if (done)
                done(false);
            return;
        }
    }
    const bool bannerNeedsRefresh = m_notices.bar().isVisible() && m_notices.bar().level() != MessageBar::Level::Info;
    m_session.save([this, done, bannerNeedsRefresh](bool ok) {
        if (ok) {
            m_notices.showStatus(tr("Saved %1").arg(m_session.displayName()), 3000);
            if (bannerNeedsRefresh) // a warning about the file (deleted, not saved) is over now
                m_banners->refresh();
        }
        if (done)
            done(ok);
    });
}

void DocumentController::chooseSaveAs(const Done &done)
{
    QString suggestion
        = m_session.path().isEmpty() ? QDir(startFolder()).filePath(tr("Untitled.md")) : m_session.path();
    if (Core::Article::formatForFileName(suggestion) == Core::Article::SourceFormat::PlainText)
        suggestion
            = QFileInfo(suggestion).dir().filePath(QFileInfo(suggestion).completeBaseName() + QStringLiteral(".md"));
    const QString path = m_prompts.askFile({Prompts::FileRequest::Mode::Save, tr("Save Article As"), suggestion,
                                            tr("Markdown (*.md);;Plain text (*.txt)")});
    if (path.isEmpty()) {
        if (done)
            done(false);
        return;
    }
    m_session.saveAs(path, [this, done](bool ok) {
        if (ok) {
            m_notices.showStatus(tr("Saved %1").arg(m_session.displayName()), 3000);
            m_banners->refresh();
        }
        if (done)
            done(ok);
    });
}

void DocumentController::closeDocument()
{
    newDocument();
}

DocumentController::Kept DocumentController::keepChanges(const std::function<void()> &then)
{
    if (!m_session.isModified())
        return Kept::Now;
    const QString answer
        = m_prompts.ask({Prompts::Tone::Question,
                         tr("Unsaved changes"),
                         tr("%1 has changes that are not saved. Save them before closing it?")
                             .arg(m_session.isUntitled() ? tr("This document") : m_session.displayName()),
                         {},
                         {},
                         {{QStringLiteral("save"), tr("&Save"), Prompts::Role::Accept},
                          {QStringLiteral("discard"), tr("&Discard"), Prompts::Role::Destructive},
                          {QStringLiteral("cancel"), tr("Cancel"), Prompts::Role::Reject}},
                         QStringLiteral("save")});
    if (answer == QLatin1String("discard")) {
        m_session.discardChanges();
        return Kept::Now;
    }
    if (answer != QLatin1String("save"))
        return Kept::Never;
    save([then](bool ok) {
        if (ok)
            then();
    });
    return Kept::Later;
}

void DocumentController::whenChangesKept(const std::function<void()> &proceed)
{
    if (keepChanges(proceed) == Kept::Now)
        proceed();
}

void DocumentController::showSaveFailure(const QString &path, const Core::SaveResult &result,
                                         ArticleSession::SaveKind kind)
{
    Q_UNUSED(path)
    if (kind == ArticleSession::SaveKind::Autosave || kind == ArticleSession::SaveKind::Draft) {
        const QString journal = m_session.guard().journalError();
        m_notices.banner(
            journal.isEmpty()
                ? tr("Autosave failed: %1 Your text is still here and in the recovery journal.").arg(result.error)
                : tr("Autosave failed: %1 Your text is still here, but not in the recovery journal "
                     "(%2): save it now, on a disk with room.")
                      .arg(result.error, journal),
            MessageBar::Level::Error);
        return;
    }
    showError(result.error);
}

void DocumentController::showError(const QString &text)
{
    m_notices.banner(text, MessageBar::Level::Error);
    m_prompts.tell(Prompts::Tone::Warning, tr("Byline"), text);
}

bool DocumentController::restoreLastSession()
{
    const QString file = QSettings().value(sessionFileKey).toString();
    if (file.isEmpty() || !QFileInfo(file).isFile())
        return false;
    m_session.open(file);
    return true;
}

void DocumentController::rememberSession() const
{
    QSettings().setValue(sessionFileKey, m_session.path());
}

void DocumentController::restore(const Core::RecoveryJournal::Entry &entry)
{
    if (!entry.path.isEmpty() && QFileInfo(entry.path).isFile()) {
        m_session.open(entry.path, [this, entry](bool opened) {
            if (opened) {
                // As an edit, so the restored text is unsaved and undo goes back to the file's.
                m_session.replace(0, m_session.document()->characterCount() - 1, entry.text, EditOrigin::Recovery);
                finishRestore(entry);
            }
        });
        return;
    }
    m_session.startUntitled();
    m_session.replace(0, 0, entry.text, EditOrigin::Recovery);
    if (!entry.path.isEmpty())
        m_notices.banner(
            tr("%1 no longer exists; its recovered text is shown as a new document. Use Save As to keep it.")
                .arg(entry.path),
            MessageBar::Level::Warning);
    finishRestore(entry);
}

void DocumentController::finishRestore(const Core::RecoveryJournal::Entry &entry)
{
    m_session.document()->setModified(true);
    m_session.guard().journalNow(); // now journalled by this session
    Core::RecoveryJournal::discard(entry);
    m_notices.showStatus(tr("Recovered unsaved text"), 5000);
}

void DocumentController::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentFiles();
    int number = 1;
    for (const QString &path : recent) {
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label, this, [this, path] {
            if (!QFileInfo(path).isFile()) {
                Settings::removeRecentFile(path);
                m_prompts.tell(Prompts::Tone::Information, tr("Open Recent"), tr("%1 no longer exists.").arg(path));
                return;
            }
            openArticle(path);
        });
        action->setToolTip(path);
        ++number;
    }
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace Byline::WidgetUi
