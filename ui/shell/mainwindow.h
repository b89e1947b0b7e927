#pragma once

#include <article/article.h>
#include <article/articlemetadata.h>
#include <article/textcodec.h>
#include <export/exportrunner.h>
#include <library/libraryfiles.h>

#include <QMainWindow>
#include <QPointer>

#include <memory>

#include <common/settings.h>
#include <safety/recoveryjournal.h>

class QDockWidget;
class QProgressDialog;
class QSplitter;
class QToolButton;

namespace Byline::Core {
struct RenderResult;
}

namespace Byline::WidgetUi {

class DocumentGuard;
class FindBar;
class LibraryPanel;
class MarkdownEditor;
class MessageBar;
class OutlinePanel;
class PreviewPane;
class SpellController;
class StatisticsPanel;
class StatusIndicators;

// The writing desk: a library list, the Markdown text with its live preview, outline and
// statistics; reader mode, focus mode and full screen; saving that cannot lose work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A file opens as an article, a folder as a library.
    void openPath(const QString &path);
    void openSampleLibrary();
    // Asks for a folder and opens it as the library (File ▸ Open Folder as Library…).
    void chooseFolderToOpen();
    // Selects the first whole-word occurrence of `word` in the text (after the front matter).
    void revealMatch(const QString &word);
    // The file open when the last session ended, at its cursor position; false when there is none.
    bool restoreLastSession();
    bool openFile(const QString &path);
    void openFolder(const QString &folder);
    void newDocument();
    bool save();
    bool saveAs(const QString &path);
    bool closeDocument();

    // Unsaved text left by a session that crashed or was killed; offered at start.
    [[nodiscard]] static QString recoveryFolder();
    [[nodiscard]] static QString draftsFolder();
    void offerRecovery();
    void restore(const Core::RecoveryJournal::Entry &entry);

    void setReaderMode(bool on);
    [[nodiscard]] bool readerMode() const { return m_readerMode; }
    void setDistractionFree(bool on);
    void applySettings(const Settings &settings);
    [[nodiscard]] const Settings &settings() const { return m_settings; }

    [[nodiscard]] QString currentPath() const { return m_path; }
    [[nodiscard]] QString draftPath() const { return m_draftPath; }
    [[nodiscard]] MarkdownEditor *editor() const { return m_editor; }
    [[nodiscard]] PreviewPane *preview() const { return m_preview; }
    [[nodiscard]] LibraryPanel *library() const { return m_library; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messageBar; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }
    [[nodiscard]] OutlinePanel *outline() const { return m_outline; }
    [[nodiscard]] StatusIndicators *statusIndicators() const { return m_status; }
    [[nodiscard]] StatisticsPanel *statistics() const { return m_statistics; }
    [[nodiscard]] DocumentGuard *guard() const { return m_guard; }
    [[nodiscard]] SpellController *spelling() const { return m_spell; }
    [[nodiscard]] QToolButton *languageButton() const { return m_languageButton; }

    // Front matter edits made for the user (language, ignored words): one undo step in the editor,
    // saved with the article. False, with a message, when the front matter cannot be edited.
    bool setArticleLanguage(const QString &languageTag);
    bool ignoreInArticle(const QString &word);

    // Changes to the library's files (mainwindow_library.cpp). Each follows the open article when
    // it is the one changed, tells the index, and on failure shows why and changes nothing.
    bool createArticle(const QString &folder, const Core::NewArticle &article);
    bool renameArticle(const QString &path, const QString &newName);
    bool moveArticle(const QString &path, const QString &subfolder);
    bool trashArticle(const QString &path);
    bool setArticleStatus(const QString &path, const QString &status);
    // The same, asking the user first.
    void chooseNewArticle(const QString &folder = {});
    void chooseRename(const QString &path);
    void chooseMove(const QString &path);
    void confirmTrash(const QString &path);

    // Export (mainwindow_export.cpp), off the UI thread. The open article exports the editor's
    // text, saved or not; settings are remembered per library.
    void chooseExport();
    // The export dialog for these articles: one goes to a file, several into a folder.
    void chooseExportOf(const QStringList &paths);
    // Repeats the open article's last export with its options and file, without asking; asks
    // when it was never exported. True when an export started without the dialog.
    bool reexport();
    [[nodiscard]] QString reexportTarget() const;
    bool startExport(const QList<Core::ExportJob> &jobs, const Core::ExportOptions &options);
    // Puts the article (or the selection) on the clipboard as HTML and as plain text.
    void copyAsRichText();
    [[nodiscard]] ExportRunner *exportRunner() const { return m_exportRunner; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // mainwindow_menus.cpp
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createFormatMenu();
    void createViewMenu();
    void updateRecentMenu();
    void updateRecentLibrariesMenu();
    void choosePreferences();
    void goToLine();

    // mainwindow_files.cpp
    bool writeTo(const QString &path, const QString &text, const Core::FileEncoding &encoding, bool interactive,
                 QByteArray *written = nullptr);
    // Writes the editor's text over its own file; the guard learns what is on disk now.
    bool saveInPlace(bool interactive);
    void autosave();
    void showExternalChange();
    void showDeleted();
    void showReadOnly();
    void loadText(const QString &text, const QString &path);
    [[nodiscard]] bool maybeKeepChanges();
    void chooseFileToOpen();
    void chooseSaveAs();
    void showError(const QString &text);

    // mainwindow_library.cpp
    void connectLibrary();
    // The open article's file was renamed or moved to `path`: the window follows it, text and undo kept.
    void followMove(const QString &path);
    // After a rename or move of `path`: the window follows and the index learns, or the error shows.
    bool takeMove(const QString &path, const Core::FileChange &change);
    // The library folder articles are created in: the open library, else the current one.
    [[nodiscard]] QString libraryFolder() const;
    // Saves the open article first when it is `path` and has changes; false when that failed.
    [[nodiscard]] bool saveBeforeChanging(const QString &path);

    // mainwindow_export.cpp
    // Where export settings are kept for `article`: its library, else its folder.
    [[nodiscard]] QString exportScope(const QString &article) const;
    void exportProgressed(int done, int total, const QString &current);
    void exportFinished(const Core::ExportReport &report);

    // mainwindow_spelling.cpp
    void createSpelling();
    void updateLanguageButton();
    bool editFrontMatter(const std::function<void(Core::FrontMatter &)> &change);

    // mainwindow.cpp
    void connectParts();
    void textChanged();
    void updateTitle();
    void showResult(const Core::RenderResult &result);
    enum class BannerUpdate { IfChanged, Always };
    void showDiagnostics(BannerUpdate update);
    [[nodiscard]] Core::Article currentArticle(Core::Diagnostics *diagnostics = nullptr) const;
    void rememberSession();

    Settings m_settings;
    std::shared_ptr<Core::RecoveryJournal> m_journal;
    LibraryPanel *m_library;
    MessageBar *m_messageBar;
    MarkdownEditor *m_editor;
    FindBar *m_findBar;
    PreviewPane *m_preview;
    QSplitter *m_splitter;
    QWidget *m_editorColumn;
    OutlinePanel *m_outline;
    StatisticsPanel *m_statistics;
    QDockWidget *m_outlineDock;
    QDockWidget *m_statisticsDock;
    StatusIndicators *m_status;
    DocumentGuard *m_guard;
    SpellController *m_spell;
    QToolButton *m_languageButton;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_recentLibrariesMenu = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_readerAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_reexportAction = nullptr;
    ExportRunner *m_exportRunner;
    QPointer<QProgressDialog> m_exportProgress;

    QString m_path;
    QString m_draftPath; // where an untitled document autosaves
    Core::FileEncoding m_encoding;
    bool m_readOnly = false;
    bool m_openFirstArticle = false; // a library was opened: show its first article once listed
    bool m_readerMode = false;
    bool m_syncingFromPreview = false;
    QByteArray m_layoutBeforeMode; // splitter sizes and visibility before reader mode or full screen
    QList<bool> m_visibleBeforeMode;
    Core::Diagnostics m_fileDiagnostics;
    Core::Diagnostics m_textDiagnostics;
    Core::Diagnostics m_shownDiagnostics;
};

} // namespace Byline::WidgetUi
