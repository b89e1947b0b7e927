#pragma once

#include <ui/common/articleselection.h>

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;

namespace Byline::WidgetUi {

class ArticleActions;
class DocumentController;
class LibraryPanel;
class LibraryService;
class MarkdownEditor;
class Notices;
class Prompts;
class SettingsStore;

// The library as the user works with it: opening a library folder (File ▸ Open Folder as Library,
// Recent Libraries, the sample library on first start), opening an article from its list or a
// search result (at the first match), the article's context menu, and the file operations of
// ArticleActions. Other features add their own section to the context menu (export does) through
// addMenuSection(), without knowing the library.
class LibraryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryController)

public:
    LibraryController(LibraryService &library, LibraryPanel *panel, DocumentController &document,
                      MarkdownEditor *editor, Prompts &prompts, Notices &notices, SettingsStore &settings,
                      QObject *parent = nullptr);
    ~LibraryController() override;

    [[nodiscard]] ArticleActions &articles() const { return *m_articles; }
    // File ▸ New Article in Library…, Open Folder as Library…, Recent Libraries.
    [[nodiscard]] QList<QAction *> fileActions() const;

    // Opens `folder` as the library and shows its first article once listed.
    void openFolder(const QString &folder);
    void openSampleLibrary();
    void chooseFolderToOpen();
    // The library open when the last session ended; false when there is none.
    bool restoreLastSession();
    void rememberSession(bool shown) const;

    // Entries other features add to an article's context menu.
    using MenuSection = std::function<void(QMenu *menu, const ArticleSelection &selection)>;
    void addMenuSection(MenuSection section);
    // The context menu for `selection`; the caller pops it up (it deletes itself when closed).
    [[nodiscard]] QMenu *contextMenu(const ArticleSelection &selection, QWidget *parent);

Q_SIGNALS:
    // A library was opened: the window shows the sidebar.
    void libraryOpened(const QString &folder);
    // The open article's review was asked for (before approving it): the window shows the panel.
    void reviewWanted();

private:
    void updateRecentLibraries();
    void openFirstArticle();

    LibraryService &m_library;
    LibraryPanel *m_panel;
    DocumentController &m_document;
    MarkdownEditor *m_editor;
    Prompts &m_prompts;
    Notices &m_notices;
    ArticleActions *m_articles;
    QAction *m_newArticle;
    QAction *m_openFolder;
    std::unique_ptr<QMenu> m_recentLibraries; // a menu needs a widget parent, which this is not
    QList<MenuSection> m_sections;
    bool m_openFirstArticle = false; // a library was opened: show its first article once listed
};

} // namespace Byline::WidgetUi
