#pragma once

#include "articlesession.h"

#include <safety/recoveryjournal.h>

#include <QObject>

class QAction;
class QMenu;

namespace Byline::WidgetUi {

class DocumentBanners;
class Notices;
class RevisionRecorder;
class Prompts;

// The File menu's side of the open article: New, Open, Open Recent, Save, Save As, Close; the
// questions they ask (keep unsaved changes? replace a version changed on disk?) and what the
// user is told when a save fails. Other features open and close articles through it too, so
// unsaved text is never dropped without asking.
class DocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentController)

public:
    DocumentController(ArticleSession &session, Prompts &prompts, Notices &notices, QObject *parent = nullptr);
    ~DocumentController() override;

    [[nodiscard]] ArticleSession &session() const { return m_session; }
    [[nodiscard]] DocumentBanners &banners() const { return *m_banners; }
    // The revisions every save keeps; the compare window lists and reads them here.
    [[nodiscard]] RevisionRecorder &revisions() const { return *m_revisions; }

    // File ▸ New, Open…, Open Recent, Save, Save As…, Save Revision… (a null entry is a separator),
    // and Close.
    [[nodiscard]] QList<QAction *> fileActions() const;
    [[nodiscard]] QAction *closeAction() const { return m_close; }
    // Where Open and Save As look first when the article has no folder of its own (the library).
    void setDefaultFolder(const QString &folder) { m_defaultFolder = folder; }

    using Done = ArticleSession::Done;

    void newDocument();
    void chooseFileToOpen();
    // Opens `path` once the open article's changes are kept; `done(false)` when the user
    // cancelled or the file could not be opened (the user is told why).
    void openArticle(const QString &path, const Done &done = {});
    // Save As for an untitled article; asks first when another program changed the file.
    void save(const Done &done = {});
    void chooseSaveAs(const Done &done = {});
    // Save Revision…: asks for a name ("Filed to desk"), saves the article when it has changes,
    // and keeps that text as a named revision, never pruned.
    void saveNamedRevision();
    void closeDocument();

    enum class Kept { Now, Later, Never };
    // Whether the open article's unsaved changes may go: at once (there are none, or the user
    // discarded them), later (they are being saved; `then` runs when that succeeded) or not at
    // all (the user cancelled, or the save failed).
    Kept keepChanges(const std::function<void()> &then);
    // Runs `proceed` once the changes are kept, now or later; never when the user cancels.
    void whenChangesKept(const std::function<void()> &proceed);

    // The file open when the last session ended; false when there is none.
    bool restoreLastSession();
    // Unsaved text of a session that crashed or was killed: restores it into this article (the
    // file on disk is not touched until the user saves).
    void restore(const Core::RecoveryJournal::Entry &entry);
    void rememberSession() const;

private:
    void showSaveFailure(const QString &path, const Core::SaveResult &result, ArticleSession::SaveKind kind);
    void showError(const QString &text);
    void finishRestore(const Core::RecoveryJournal::Entry &entry);
    void updateRecentMenu();
    [[nodiscard]] QString startFolder() const;

    ArticleSession &m_session;
    Prompts &m_prompts;
    Notices &m_notices;
    DocumentBanners *m_banners;
    RevisionRecorder *m_revisions;
    QAction *m_new;
    QAction *m_open;
    std::unique_ptr<QMenu> m_recentMenu; // a menu needs a widget parent, which this is not
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_saveRevision;
    QAction *m_close;
    QString m_defaultFolder;
};

} // namespace Byline::WidgetUi
