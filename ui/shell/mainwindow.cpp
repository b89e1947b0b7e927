#include "mainwindow.h"

#include <library/librarypanel.h>
#include <markdown/renderer.h>

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <common/messagebar.h>
#include <common/theme.h>
#include <document/documentguard.h>
#include <editor/findbar.h>
#include <editor/markdowneditor.h>
#include <panels/outlinepanel.h>
#include <panels/statisticsview.h>
#include <preview/previewpane.h>
#include <spelling/spellcontroller.h>

namespace Byline::WidgetUi {

namespace {

// Past this, the selection's words are not counted on every change: it would cost a keystroke.
constexpr int maximumCountedSelection = 200000;

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

std::shared_ptr<Core::RecoveryJournal> sharedJournal()
{
    // One journal session for every window of this process.
    static std::weak_ptr<Core::RecoveryJournal> shared;
    std::shared_ptr<Core::RecoveryJournal> journal = shared.lock();
    if (!journal) {
        journal = std::make_shared<Core::RecoveryJournal>(MainWindow::recoveryFolder());
        shared = journal;
    }
    return journal;
}

QDockWidget *makeDock(const QString &title, const QString &name, QWidget *content, QMainWindow *window)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide();
    return dock;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(Settings::load())
    , m_journal(sharedJournal())
    , m_library(new LibraryPanel(this))
    , m_messageBar(new MessageBar(this))
    , m_editor(new MarkdownEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_preview(new PreviewPane(this))
    , m_splitter(new QSplitter(this))
    , m_editorColumn(new QWidget(this))
    , m_outline(new OutlinePanel(this))
    , m_statistics(new StatisticsPanel(this))
    , m_outlineDock(makeDock(tr("Outline"), QStringLiteral("outlineDock"), m_outline, this))
    , m_statisticsDock(makeDock(tr("Statistics"), QStringLiteral("statisticsDock"), m_statistics, this))
    , m_status(new StatusIndicators(this))
    , m_guard(new DocumentGuard(m_editor, m_journal, this))
    , m_spell(new SpellController(m_editor, this))
    , m_languageButton(new QToolButton(this))
    , m_exportRunner(new ExportRunner(this))
{
    auto *column = new QVBoxLayout(m_editorColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_messageBar);
    column->addWidget(m_editor, 1);
    column->addWidget(m_findBar);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_editorColumn);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({220, 640, 640});
    m_library->hide();
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_status);

    createSpelling();
    createMenus();
    connectParts();
    connectLibrary();
    connect(m_exportRunner, &ExportRunner::progress, this, &MainWindow::exportProgressed);
    connect(m_exportRunner, &ExportRunner::finished, this, &MainWindow::exportFinished);
    applySettings(m_settings);
    resize(1400, 860);
    const QSettings store;
    restoreGeometry(store.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(store.value(QStringLiteral("window/state")).toByteArray());
    newDocument();
    if (!m_journal->isValid())
        m_messageBar->showMessage(tr("Unsaved text cannot be journalled for recovery: %1. Check that the folder is "
                                     "writable; until then, save often.")
                                      .arg(m_journal->errorString()),
                                  MessageBar::Level::Warning);
}

MainWindow::~MainWindow() = default;

QString MainWindow::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString MainWindow::draftsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/Drafts");
}

void MainWindow::connectParts()
{
    m_preview->setSource([this] {
        Core::Diagnostics diagnostics;
        const Core::Article article = currentArticle(&diagnostics);
        m_textDiagnostics = diagnostics;
        const Core::ArticleMetadata metadata = article.metadata();
        m_status->setMetadata(metadata.targetWords, metadata.deadline);
        // A plain-text article has no front matter: its language and ignored words stay as chosen.
        if (article.sourceFormat() == Core::Article::SourceFormat::Markdown)
            m_spell->setArticle(metadata.lang, metadata.spellingIgnore);
        return PreviewPane::Source {article.body(), article.bodyFirstLine()};
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::textChanged);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_preview, &PreviewPane::rendered, this, &MainWindow::showResult);
    connect(m_preview, &PreviewPane::tooComplex, this, [this] {
        m_messageBar->showMessage(tr("This document is too complex to preview: rendering took longer than "
                                     "2 seconds (deeply nested or pathological Markdown). Your text is safe; "
                                     "the preview catches up when the markup is simpler."),
                                  MessageBar::Level::Warning);
    });

    // Scroll sync: each side follows the other by file line, never both at once.
    connect(m_editor, &MarkdownEditor::topLineChanged, this, [this](int line) {
        if (!m_syncingFromPreview)
            m_preview->scrollToLine(line);
    });
    connect(m_preview, &PreviewPane::topLineChanged, this, [this](int line) {
        m_syncingFromPreview = true;
        m_editor->scrollToLine(line);
        m_syncingFromPreview = false;
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const int line = m_editor->cursorLine();
        m_outline->followLine(line);
        const double fraction = double(m_editor->cursorRect().top()) / std::max(1, m_editor->viewport()->height());
        m_preview->revealLine(line, fraction);
    });
    connect(m_editor, &QPlainTextEdit::selectionChanged, this, [this] {
        const QTextCursor cursor = m_editor->textCursor();
        const int length = cursor.selectionEnd() - cursor.selectionStart();
        m_status->setSelectedWords(length > 0 && length < maximumCountedSelection
                                       ? Core::TextStatsBuilder::countWords(cursor.selectedText())
                                       : 0);
    });
    connect(m_outline, &OutlinePanel::lineActivated, m_editor, &MarkdownEditor::goToLine);
    connect(m_statisticsDock, &QDockWidget::visibilityChanged, m_preview, &PreviewPane::setFullStatistics);

    connect(m_guard, &DocumentGuard::autosaveDue, this, &MainWindow::autosave);
    connect(m_guard, &DocumentGuard::changedOnDisk, this, &MainWindow::showExternalChange);
    connect(m_guard, &DocumentGuard::deletedOnDisk, this, &MainWindow::showDeleted);
    connect(m_guard, &DocumentGuard::reappearedOnDisk, this, [this] {
        m_messageBar->showMessage(tr("%1 is back on disk, unchanged.").arg(QFileInfo(m_path).fileName()),
                                  MessageBar::Level::Info);
    });
    connect(m_library, &LibraryPanel::fileActivated, this, [this](const QString &path) {
        if (path != m_path && maybeKeepChanges())
            openFile(path);
        else
            m_library->selectFile(m_path);
    });
    connect(m_library, &LibraryPanel::matchActivated, this, [this](const QString &path, const QString &word) {
        if (path != m_path && (!maybeKeepChanges() || !openFile(path)))
            return;
        revealMatch(word);
    });
}

void MainWindow::revealMatch(const QString &word)
{
    // After the front matter: the match a search result shows is in the text.
    QTextDocument *document = m_editor->document();
    const QTextCursor from(document->findBlockByNumber(currentArticle().bodyFirstLine() - 1));
    QTextCursor found = word.isEmpty() ? QTextCursor() : document->find(word, from, QTextDocument::FindWholeWords);
    if (found.isNull() && !word.isEmpty())
        found = document->find(word, from);
    if (!found.isNull()) {
        m_editor->setTextCursor(found);
        m_editor->centerCursor();
    }
    m_editor->setFocus();
}

void MainWindow::applySettings(const Settings &settings)
{
    m_settings = settings;
    Theme::apply(settings.theme);
    m_editor->setBaseFont(settings.editorFont);
    m_editor->setColumnWidth(settings.columnWidth);
    m_editor->setLineSpacing(settings.lineSpacing);
    m_editor->setFocusMode(settings.focusMode);
    m_editor->setTypewriterScrolling(settings.typewriterScrolling);
    m_guard->setAutosaveInterval(settings.autosaveSeconds);
    m_preview->setWordsPerMinute(settings.wordsPerMinute);
    m_spell->setEnabled(settings.checkSpelling);
    m_spell->setOptions({settings.skipAllCaps});
    m_spell->setDefaultLanguage(settings.spellingLanguage);
    if (!m_readerMode && m_previewAction) {
        m_previewAction->setChecked(settings.previewLayout == Settings::PreviewLayout::Beside);
        m_preview->setVisible(m_previewAction->isChecked());
    }
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

void MainWindow::showResult(const Core::RenderResult &result)
{
    m_status->setStats(result.stats);
    m_statistics->setStats(result.stats);
    m_outline->setOutline(result.outline);
    m_outline->followLine(m_editor->cursorLine());
    showDiagnostics(BannerUpdate::IfChanged);
}

void MainWindow::showDiagnostics(BannerUpdate update)
{
    const Core::Diagnostics all = m_fileDiagnostics + m_textDiagnostics;
    if (update == BannerUpdate::IfChanged && all == m_shownDiagnostics)
        return; // unchanged: a banner the user dismissed stays dismissed
    const bool barShowsDiagnostics = !m_shownDiagnostics.isEmpty();
    m_shownDiagnostics = all;
    if (all.isEmpty()) {
        if (update == BannerUpdate::Always && !m_spell->problemText().isEmpty())
            m_messageBar->showMessage(m_spell->problemText(), MessageBar::Level::Warning);
        else if (barShowsDiagnostics || update == BannerUpdate::Always) // other news on the bar stays
            m_messageBar->hide();
    } else {
        m_messageBar->showMessage(describe(all), levelOf(all));
    }
}

void MainWindow::rememberSession()
{
    QSettings store;
    store.setValue(QStringLiteral("window/geometry"), saveGeometry());
    store.setValue(QStringLiteral("window/state"), saveState());
    store.setValue(QStringLiteral("session/file"), m_path);
    store.setValue(QStringLiteral("session/library"), m_library->isVisible() ? m_library->folder() : QString());
    if (!m_path.isEmpty())
        Settings::setCursorPosition(m_path, m_editor->textCursor().position());
    m_settings.save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepChanges()) {
        event->ignore();
        return;
    }
    rememberSession();
    m_guard->setDocument(QString(), QString()); // nothing left unsaved to journal
    event->accept();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (isFullScreen() || m_readerMode)) {
        if (isFullScreen())
            setDistractionFree(false);
        else
            setReaderMode(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

} // namespace Byline::WidgetUi
