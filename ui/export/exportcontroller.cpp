#include "exportcontroller.h"

#include "exportdialog.h"
#include "exportrunner.h"
#include "exportsettings.h"

#include <export/htmlexporter.h>
#include <export/plaintextexporter.h>
#include <export/textformats.h>
#include <markdown/boundedrender.h>
#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <review/reviewrender.h>

namespace Byline::WidgetUi {

namespace {

constexpr int statusMessageMs = 5000;
constexpr int failuresShown = 3;

// "article.md: why", one per problem up to `shown`, joined by `separator`.
QString describe(const QList<Core::ExportReport::Problem> &problems, int shown,
                 QLatin1String separator = QLatin1String("; "))
{
    QStringList lines;
    for (const Core::ExportReport::Problem &problem : problems.first(std::min<qsizetype>(shown, problems.size())))
        lines.append(QStringLiteral("%1: %2").arg(QFileInfo(problem.source).fileName(), problem.message));
    if (problems.size() > shown)
        lines.append(ExportController::tr("and %1 more").arg(problems.size() - shown));
    return lines.join(separator);
}

} // namespace

ExportController::ExportController(MarkdownEditor *editor, Prompts &prompts, Notices &notices,
                                   std::function<QString()> libraryFolder, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_session(editor->session())
    , m_prompts(prompts)
    , m_notices(notices)
    , m_libraryFolder(std::move(libraryFolder))
    , m_window(window)
    , m_runner(new ExportRunner(this))
    , m_export(new QAction(tr("&Export…"), this))
    , m_reexport(new QAction(tr("Re-e&xport"), this))
    , m_copyRichText(new QAction(tr("Copy as &Rich Text"), this))
{
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_reexport->setShortcut(QKeySequence(tr("Ctrl+Alt+E")));
    m_copyRichText->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(m_export, &QAction::triggered, this, &ExportController::chooseExport);
    connect(m_reexport, &QAction::triggered, this, &ExportController::reexport);
    connect(m_copyRichText, &QAction::triggered, this, &ExportController::copyAsRichText);
    // Re-export names the file it will write.
    const auto nameTarget = [this] {
        const QString target = reexportTarget();
        m_reexport->setText(target.isEmpty() ? tr("Re-e&xport")
                                             : tr("Re-e&xport to %1").arg(QFileInfo(target).fileName()));
    };
    connect(&m_session, &ArticleSession::pathChanged, this, nameTarget);
    connect(m_runner, &ExportRunner::progress, this, &ExportController::progressed);
    connect(m_runner, &ExportRunner::finished, this, &ExportController::finished);
    connect(m_runner, &ExportRunner::finished, this, nameTarget);
    connect(&m_copying, &QFutureWatcher<RichText>::finished, this, [this] {
        const RichText copy = m_copying.result();
        if (!copy.error.isEmpty()) {
            m_notices.banner(tr("The article cannot be copied as rich text: %1").arg(copy.error),
                             MessageBar::Level::Error);
            return;
        }
        auto *data = new QMimeData;
        data->setHtml(QStringLiteral("<meta charset=\"utf-8\">") + copy.html);
        data->setText(copy.text);
        QGuiApplication::clipboard()->setMimeData(data);
        m_notices.showStatus(m_copyingSelection ? tr("Copied the selection as rich text")
                                                : tr("Copied the article as rich text"),
                             statusMessageMs);
        Q_EMIT copied();
    });
}

ExportController::~ExportController()
{
    m_copying.waitForFinished();
}

QString ExportController::scopeOf(const QString &article) const
{
    QString library = m_libraryFolder ? m_libraryFolder() : QString();
    if (!library.isEmpty() && !article.isEmpty()
        && QFileInfo(article).absoluteFilePath().startsWith(QDir(library).absolutePath() + QLatin1Char('/')))
        return library;
    return article.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                             : QFileInfo(article).absolutePath();
}

std::optional<QString> ExportController::editorTextOf(const QString &path) const
{
    // The open article exports what the editor shows, saved or not.
    if (path == m_session.path())
        return m_session.text();
    return std::nullopt;
}

void ExportController::addLibraryEntries(QMenu *menu, const ArticleSelection &selection)
{
    const QString &path = selection.clicked;
    if (!path.isEmpty() && selection.selected.size() > 1 && selection.selected.contains(path)) {
        menu->addAction(tr("E&xport %1 Selected Articles…").arg(selection.selected.size()), this,
                        [this, paths = selection.selected] { chooseExportOf(paths); });
    } else if (!path.isEmpty()) {
        menu->addAction(tr("E&xport…"), this, [this, path] { chooseExportOf({path}); });
    }
    if (selection.listed.size() > 1) {
        menu->addAction(selection.listedAreResults ? tr("Export All %1 Results…").arg(selection.listed.size())
                                                   : tr("Export All %1 Listed Articles…").arg(selection.listed.size()),
                        this, [this, paths = selection.listed] { chooseExportOf(paths); });
    }
}

void ExportController::chooseExport()
{
    chooseExportOf({m_session.path()});
}

void ExportController::chooseExportOf(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QString scope = scopeOf(paths.constFirst());
    ExportDialog dialog(ExportSettings::options(scope), m_prompts, m_window);
    const QString &first = paths.constFirst();
    dialog.setPreviewSource(first, editorTextOf(first));
    if (paths.size() == 1) {
        const ExportSettings::LastExport last
            = first.isEmpty() ? ExportSettings::LastExport {} : ExportSettings::lastExport(first);
        dialog.setTargetFile(last.isValid() ? last.target
                                            : ExportSettings::defaultTarget(first, dialog.options().format));
    } else {
        QString folder = ExportSettings::batchFolder(scope);
        if (folder.isEmpty())
            folder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .filePath(tr("Byline exports"));
        dialog.setTargetFolder(folder, int(paths.size()));
    }
    if (!m_prompts.run(dialog) || dialog.target().isEmpty())
        return;

    const Core::ExportOptions options = dialog.options();
    ExportSettings::setOptions(scope, options);
    QList<Core::ExportJob> jobs;
    if (dialog.toFolder()) {
        ExportSettings::setBatchFolder(scope, dialog.target());
        for (const QString &path : paths) {
            jobs.append({path, QDir(dialog.target()).filePath(Core::ExportOptions::fileNameFor(path, options.format)),
                         editorTextOf(path)});
        }
    } else {
        if (!first.isEmpty())
            ExportSettings::setLastExport(first, {options, dialog.target()});
        jobs.append({first, dialog.target(), editorTextOf(first)});
    }
    startExport(jobs, options);
}

bool ExportController::reexport()
{
    const QString path = m_session.path();
    const ExportSettings::LastExport last
        = path.isEmpty() ? ExportSettings::LastExport {} : ExportSettings::lastExport(path);
    if (!last.isValid()) {
        chooseExport();
        return false;
    }
    return startExport({{path, last.target, m_session.text()}}, last.options);
}

QString ExportController::reexportTarget() const
{
    return m_session.path().isEmpty() ? QString() : ExportSettings::lastExport(m_session.path()).target;
}

bool ExportController::startExport(const QList<Core::ExportJob> &jobs, const Core::ExportOptions &options)
{
    if (!m_runner->start(jobs, options)) {
        m_notices.showStatus(tr("An export is still running; try again when it is done."), statusMessageMs);
        return false;
    }
    if (jobs.size() == 1) {
        // Shown until the export is done, however it ends.
        m_underWay = tr("Exporting to %1…").arg(QFileInfo(jobs.constFirst().target).fileName());
        m_notices.showStatus(m_underWay, 0);
        return true;
    }
    m_progress = new QProgressDialog(tr("Exporting %n articles…", nullptr, int(jobs.size())), tr("Cancel"), 0,
                                     int(jobs.size()), m_window);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::NonModal); // writing goes on while the batch runs
    m_progress->setMinimumDuration(0);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, m_runner, &ExportRunner::cancel);
    m_progress->show();
    return true;
}

void ExportController::progressed(int done, int total, const QString &current)
{
    if (!m_progress)
        return;
    m_progress->setValue(done);
    if (!current.isEmpty())
        m_progress->setLabelText(
            tr("Exporting %1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(current).fileName()));
}

void ExportController::finished(const Core::ExportReport &report)
{
    if (m_progress)
        m_progress->close();
    // The export is no longer under way, even when it failed (the banner says so then).
    if (const QString underWay = std::exchange(m_underWay, {}); !underWay.isEmpty() && m_notices.status() == underWay)
        m_notices.showStatus({}, 0);
    const bool single = report.total == 1;
    const QStringList written = report.written();
    const QString where = written.isEmpty() ? QString() : QFileInfo(written.constFirst()).absolutePath();
    const MessageBar::Action showFolder {tr("Show Folder"),
                                         [where] { QDesktopServices::openUrl(QUrl::fromLocalFile(where)); }};
    if (const QList<Core::ExportReport::Problem> failures = report.failures(); !failures.isEmpty()) {
        const MessageBar::Action details {
            tr("Details"), [this, failures] {
                m_prompts.tell(Prompts::Tone::Warning, tr("Export"),
                               failures.size() == 1 ? tr("One article could not be exported.")
                                                    : tr("%1 articles could not be exported.").arg(failures.size()),
                               describe(failures, int(failures.size()), QLatin1String("\n")));
            }};
        const QString text = single ? tr("Export failed: %1").arg(failures.constFirst().message)
                                    : tr("Exported %1 of %2 articles; %3 failed: %4")
                                          .arg(written.size())
                                          .arg(report.total)
                                          .arg(failures.size())
                                          .arg(describe(failures, failuresShown));
        m_notices.banner(text, MessageBar::Level::Error,
                         single || written.isEmpty() ? QList<MessageBar::Action> {details}
                                                     : QList<MessageBar::Action> {details, showFolder});
        return;
    }
    if (report.cancelled) {
        m_notices.banner(tr("Export cancelled after %1 of %2 articles.").arg(written.size()).arg(report.total),
                         MessageBar::Level::Info, {showFolder});
        return;
    }
    if (const QList<Core::ExportReport::Problem> warnings = report.warnings(); !warnings.isEmpty()) {
        m_notices.banner(tr("Exported, with warnings: %1").arg(describe(warnings, failuresShown)),
                         MessageBar::Level::Warning, {showFolder});
        return;
    }
    if (single) {
        m_notices.showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(written.constFirst())), statusMessageMs);
        return;
    }
    m_notices.banner(tr("Exported %1 articles into %2.").arg(written.size()).arg(QDir::toNativeSeparators(where)),
                     MessageBar::Level::Info, {showFolder});
}

ExportController::RichText ExportController::richText(const QString &path, const QString &markdown, bool selection)
{
    RichText copy;
    if (selection) {
        // The selection alone, as Markdown: its paragraphs, emphasis and links.
        // A clean copy: every change accepted, no comments.
        const std::optional<Core::RenderResult> rendered = Core::BoundedRender::runWithin(
            [markdown] {
                return Core::ReviewRender::render(markdown, {}, {Core::ReviewEdits::View::Final, false});
            },
            Core::BoundedRender::defaultLimit);
        if (!rendered) {
            copy.error = tr("the selection is too complex to render");
            return copy;
        }
        copy.html = Core::HtmlExporter::fragment(rendered->html);
        copy.text = Core::PlainTextExporter::text({}, markdown);
        return copy;
    }
    const Core::RenderedArticle article = Core::TextFormats::article(path, markdown);
    if (article.failed()) {
        copy.error = article.firstError();
        return copy;
    }
    if (!article.metadata.title.isEmpty())
        copy.html = QStringLiteral("<h1>%1</h1>\n").arg(article.metadata.title.toHtmlEscaped());
    copy.html += Core::HtmlExporter::fragment(article.render->html);
    copy.text = Core::PlainTextExporter::text(article.metadata, article.loaded.article.body());
    return copy;
}

void ExportController::copyAsRichText()
{
    if (m_copying.isRunning())
        return; // the copy under way takes the text as it was asked for
    const QTextCursor cursor = m_editor->textCursor();
    m_copyingSelection = cursor.hasSelection();
    const QString markdown = m_copyingSelection
        ? cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
        : m_session.text();
    m_copying.setFuture(QtConcurrent::run([path = m_session.path(), markdown, selection = m_copyingSelection] {
        return richText(path, markdown, selection);
    }));
}

} // namespace Byline::WidgetUi
