#include "articlesession.h"

#include "articlewriter.h"
#include "documentguard.h"
#include "documentloader.h"
#include "documenttext.h"

#include <article/frontmatteredit.h>
#include <safety/recoveryjournal.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUuid>

namespace Byline::WidgetUi {

Q_LOGGING_CATEGORY(lcSession, "byline.ui.session", QtInfoMsg)

namespace {

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

ArticleSession::ArticleSession(std::shared_ptr<Core::RecoveryJournal> journal, RenderScheduler::Limits limits,
                               QObject *parent)
    : QObject(parent)
    , m_document(new QTextDocument(this))
    , m_text(new DocumentText(m_document, this))
    , m_guard(new DocumentGuard(
          m_document, [this] { return text(); }, std::move(journal), this))
    , m_renderer(new RenderScheduler(
          [this] {
              return RenderScheduler::Source {text(), m_path};
          },
          limits, this))
    , m_loader(new DocumentLoader(m_document, this))
    , m_writer(new ArticleWriter(this))
    , m_edits(*m_document, *m_text)
{
    connect(m_loader, &DocumentLoader::read, this, &ArticleSession::takeLoaded);
    connect(m_loader, &DocumentLoader::filled, this, &ArticleSession::finishLoading);
    connect(m_loader, &DocumentLoader::failed, this, [this](const QString &path, const QString &message) {
        Q_EMIT openFailed(path, message);
        if (const Done done = std::exchange(m_loadDone, {}))
            done(false);
    });
    // contentsChanged, not contentsChange: QTextDocument sends the latter only once a layout exists.
    connect(m_document, &QTextDocument::contentsChanged, this, [this] {
        ++m_revision;
        if (!m_loading)
            m_renderer->changed();
    });
    connect(m_document, &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (m_loading || modified == m_modified)
            return;
        m_modified = modified;
        Q_EMIT modificationChanged(modified);
    });
    connect(m_renderer, &RenderScheduler::rendered, this, &ArticleSession::takeRender);
    connect(m_renderer, &RenderScheduler::tooComplex, this, &ArticleSession::tooComplexToRender);
    connect(m_guard, &DocumentGuard::autosaveDue, this, &ArticleSession::autosave);
    // A file deleted elsewhere leaves its text nowhere but here.
    connect(m_guard, &DocumentGuard::deletedOnDisk, this, [this] { m_document->setModified(true); });
    startUntitled();
}

ArticleSession::~ArticleSession() = default;

QString ArticleSession::text() const
{
    return m_text->text();
}

QString ArticleSession::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool ArticleSession::isSaving() const
{
    return m_writer->isWriting();
}

bool ArticleSession::isModified() const
{
    return !m_loading && m_document->isModified();
}

QString ArticleSession::draftsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/Drafts");
}

void ArticleSession::startUntitled()
{
    if (const Done superseded = std::exchange(m_loadDone, {}))
        superseded(false);
    m_loader->cancel();
    Q_EMIT aboutToLoad({});
    m_renderer->discard();
    endLoading();
    m_path.clear();
    m_draftPath.clear();
    m_encoding = {};
    m_readOnly = false;
    m_editable = true;
    m_guard->setDocument({}, QLatin1String("untitled-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_document->setPlainText({});
    m_document->setModified(false);
    m_fileDiagnostics.clear();
    setTextDiagnostics({});
    setArticle({});
    Q_EMIT pathChanged({});
    Q_EMIT stateChanged();
    Q_EMIT opened({});
    m_renderer->renderNow();
}

void ArticleSession::open(const QString &path, Done done)
{
    if (const Done superseded = std::exchange(m_loadDone, std::move(done)))
        superseded(false);
    m_loader->load(absolute(path));
}

void ArticleSession::takeLoaded(const QString &path, const Core::LoadedArticle &loaded)
{
    Q_EMIT aboutToLoad(path);
    m_renderer->discard(); // what was rendered of the old text never reaches the new one
    if (!m_loading) {
        m_loading = true;
        m_renderer->setSuspended(true);
        m_document->setUndoRedoEnabled(false); // the text as read is where undo stops
        Q_EMIT loadingChanged(true);
    }
    m_path = path;
    m_draftPath.clear();
    m_encoding = loaded.encoding;
    m_editable = QFileInfo(path).isWritable();
    // Damaged text may not be saved over its file; a file without write permission cannot be.
    m_readOnly = loaded.readOnly || !m_editable;
    m_fileDiagnostics = loaded.fileDiagnostics;
    m_textDiagnostics = loaded.textDiagnostics;
    m_article = loaded.article;
    m_loadedBytes = loaded.bytes;
    m_guard->setDocument(path, Core::RecoveryJournal::idForPath(path));
    Q_EMIT pathChanged(path); // the title names the file while its text arrives
}

void ArticleSession::endLoading()
{
    m_document->setUndoRedoEnabled(true);
    m_document->setModified(false);
    if (m_modified) {
        m_modified = false;
        Q_EMIT modificationChanged(false);
    }
    if (!m_loading)
        return;
    m_loading = false;
    m_renderer->setSuspended(false);
    Q_EMIT loadingChanged(false);
}

void ArticleSession::finishLoading()
{
    endLoading();
    m_guard->setDiskContents(std::exchange(m_loadedBytes, {}));
    qCDebug(lcSession) << "opened" << m_path;
    Q_EMIT stateChanged();
    Q_EMIT diagnosticsChanged();
    Q_EMIT metadataChanged();
    Q_EMIT opened(m_path);
    m_renderer->renderNow();
    if (const Done done = std::exchange(m_loadDone, {}))
        done(true);
}

void ArticleSession::save(const Done &done)
{
    if (m_loading || m_path.isEmpty() || m_readOnly) {
        // The window offers Save As for these before it gets here; a caller that did not is told no.
        if (done)
            done(false);
        return;
    }
    write(m_path, text(), m_encoding, SaveKind::Save, [done](const Core::SaveResult &result) {
        if (done)
            done(result.ok);
    });
}

void ArticleSession::saveAs(const QString &path, const Done &done)
{
    if (m_loading) {
        if (done)
            done(false);
        return;
    }
    // A plain-text article saved as Markdown becomes Markdown with front matter.
    const bool toMarkdown = Core::Article::formatForFileName(m_path) == Core::Article::SourceFormat::PlainText
        && !m_path.isEmpty() && Core::Article::formatForFileName(path) == Core::Article::SourceFormat::Markdown;
    const QString current = text();
    const QString written = toMarkdown
        ? Core::Article::fromText(current, m_path, Core::Article::SourceFormat::PlainText).toMarkdown()
        : current;
    const Core::FileEncoding encoding = m_readOnly ? Core::FileEncoding {} : m_encoding;
    const QString target = absolute(path);
    const quint64 revision = m_revision;
    write(target, written, encoding, SaveKind::SaveAs,
          [this, target, toMarkdown, encoding, revision, done](const Core::SaveResult &result) {
              if (result.ok && !m_draftPath.isEmpty())
                  QFile::remove(std::exchange(m_draftPath, {})); // the draft has a home now
              if (result.ok && toMarkdown) {
                  m_document->setModified(false);
                  open(target, done); // read back as the Markdown it now is
                  return;
              }
              if (result.ok)
                  switchTo(target, encoding, result.written, revision);
              if (done)
                  done(result.ok);
          });
}

void ArticleSession::autosave()
{
    if (!isModified() || m_writer->isWriting())
        return;
    if (m_path.isEmpty()) {
        if (m_draftPath.isEmpty()) {
            QDir().mkpath(draftsFolder());
            m_draftPath
                = QDir(draftsFolder())
                      .filePath(tr("Untitled %1.md")
                                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm.ss"))));
        }
        write(m_draftPath, text(), {}, SaveKind::Draft, {});
        return;
    }
    // Never over a file that changed or vanished meanwhile, nor one that must not be written.
    if (m_readOnly || m_guard->isDeleted() || m_guard->hasExternalChange())
        return;
    write(m_path, text(), m_encoding, SaveKind::Autosave, {});
}

void ArticleSession::write(const QString &path, const QString &text, const Core::FileEncoding &encoding, SaveKind kind,
                           Written then)
{
    m_writer->write(path, text, encoding,
                    [this, path, revision = m_revision, kind, then = std::move(then)](const Core::SaveResult &result) {
                        written(path, result, revision, kind, then);
                    });
}

void ArticleSession::written(const QString &path, const Core::SaveResult &result, quint64 revision, SaveKind kind,
                             const Written &then)
{
    if (!result.ok) {
        Q_EMIT saveFailed(path, result, kind);
        if (then)
            then(result);
        return;
    }
    if ((kind == SaveKind::Save || kind == SaveKind::Autosave) && path == m_path) {
        // Typing that went on while the copy was written is still unsaved.
        if (revision == m_revision)
            m_document->setModified(false);
        m_guard->setDiskContents(result.written);
    }
    if (then)
        then(result); // Save As becomes the new file first, then says so
    Q_EMIT saved(path, kind);
}

void ArticleSession::switchTo(const QString &path, const Core::FileEncoding &encoding, const QByteArray &onDisk,
                              quint64 revision)
{
    m_path = path;
    m_encoding = encoding;
    m_readOnly = false;
    m_editable = true;
    m_fileDiagnostics.clear();
    if (revision == m_revision)
        m_document->setModified(false);
    m_guard->moveTo(path, Core::RecoveryJournal::idForPath(path));
    m_guard->setDiskContents(onDisk);
    Q_EMIT pathChanged(path);
    Q_EMIT stateChanged();
    Q_EMIT diagnosticsChanged();
    m_renderer->renderNow(); // the title may come from the file name
}

void ArticleSession::followMove(const QString &path)
{
    m_path = absolute(path);
    m_guard->moveTo(m_path, Core::RecoveryJournal::idForPath(m_path));
    Q_EMIT pathChanged(m_path);
    m_renderer->renderNow();
}

void ArticleSession::discardChanges()
{
    if (!m_draftPath.isEmpty())
        QFile::remove(std::exchange(m_draftPath, {}));
    m_document->setModified(false);
}

void ArticleSession::keepMine()
{
    m_guard->keepMine();
    m_document->setModified(true);
}

void ArticleSession::setSuggesting(bool on, const QString &reviewer)
{
    if (m_edits.setSuggesting(on, reviewer))
        Q_EMIT suggestingChanged(on);
}

bool ArticleSession::apply(const QList<TextEdit> &edits, EditOrigin origin)
{
    if (!m_editable || m_loading) {
        m_edits.forget();
        return false;
    }
    const EditGateway::Result result = m_edits.apply(edits, origin);
    if (!result.refusal.isEmpty())
        Q_EMIT suggestionRefused(result.refusal);
    if (result.changed) {
        m_lastOrigin = origin;
        Q_EMIT edited(origin);
    }
    return result.done;
}

bool ArticleSession::editFrontMatter(const std::function<void(Core::FrontMatter &)> &change,
                                     FrontMatterProblem *problem)
{
    const auto fail = [problem](FrontMatterProblem why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (!m_editable || m_loading)
        return fail(FrontMatterProblem::ReadOnly);
    const QString current = text();
    const QString fileName = m_path.isEmpty() ? QStringLiteral("untitled.md") : m_path;
    const Core::FrontMatterEdit::Result edit = Core::FrontMatterEdit::edit(current, fileName, change);
    if (edit.problem == Core::FrontMatterEdit::Problem::PlainText)
        return fail(FrontMatterProblem::PlainText);
    if (edit.problem == Core::FrontMatterEdit::Problem::BrokenFrontMatter)
        return fail(FrontMatterProblem::BrokenFrontMatter);
    if (!replace(0, int(edit.replacedLength), edit.head, EditOrigin::FrontMatter))
        return fail(FrontMatterProblem::ReadOnly);
    // What the block now says applies at once, not at the next render.
    setArticle(Core::Article::fromText(edit.appliedTo(current), fileName));
    if (problem)
        *problem = FrontMatterProblem::None;
    return true;
}

void ArticleSession::takeRender(const ArticleRender &render)
{
    setArticle(render.article);
    setTextDiagnostics(render.diagnostics);
    Q_EMIT rendered(render.result);
}

void ArticleSession::setTextDiagnostics(const Core::Diagnostics &diagnostics)
{
    if (diagnostics == m_textDiagnostics)
        return;
    m_textDiagnostics = diagnostics;
    Q_EMIT diagnosticsChanged();
}

void ArticleSession::setArticle(const Core::Article &article)
{
    const bool changed = article.metadata() != m_article.metadata();
    m_article = article;
    if (changed)
        Q_EMIT metadataChanged();
}

} // namespace Byline::WidgetUi
