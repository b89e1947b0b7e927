// Export from the window: the export dialog for the open article or a library selection,
// Re-export, the batch's progress and summary, and Copy as Rich Text.
#include "mainwindow.h"

#include <export/exportdialog.h>
#include <export/exportrunner.h>
#include <export/exportsettings.h>
#include <export/htmlexporter.h>
#include <export/plaintextexporter.h>
#include <export/renderedarticle.h>
#include <export/textformats.h>
#include <library/librarypanel.h>
#include <markdown/renderer.h>

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

#include <common/messagebar.h>
#include <editor/markdowneditor.h>

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
        lines.append(MainWindow::tr("and %1 more").arg(problems.size() - shown));
    return lines.join(separator);
}

} // namespace

QString MainWindow::exportScope(const QString &article) const
{
    QString library = m_library->folder();
    if (!library.isEmpty() && !article.isEmpty()
        && QFileInfo(article).absoluteFilePath().startsWith(QDir(library).absolutePath() + QLatin1Char('/')))
        return library;
    return article.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                             : QFileInfo(article).absolutePath();
}

void MainWindow::chooseExport()
{
    chooseExportOf(m_path.isEmpty() ? QStringList {QString()} : QStringList {m_path});
}

void MainWindow::chooseExportOf(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QString scope = exportScope(paths.constFirst());
    ExportDialog dialog(ExportSettings::options(scope), this);
    const QString &first = paths.constFirst();
    // The open article exports what the editor shows, saved or not.
    const auto textOf = [this](const QString &path) -> std::optional<QString> {
        if (path == m_path)
            return m_editor->toPlainText();
        return std::nullopt;
    };
    dialog.setPreviewSource(first, textOf(first));
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
    if (dialog.exec() != QDialog::Accepted || dialog.target().isEmpty())
        return;

    const Core::ExportOptions options = dialog.options();
    ExportSettings::setOptions(scope, options);
    QList<Core::ExportJob> jobs;
    if (dialog.toFolder()) {
        ExportSettings::setBatchFolder(scope, dialog.target());
        for (const QString &path : paths) {
            jobs.append({path, QDir(dialog.target()).filePath(Core::ExportOptions::fileNameFor(path, options.format)),
                         textOf(path)});
        }
    } else {
        if (!first.isEmpty())
            ExportSettings::setLastExport(first, {options, dialog.target()});
        jobs.append({first, dialog.target(), textOf(first)});
    }
    startExport(jobs, options);
}

bool MainWindow::reexport()
{
    const ExportSettings::LastExport last
        = m_path.isEmpty() ? ExportSettings::LastExport {} : ExportSettings::lastExport(m_path);
    if (!last.isValid()) {
        chooseExport();
        return false;
    }
    return startExport({{m_path, last.target, m_editor->toPlainText()}}, last.options);
}

QString MainWindow::reexportTarget() const
{
    return m_path.isEmpty() ? QString() : ExportSettings::lastExport(m_path).target;
}

bool MainWindow::startExport(const QList<Core::ExportJob> &jobs, const Core::ExportOptions &options)
{
    if (!m_exportRunner->start(jobs, options)) {
        statusBar()->showMessage(tr("An export is still running; try again when it is done."), statusMessageMs);
        return false;
    }
    if (jobs.size() == 1) {
        statusBar()->showMessage(tr("Exporting to %1…").arg(QFileInfo(jobs.constFirst().target).fileName()));
        return true;
    }
    m_exportProgress = new QProgressDialog(tr("Exporting %n articles…", nullptr, int(jobs.size())), tr("Cancel"), 0,
                                           int(jobs.size()), this);
    m_exportProgress->setWindowTitle(tr("Export"));
    m_exportProgress->setAttribute(Qt::WA_DeleteOnClose);
    m_exportProgress->setWindowModality(Qt::NonModal); // writing goes on while the batch runs
    m_exportProgress->setMinimumDuration(0);
    m_exportProgress->setAutoReset(false);
    m_exportProgress->setAutoClose(false);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exportRunner, &ExportRunner::cancel);
    m_exportProgress->show();
    return true;
}

void MainWindow::exportProgressed(int done, int total, const QString &current)
{
    if (!m_exportProgress)
        return;
    m_exportProgress->setValue(done);
    if (!current.isEmpty())
        m_exportProgress->setLabelText(
            tr("Exporting %1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(current).fileName()));
}

void MainWindow::exportFinished(const Core::ExportReport &report)
{
    if (m_exportProgress)
        m_exportProgress->close();
    const bool single = report.total == 1;
    const QStringList written = report.written();
    const QString where = written.isEmpty() ? QString() : QFileInfo(written.constFirst()).absolutePath();
    const MessageBar::Action showFolder {tr("Show Folder"),
                                         [where] { QDesktopServices::openUrl(QUrl::fromLocalFile(where)); }};
    if (const QList<Core::ExportReport::Problem> failures = report.failures(); !failures.isEmpty()) {
        const MessageBar::Action details {
            tr("Details"), [this, failures] {
                QMessageBox box(QMessageBox::Warning, tr("Export"),
                                failures.size() == 1 ? tr("One article could not be exported.")
                                                     : tr("%1 articles could not be exported.").arg(failures.size()),
                                QMessageBox::Close, this);
                box.setDetailedText(describe(failures, int(failures.size()), QLatin1String("\n")));
                box.exec();
            }};
        const QString text = single ? tr("Export failed: %1").arg(failures.constFirst().message)
                                    : tr("Exported %1 of %2 articles; %3 failed: %4")
                                          .arg(written.size())
                                          .arg(report.total)
                                          .arg(failures.size())
                                          .arg(describe(failures, failuresShown));
        m_messageBar->showMessage(text, MessageBar::Level::Error,
                                  single || written.isEmpty() ? QList<MessageBar::Action> {details}
                                                              : QList<MessageBar::Action> {details, showFolder});
        return;
    }
    if (report.cancelled) {
        m_messageBar->showMessage(tr("Export cancelled after %1 of %2 articles.").arg(written.size()).arg(report.total),
                                  MessageBar::Level::Info, {showFolder});
        return;
    }
    if (const QList<Core::ExportReport::Problem> warnings = report.warnings(); !warnings.isEmpty()) {
        m_messageBar->showMessage(tr("Exported, with warnings: %1").arg(describe(warnings, failuresShown)),
                                  MessageBar::Level::Warning, {showFolder});
        return;
    }
    if (single) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(written.constFirst())),
                                 statusMessageMs);
        return;
    }
    m_messageBar->showMessage(
        tr("Exported %1 articles into %2.").arg(written.size()).arg(QDir::toNativeSeparators(where)),
        MessageBar::Level::Info, {showFolder});
}

void MainWindow::copyAsRichText()
{
    QString html;
    QString text;
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection()) {
        // The selection alone, as Markdown: its paragraphs, emphasis and links.
        const QString selected = cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        html = Core::HtmlExporter::fragment(Core::Renderer::render(selected).html);
        text = Core::PlainTextExporter::text({}, selected);
    } else {
        const Core::RenderedArticle article = Core::TextFormats::article(m_path, m_editor->toPlainText());
        if (article.failed()) {
            showError(tr("The article cannot be copied as rich text: %1").arg(article.firstError()));
            return;
        }
        if (!article.metadata.title.isEmpty())
            html = QStringLiteral("<h1>%1</h1>\n").arg(article.metadata.title.toHtmlEscaped());
        html += Core::HtmlExporter::fragment(article.render->html);
        text = Core::PlainTextExporter::text(article.metadata, article.loaded.article.body());
    }
    auto *data = new QMimeData;
    data->setHtml(QStringLiteral("<meta charset=\"utf-8\">") + html);
    data->setText(text);
    QGuiApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(cursor.hasSelection() ? tr("Copied the selection as rich text")
                                                   : tr("Copied the article as rich text"),
                             statusMessageMs);
}

} // namespace Byline::WidgetUi
