#pragma once

#include <library/libraryfiles.h>

#include <QObject>

class QMenu;

namespace Byline::WidgetUi {

class DocumentController;
class LibraryService;
class MarkdownEditor;
class Notices;
class Prompts;
class SettingsStore;

// What can be done to an article's file from the library, asking first where it should: a new
// article from the library's template, rename, move to a folder (created when new), the status
// in its front matter, the desktop's trash. The open article follows its file and is saved first
// when it is the one changed; the index learns of each change at once. A failure changes nothing
// and says why.
class ArticleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleActions)

public:
    ArticleActions(LibraryService &library, DocumentController &document, MarkdownEditor *editor, Prompts &prompts,
                   Notices &notices, SettingsStore &settings, QObject *parent = nullptr);

    using Done = std::function<void(bool ok)>;

    // Each asks first, then does it.
    void chooseNewArticle(const QString &folder = {});
    void chooseRename(const QString &path);
    void chooseMove(const QString &path);
    void confirmTrash(const QString &path);
    // The entries for `path` in the library's context menu: open, rename, move, status, trash.
    void addEntries(QMenu *menu, const QString &path);

    // Each does it at once; `done(false)` when it failed (the user is told why).
    void createArticle(const QString &folder, const Core::NewArticle &article, const Done &done = {});
    void renameArticle(const QString &path, const QString &newName, const Done &done = {});
    void moveArticle(const QString &path, const QString &subfolder, const Done &done = {});
    void trashArticle(const QString &path, const Done &done = {});
    void setArticleStatus(const QString &path, const QString &status, const Done &done = {});

    // The library articles are created in: the open one, else the current one from the settings.
    [[nodiscard]] QString libraryFolder() const;

Q_SIGNALS:
    // The user asked to see an article's review (it is open now): the window shows the panel.
    void reviewWanted();

private:
    // Setting an article under review to approved or published asks first; true to go on.
    bool confirmStatusUnderReview(const QString &path, const QString &status);
    // Runs `change` once the open article is saved, if it is `path` and has changes.
    void afterSaving(const QString &path, const std::function<void()> &change, const Done &done);
    // Saves the open article, then runs `next`; `done(false)` when the save failed.
    void saveThen(const std::function<void()> &next, const Done &done);
    // After a rename or move of `path`: the open article follows and the index learns.
    bool takeMove(const QString &path, const Core::FileChange &change);
    void showError(const QString &text);

    LibraryService &m_library;
    DocumentController &m_document;
    MarkdownEditor *m_editor;
    Prompts &m_prompts;
    Notices &m_notices;
    SettingsStore &m_settings;
};

} // namespace Byline::WidgetUi
