#pragma once

#include "editgateway.h"
#include "renderscheduler.h"
#include "textedit.h"

#include <article/articlefile.h>

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTextDocument;

namespace Byline::Core {
class FrontMatter;
class RecoveryJournal;
} // namespace Byline::Core

namespace Byline::WidgetUi {

class ArticleWriter;
class DocumentGuard;
class DocumentLoader;
class DocumentText;

// The open article, and its one owner: its file (path, encoding, whether it may be written), the
// text as a QTextDocument the editor shows, the article parsed from it once per change (metadata,
// the problems of its front matter) and its renders. Opening and saving run off the UI thread, so
// a 5 MB manuscript loads and saves without the window stalling: the text arrives in slices, and a
// save writes a copy of the text while typing goes on.
//
// Every change to the text other than typing goes through the edit gateway, apply(): find and
// replace, spelling fixes, front-matter edits, formatting commands, recovery, and later review's
// accept and reject, suggest mode and merges. Each call is one undo step and says where it came
// from. Panels, the status bar and spelling observe the session through its signals; it shows
// nothing itself: questions and messages are DocumentController's.
class ArticleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSession)

public:
    // `journal` keeps unsaved text for recovery (shared by the windows of a process).
    explicit ArticleSession(std::shared_ptr<Core::RecoveryJournal> journal,
                            RenderScheduler::Limits limits = RenderScheduler::Limits(), QObject *parent = nullptr);
    ~ArticleSession() override;

    [[nodiscard]] QTextDocument *document() const { return m_document; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] DocumentGuard &guard() const { return *m_guard; }
    [[nodiscard]] RenderScheduler &renderer() const { return *m_renderer; }

    // The file, absolute; empty while untitled.
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isUntitled() const { return m_path.isEmpty(); }
    // Where an untitled document autosaves; empty until its first autosave.
    [[nodiscard]] QString draftPath() const { return m_draftPath; }
    // The file name, or "Untitled".
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] Core::FileEncoding encoding() const { return m_encoding; }
    // Saving over the file is refused: no permission, or text that could not be read whole.
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // The text may be changed (false for a file without write permission).
    [[nodiscard]] bool isEditable() const { return m_editable; }
    [[nodiscard]] bool isModified() const;
    // A file is arriving in the document; typing waits until opened().
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isSaving() const;

    // The article as last parsed (on opening, then with every render).
    [[nodiscard]] const Core::Article &article() const { return m_article; }
    [[nodiscard]] Core::ArticleMetadata metadata() const { return m_article.metadata(); }
    // The file's own problems (encoding, permissions) and those of its text (front matter).
    [[nodiscard]] Core::Diagnostics diagnostics() const { return m_fileDiagnostics + m_textDiagnostics; }
    [[nodiscard]] const Core::Diagnostics &fileDiagnostics() const { return m_fileDiagnostics; }

    using Done = std::function<void(bool ok)>;

    // Reads `path` on a worker and shows it; opened() or openFailed() follow, then `done`. An open
    // asked for while another is loading replaces it (the first reports false).
    void open(const QString &path, Done done = {});
    // An empty, untitled document.
    void startUntitled();
    // Writes the text over its file, on a worker; saved() or saveFailed() follow, then `done`.
    void save(const Done &done = {});
    // Writes the text to `path` and makes that the article's file (a plain-text article saved as
    // Markdown gets front matter, and is read back as such).
    void saveAs(const QString &path, const Done &done = {});
    // Saves when modified and safe to (never over a file that changed or vanished meanwhile, nor a
    // read-only one); an untitled document goes to a draft file of its own.
    void autosave();
    // The file was renamed or moved: the text, its undo history and unsaved changes stay.
    void followMove(const QString &path);
    // Forgets unsaved changes (the user chose to), and an untitled document's draft.
    void discardChanges();
    // Another program changed the file and the user keeps the text here: saving replaces that version.
    void keepMine();

    // The edit gateway: replaces each edit's range, as one undo step. False (and nothing changed)
    // when the text may not be edited now or the edits overlap.
    bool apply(const QList<TextEdit> &edits, EditOrigin origin);
    bool replace(int from, int to, const QString &text, EditOrigin origin) { return apply({{from, to, text}}, origin); }
    // Changes the front matter through the gateway (Core::FrontMatterEdit); false with `problem`
    // set when it cannot be (read-only, plain text, a broken block).
    enum class FrontMatterProblem { None, ReadOnly, PlainText, BrokenFrontMatter };
    bool editFrontMatter(const std::function<void(Core::FrontMatter &)> &change, FrontMatterProblem *problem = nullptr);
    [[nodiscard]] EditOrigin lastEditOrigin() const { return m_lastOrigin; }

    // Suggest mode (track changes): while on, what the writer types, formats, replaces, fixes and
    // restores from a compared version becomes suggestions attributed to `reviewer`
    // (Core::SuggestBatch); accepting, rejecting, front-matter edits, recovery and merges stay plain
    // edits. A typed run (characters typed, or deleted, one after another) is one undo step.
    void setSuggesting(bool on, const QString &reviewer = {});
    [[nodiscard]] bool isSuggesting() const { return m_edits.isSuggesting(); }
    [[nodiscard]] const QString &reviewer() const { return m_edits.reviewer(); }
    // Where a position in the text the last apply() asked for lies in the text it made: the same
    // position, unless suggest mode wrote the edits as marks (see Core::SuggestBatch::place).
    using Placement = EditGateway::Placement;
    [[nodiscard]] int placed(int position, Placement placement = Placement::Typing) const
    {
        return m_edits.placed(position, placement);
    }
    // Where suggest mode may read around an edit of [from, to): a range no review mark, code block
    // or front matter crosses, starting at a paragraph, so a keystroke in a long article reads its
    // paragraphs rather than the whole text. Without one (or when it gives up: {0, -1}), the whole
    // text is read. The editor gives one from its highlighter's line states.
    using CleanRange = EditGateway::CleanRange;
    void setCleanRange(CleanRange range) { m_edits.setCleanRange(std::move(range)); }
    // How many of the last apply()'s edits suggest mode could not make (suggestionRefused() said why).
    [[nodiscard]] int refusedEdits() const { return m_edits.refusedEdits(); }

    enum class SaveKind { Save, SaveAs, Autosave, Draft };
    Q_ENUM(SaveKind)

Q_SIGNALS:
    // The document is about to be replaced by `path`'s text (or emptied, for an untitled one).
    void aboutToLoad(const QString &path);
    void opened(const QString &path);
    void openFailed(const QString &path, const QString &message);
    void saved(const QString &path, Byline::WidgetUi::ArticleSession::SaveKind kind);
    void saveFailed(const QString &path, const Byline::Core::SaveResult &result,
                    Byline::WidgetUi::ArticleSession::SaveKind kind);
    void pathChanged(const QString &path);
    void stateChanged(); // read-only or editable changed
    void modificationChanged(bool modified);
    void loadingChanged(bool loading);
    void metadataChanged();
    void diagnosticsChanged();
    void rendered(const Byline::Core::RenderResult &result);
    void tooComplexToRender();
    void edited(Byline::WidgetUi::EditOrigin origin);
    void suggestingChanged(bool on);
    // An edit in suggest mode could not be made a suggestion (and was not made); why, plainly.
    void suggestionRefused(const QString &why);

private:
    using Written = std::function<void(const Core::SaveResult &result)>;
    void takeLoaded(const QString &path, const Core::LoadedArticle &loaded);
    void endLoading();
    void finishLoading();
    void write(const QString &path, const QString &text, const Core::FileEncoding &encoding, SaveKind kind,
               Written then);
    void written(const QString &path, const Core::SaveResult &result, quint64 revision, SaveKind kind,
                 const Written &then);
    void switchTo(const QString &path, const Core::FileEncoding &encoding, const QByteArray &onDisk, quint64 revision);
    void takeRender(const ArticleRender &render);
    void setTextDiagnostics(const Core::Diagnostics &diagnostics);
    void setArticle(const Core::Article &article);
    [[nodiscard]] static QString draftsFolder();

    QTextDocument *m_document;
    DocumentText *m_text;
    DocumentGuard *m_guard;
    RenderScheduler *m_renderer;
    DocumentLoader *m_loader;
    ArticleWriter *m_writer;
    EditGateway m_edits;
    Done m_loadDone;
    QByteArray m_loadedBytes; // the file as read, for the guard once the text is in

    QString m_path;
    QString m_draftPath;
    Core::FileEncoding m_encoding;
    bool m_readOnly = false;
    bool m_editable = true;
    bool m_loading = false;
    bool m_modified = false; // as last announced; the document's own flag flickers while loading
    quint64 m_revision = 0; // counts changes to the text, so a save knows whether it saved the latest
    EditOrigin m_lastOrigin = EditOrigin::Typing;
    Core::Article m_article;
    Core::Diagnostics m_fileDiagnostics;
    Core::Diagnostics m_textDiagnostics;
};

} // namespace Byline::WidgetUi

Q_DECLARE_METATYPE(Byline::Core::SaveResult)
