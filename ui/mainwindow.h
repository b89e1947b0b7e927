#pragma once

#include <article/article.h>
#include <article/textcodec.h>

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QSplitter;

namespace Byline::Core {
struct RenderResult;
}

namespace Byline::WidgetUi {

class LibraryPanel;
class MessageBar;
class PreviewPane;

// The writing desk: a library list, the Markdown text, and its live preview.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // A file opens as an article, a folder as a library.
    void openPath(const QString &path);
    void openSampleLibrary();
    bool openFile(const QString &path);
    void openFolder(const QString &folder);
    bool save();
    bool saveAs(const QString &path);

    [[nodiscard]] QString currentPath() const { return m_path; }
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] PreviewPane *preview() const { return m_preview; }
    [[nodiscard]] LibraryPanel *library() const { return m_library; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messageBar; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void textChanged();
    void updateTitle();
    void showStats(const Core::RenderResult &result);
    enum class BannerUpdate { IfChanged, Always };
    void showDiagnostics(BannerUpdate update);
    [[nodiscard]] Core::Article currentArticle(Core::Diagnostics *diagnostics = nullptr) const;
    [[nodiscard]] bool maybeKeepChanges();
    void chooseFileToOpen();
    void chooseFolderToOpen();
    void chooseSaveAs();
    void showError(const QString &text);

    LibraryPanel *m_library;
    MessageBar *m_messageBar;
    QPlainTextEdit *m_editor;
    PreviewPane *m_preview;
    QSplitter *m_splitter;
    QLabel *m_statsLabel;

    QString m_path;
    Core::FileEncoding m_encoding;
    bool m_readOnly = false;
    Core::Diagnostics m_fileDiagnostics;
    Core::Diagnostics m_textDiagnostics;
    Core::Diagnostics m_shownDiagnostics;
};

} // namespace Byline::WidgetUi
