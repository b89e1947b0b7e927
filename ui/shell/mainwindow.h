#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QSplitter;

namespace Byline::WidgetUi {

class ArticleSession;
class CompareController;
class RevisionVersions;
class DeskServices;
class DocumentController;
class EditorActions;
class ExportController;
class ImportController;
class FindBar;
class LanguageButton;
class LibraryController;
class LibraryPanel;
class LibraryService;
class MarkdownEditor;
class MessageBar;
class Notices;
class OutlinePanel;
class PreviewPane;
class ReviewController;
class SharingController;
class Prompts;
class SpellController;
class SpellingMenu;
class StatisticsPanel;
class StatusIndicators;
class ViewModes;

// The writing desk's window. It lays out the features — the library beside the text, the preview
// beside that, outline and statistics in docks, counts and the language in the status bar — and
// puts each feature's actions into the menus. What the window does lives in the features:
// the open article in ArticleSession and DocumentController, the library in LibraryController,
// export in ExportController, spelling in SpellController, the view modes in ViewModes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `prompts` asks the user's questions; the window's own message boxes when null.
    explicit MainWindow(DeskServices &services, Prompts *prompts = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the window is made of, for the program's start-up and for tests.
    struct Parts
    {
        ArticleSession *session = nullptr;
        MarkdownEditor *editor = nullptr;
        FindBar *findBar = nullptr;
        PreviewPane *preview = nullptr;
        LibraryService *library = nullptr;
        LibraryPanel *libraryPanel = nullptr;
        MessageBar *messageBar = nullptr;
        Notices *notices = nullptr;
        Prompts *prompts = nullptr;
        DocumentController *document = nullptr;
        LibraryController *libraryController = nullptr;
        ExportController *exporting = nullptr;
        ImportController *importing = nullptr;
        EditorActions *editing = nullptr;
        SpellController *spelling = nullptr;
        SpellingMenu *spellingMenu = nullptr;
        LanguageButton *languageButton = nullptr;
        OutlinePanel *outline = nullptr;
        StatisticsPanel *statistics = nullptr;
        QDockWidget *outlineDock = nullptr;
        QDockWidget *statisticsDock = nullptr;
        QDockWidget *reviewDock = nullptr;
        StatusIndicators *indicators = nullptr;
        ViewModes *view = nullptr;
        ReviewController *review = nullptr;
        CompareController *compare = nullptr;
        RevisionVersions *revisions = nullptr;
        SharingController *sharing = nullptr;
    };
    [[nodiscard]] const Parts &parts() const { return m_parts; }
    [[nodiscard]] DeskServices &services() const { return m_services; }

    // A file opens as an article, a folder as a library.
    void openPath(const QString &path);
    // The library and the file open when the last session ended; false when there was none.
    bool restoreLastSession();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createParts(Prompts *prompts);
    void layOut();
    void connectParts();
    void updateTitle();
    void rememberSession();

    DeskServices &m_services;
    std::unique_ptr<Prompts> m_ownPrompts;
    Parts m_parts;
    QSplitter *m_splitter = nullptr;
    QWidget *m_editorColumn = nullptr;
    bool m_closeApproved = false;
};

} // namespace Byline::WidgetUi
