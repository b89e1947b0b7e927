#include "mainwindow.h"

#include "librarypanel.h"
#include "messagebar.h"
#include "previewpane.h"

#include <article/articlefile.h>
#include <library/samplelibrary.h>
#include <markdown/renderer.h>

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Byline::WidgetUi {

namespace {

MessageBar::Level levelOf(const Core::Diagnostics &diagnostics)
{
    MessageBar::Level level = MessageBar::Level::Info;
    for (const Core::Diagnostic &d : diagnostics) {
        if (d.severity == Core::Diagnostic::Severity::Error)
            return MessageBar::Level::Error;
        if (d.severity == Core::Diagnostic::Severity::Warning)
            level = MessageBar::Level::Warning;
    }
    return level;
}

QString describe(const Core::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Core::Diagnostic &d : diagnostics) {
        const QString where = d.line > 0 ? MainWindow::tr("Line %1: ").arg(d.line) : QString();
        QString sentence = where + d.message.left(1).toUpper() + d.message.mid(1);
        if (!sentence.endsWith(QLatin1Char('.')))
            sentence += QLatin1Char('.');
        lines.append(sentence);
    }
    return lines.join(QLatin1String("<br>"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new LibraryPanel(this))
    , m_messageBar(new MessageBar(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new PreviewPane(this))
    , m_splitter(new QSplitter(this))
    , m_statsLabel(new QLabel(this))
{
    m_editor->setObjectName(QStringLiteral("editor"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(11.0, font.pointSizeF()));
    m_editor->setFont(font);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->document()->setDocumentMargin(16);

    auto *editorColumn = new QWidget(this);
    auto *column = new QVBoxLayout(editorColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_messageBar);
    column->addWidget(m_editor, 1);

    m_splitter->addWidget(m_library);
    m_splitter->addWidget(editorColumn);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({200, 600, 600});
    m_library->hide();
    setCentralWidget(m_splitter);

    statusBar()->addPermanentWidget(m_statsLabel);
    createMenus();
    resize(1400, 860);
    updateTitle();

    m_preview->setSource([this] {
        Core::Diagnostics diagnostics;
        const Core::Article article = currentArticle(&diagnostics);
        m_textDiagnostics = diagnostics;
        return PreviewPane::Source {article.body(), article.bodyFirstLine()};
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::textChanged);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_preview, &PreviewPane::rendered, this, &MainWindow::showStats);
    connect(m_preview, &PreviewPane::rendered, this, [this] { showDiagnostics(BannerUpdate::IfChanged); });
    connect(m_preview, &PreviewPane::tooComplex, this, [this] {
        m_messageBar->showMessage(tr("This document is too complex to preview: rendering took longer than "
                                     "2 seconds (deeply nested or pathological Markdown). Your text is safe; "
                                     "the preview catches up when the markup is simpler."),
                                  MessageBar::Level::Warning);
    });
    connect(m_library, &LibraryPanel::fileActivated, this, [this](const QString &path) {
        if (path != m_path && maybeKeepChanges())
            openFile(path);
        else
            m_library->selectFile(m_path);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFileToOpen);
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::chooseFolderToOpen);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::chooseSaveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *preview = view->addAction(tr("&Preview"));
    preview->setCheckable(true);
    preview->setChecked(true);
    preview->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    connect(preview, &QAction::toggled, m_preview, &QWidget::setVisible);
    QAction *library = view->addAction(tr("&Library"));
    library->setCheckable(true);
    connect(library, &QAction::toggled, m_library, &QWidget::setVisible);
    connect(m_library, &LibraryPanel::fileActivated, library, [library] { library->setChecked(true); });
}

void MainWindow::openPath(const QString &path)
{
    if (QFileInfo(path).isDir())
        openFolder(path);
    else
        openFile(path);
}

void MainWindow::openSampleLibrary()
{
    QString error;
    const QString folder = Core::SampleLibrary::ensureInstalled(&error);
    if (folder.isEmpty()) {
        showError(error);
        return;
    }
    openFolder(folder);
}

void MainWindow::openFolder(const QString &folder)
{
    m_library->setFolder(folder);
    m_library->show();
    const QStringList files = m_library->files();
    if (files.isEmpty()) {
        m_messageBar->showMessage(tr("%1 holds no Markdown or text articles yet.").arg(folder),
                                  MessageBar::Level::Info);
        return;
    }
    openFile(files.constFirst());
}

bool MainWindow::openFile(const QString &path)
{
    const Core::LoadedArticle loaded = Core::ArticleFile::load(path);
    if (!loaded.ok) {
        showError(tr("Could not open %1: %2.").arg(path, describe(loaded.diagnostics())));
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_encoding = loaded.encoding;
    m_readOnly = loaded.readOnly;
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(loaded.text);
    }
    m_editor->setReadOnly(false);
    m_editor->document()->setModified(false);
    // Problems of the file (encoding, permissions) stay; those of the text follow the edits.
    m_fileDiagnostics = loaded.fileDiagnostics;
    m_textDiagnostics = loaded.textDiagnostics;
    showDiagnostics(BannerUpdate::Always);
    m_preview->renderNow(loaded.article.body(), loaded.article.bodyFirstLine());
    m_library->selectFile(m_path);
    updateTitle();
    return true;
}

bool MainWindow::save()
{
    if (m_path.isEmpty()) {
        chooseSaveAs();
        return !m_editor->document()->isModified();
    }
    if (m_readOnly) {
        m_messageBar->showMessage(tr("This file was opened read-only, so saving over it could lose data. "
                                     "Use Save As to keep your changes in a new file."),
                                  MessageBar::Level::Warning);
        return false;
    }
    const Core::SaveResult saved = Core::ArticleFile::save(m_path, m_editor->toPlainText(), m_encoding);
    if (!saved.ok) {
        showError(saved.error);
        return false;
    }
    m_editor->document()->setModified(false);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_path).fileName()), 3000);
    return true;
}

bool MainWindow::saveAs(const QString &path)
{
    const Core::Article article = currentArticle();
    const bool toMarkdown = article.sourceFormat() == Core::Article::SourceFormat::PlainText
        && Core::Article::formatForFileName(path) == Core::Article::SourceFormat::Markdown;
    const QString text = toMarkdown ? article.toMarkdown() : m_editor->toPlainText();
    const Core::FileEncoding encoding = m_readOnly ? Core::FileEncoding {} : m_encoding;
    const Core::SaveResult saved = Core::ArticleFile::save(path, text, encoding);
    if (!saved.ok) {
        showError(saved.error);
        return false;
    }
    return openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeKeepChanges())
        event->accept();
    else
        event->ignore();
}

void MainWindow::textChanged()
{
    m_preview->sourceChanged();
}

Core::Article MainWindow::currentArticle(Core::Diagnostics *diagnostics) const
{
    return Core::Article::fromText(m_editor->toPlainText(), m_path, Core::Article::formatForFileName(m_path),
                                   diagnostics);
}

void MainWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1[*] — Byline").arg(name));
    setWindowModified(m_editor->document()->isModified());
}

void MainWindow::showStats(const Core::RenderResult &result)
{
    const Core::TextStats &stats = result.stats;
    const QLocale locale;
    const QString words = stats.words == 1 ? tr("1 word") : tr("%1 words").arg(locale.toString(stats.words));
    m_statsLabel->setText(words + QStringLiteral(" · ") + tr("%1 min read").arg(locale.toString(stats.readingMinutes)));
}

void MainWindow::showDiagnostics(BannerUpdate update)
{
    const Core::Diagnostics all = m_fileDiagnostics + m_textDiagnostics;
    if (update == BannerUpdate::IfChanged && all == m_shownDiagnostics)
        return; // unchanged: a banner the user dismissed stays dismissed
    m_shownDiagnostics = all;
    if (all.isEmpty())
        m_messageBar->hide();
    else
        m_messageBar->showMessage(describe(all), levelOf(all));
}

bool MainWindow::maybeKeepChanges()
{
    if (!m_editor->document()->isModified())
        return true;
    const auto answer
        = QMessageBox::question(this, tr("Unsaved changes"),
                                tr("%1 has changes that are not saved. Save them before closing it?")
                                    .arg(m_path.isEmpty() ? tr("This document") : QFileInfo(m_path).fileName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::chooseFileToOpen()
{
    if (!maybeKeepChanges())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), QFileInfo(m_path).path(),
                                                      tr("Articles (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseFolderToOpen()
{
    if (!maybeKeepChanges())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Library Folder"), m_library->folder());
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::chooseSaveAs()
{
    QString suggestion = m_path;
    if (Core::Article::formatForFileName(m_path) == Core::Article::SourceFormat::PlainText)
        suggestion = QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral(".md"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Article As"), suggestion,
                                                      tr("Markdown (*.md);;Plain text (*.txt)"));
    if (!path.isEmpty())
        saveAs(path);
}

void MainWindow::showError(const QString &text)
{
    m_messageBar->showMessage(text, MessageBar::Level::Error);
    QMessageBox::warning(this, tr("Byline"), text);
}

} // namespace Byline::WidgetUi
