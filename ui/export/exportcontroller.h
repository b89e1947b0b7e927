#pragma once

#include <export/exportbatch.h>
#include <ui/common/articleselection.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace Byline::WidgetUi {

class ArticleSession;
class ExportRunner;
class MarkdownEditor;
class Notices;
class Prompts;

// Export from the window: File ▸ Export… (the dialog, for the open article or a library
// selection), Re-export (the article's last export again, without asking), the library's
// "Export N Selected Articles…" entries, and Edit ▸ Copy as Rich Text. Exports run on a worker
// thread with a progress window for a batch and a summary in the banner; the open article
// exports the editor's text, saved or not. Options are remembered per library.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    // `libraryFolder` says which library is open (for where options are remembered); `window`
    // is the parent of the progress window.
    ExportController(MarkdownEditor *editor, Prompts &prompts, Notices &notices, std::function<QString()> libraryFolder,
                     QWidget *window, QObject *parent = nullptr);
    ~ExportController() override;

    [[nodiscard]] ExportRunner *runner() const { return m_runner; }
    // File ▸ Export…, Re-export.
    [[nodiscard]] QList<QAction *> fileActions() const { return {m_export, m_reexport}; }
    // Edit ▸ Copy as Rich Text.
    [[nodiscard]] QAction *copyAsRichTextAction() const { return m_copyRichText; }
    // The library context menu's export entries for `selection`.
    void addLibraryEntries(QMenu *menu, const ArticleSelection &selection);

    void chooseExport();
    // The export dialog for these articles: one goes to a file, several into a folder.
    void chooseExportOf(const QStringList &paths);
    // Repeats the open article's last export with its options and file; asks when it was never
    // exported. True when an export started without the dialog.
    bool reexport();
    [[nodiscard]] QString reexportTarget() const;
    bool startExport(const QList<Core::ExportJob> &jobs, const Core::ExportOptions &options);
    // Puts the article (or the selection) on the clipboard as HTML and as plain text, rendered
    // off the UI thread.
    void copyAsRichText();

Q_SIGNALS:
    // The clipboard holds the rich text now.
    void copied();

private:
    struct RichText
    {
        QString html;
        QString text;
        QString error;
    };
    [[nodiscard]] static RichText richText(const QString &path, const QString &markdown, bool selection);

    // Where export settings are kept for `article`: its library, else its folder.
    [[nodiscard]] QString scopeOf(const QString &article) const;
    [[nodiscard]] std::optional<QString> editorTextOf(const QString &path) const;
    void progressed(int done, int total, const QString &current);
    void finished(const Core::ExportReport &report);

    MarkdownEditor *m_editor;
    ArticleSession &m_session;
    Prompts &m_prompts;
    Notices &m_notices;
    std::function<QString()> m_libraryFolder;
    QWidget *m_window;
    ExportRunner *m_runner;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<RichText> m_copying;
    bool m_copyingSelection = false;
    QString m_underWay; // the status line while one article is being exported
    QAction *m_export;
    QAction *m_reexport;
    QAction *m_copyRichText;
};

} // namespace Byline::WidgetUi
