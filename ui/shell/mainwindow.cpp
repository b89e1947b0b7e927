#include "mainwindow.h"

#include "deskservices.h"
#include "shellactions.h"
#include "viewmodes.h"
#include "windowmenus.h"

#include <safety/recoveryjournal.h>
#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/common/settings.h>
#include <ui/common/theme.h>
#include <ui/compare/comparecontroller.h>
#include <ui/compare/revisionversions.h>
#include <ui/document/documentcontroller.h>
#include <ui/document/documentguard.h>
#include <ui/document/revisionrecorder.h>
#include <ui/editor/editoractions.h>
#include <ui/editor/findbar.h>
#include <ui/editor/markdowneditor.h>
#include <ui/export/exportcontroller.h>
#include <ui/export/importcontroller.h>
#include <ui/library/librarycontroller.h>
#include <ui/library/librarypanel.h>
#include <ui/library/libraryservice.h>
#include <ui/panels/outlinepanel.h>
#include <ui/panels/panelscontroller.h>
#include <ui/panels/statisticspanel.h>
#include <ui/panels/statusindicators.h>
#include <ui/preview/previewpane.h>
#include <ui/preview/scrollsync.h>
#include <ui/review/reviewcontroller.h>
#include <ui/review/reviewpanel.h>
#include <ui/sharing/sharingcontroller.h>
#include <ui/spelling/languagebutton.h>
#include <ui/spelling/spellcontroller.h>
#include <ui/spelling/spellingmenu.h>

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include <sharing/githistory.h>

namespace Byline::WidgetUi {

namespace {

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

MainWindow::MainWindow(DeskServices &services, Prompts *prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    createParts(prompts);
    layOut();
    placeMenus(*this, *new ShellActions(services, *m_parts.prompts, this));
    connectParts();
    resize(1400, 860);
    const QSettings store;
    restoreGeometry(store.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(store.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    if (!services.journal()->isValid())
        m_parts.notices->banner(tr("Unsaved text cannot be journalled for recovery: %1. Check that the folder is "
                                   "writable; until then, save often.")
                                    .arg(services.journal()->errorString()),
                                MessageBar::Level::Warning);
}

MainWindow::~MainWindow()
{
    // The views go before the session whose document they show.
    delete takeCentralWidget();
}

void MainWindow::createParts(Prompts *prompts)
{
    if (!prompts) {
        m_ownPrompts = std::make_unique<WidgetPrompts>(this);
        prompts = m_ownPrompts.get();
    }
    Parts &p = m_parts;
    p.prompts = prompts;
    p.session = new ArticleSession(m_services.journal(), {}, this);
    p.messageBar = new MessageBar(this);
    p.notices = new Notices(p.messageBar, statusBar(), this);
    p.editor = new MarkdownEditor(*p.session, this);
    p.findBar = new FindBar(p.editor, this);
    p.preview = new PreviewPane(*p.session, this);
    p.library = new LibraryService(this);
    p.libraryPanel = new LibraryPanel(*p.library, this);
    p.outline = new OutlinePanel(this);
    p.statistics = new StatisticsPanel(this);
    p.indicators = new StatusIndicators(this);
    SettingsStore &settings = m_services.settings();
    p.document = new DocumentController(*p.session, *prompts, *p.notices, this);
    p.editing = new EditorActions(p.editor, p.findBar, *prompts, settings, this);
    p.libraryController = new LibraryController(*p.library, p.libraryPanel, *p.document, p.editor, *prompts, *p.notices,
                                                settings, this);
    p.exporting = new ExportController(
        p.editor, *prompts, *p.notices, [library = p.library] { return library->folder(); }, this, this);
    p.importing = new ImportController(
        *prompts, *p.notices, [library = p.library] { return library->folder(); },
        [this](const QString &path) { openPath(path); }, this);
    p.spelling = new SpellController(p.editor, m_services.spelling(), this);
    p.spellingMenu = new SpellingMenu(*p.spelling, *p.notices, this);
    p.languageButton = new LanguageButton(*p.spelling, *p.spellingMenu, this);
    new PanelsController(*p.session, p.editor, settings, p.outline, p.statistics, p.indicators, this);
    new ScrollSync(p.editor, p.preview, this);
    p.review = new ReviewController(*p.session, p.editor, *p.notices, *prompts, settings, this);
    p.compare = new CompareController(*p.session, *p.notices, *prompts, settings, this);
    p.revisions = new RevisionVersions(*p.compare, p.document->revisions(), *p.session, *prompts, *p.notices, this);
    p.sharing = new SharingController(*p.session, p.editor, *prompts, *p.notices, settings, this);
    // An article of a shared library lists its commits beside Byline's own revisions.
    p.document->revisions().setExtraHistory(
        [](const QString &path) -> std::unique_ptr<Core::HistorySource> { return Core::GitHistory::forFile(path); });
}

void MainWindow::layOut()
{
    m_editorColumn = new QWidget(this);
    auto *column = new QVBoxLayout(m_editorColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_parts.messageBar);
    column->addWidget(m_parts.editor, 1);
    column->addWidget(m_parts.findBar);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_parts.libraryPanel);
    m_splitter->addWidget(m_editorColumn);
    m_splitter->addWidget(m_parts.preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({220, 640, 640});
    setCentralWidget(m_splitter);
    m_parts.outlineDock = makeDock(tr("Outline"), QStringLiteral("outlineDock"), m_parts.outline, this);
    m_parts.statisticsDock = makeDock(tr("Statistics"), QStringLiteral("statisticsDock"), m_parts.statistics, this);
    m_parts.reviewDock = makeDock(tr("Review"), QStringLiteral("reviewDock"), m_parts.review->panel(), this);
    removeDockWidget(m_parts.reviewDock); // beside the text, where Word keeps its comments
    addDockWidget(Qt::RightDockWidgetArea, m_parts.reviewDock);
    m_parts.reviewDock->hide();
    m_parts.review->setPanelToggle(m_parts.reviewDock->toggleViewAction());
    statusBar()->addPermanentWidget(m_parts.sharing->statusButton());
    statusBar()->addPermanentWidget(m_parts.review->suggestingIndicator());
    statusBar()->addPermanentWidget(m_parts.review->counts());
    statusBar()->addPermanentWidget(m_parts.indicators);
    statusBar()->addPermanentWidget(m_parts.languageButton);
    m_parts.view = new ViewModes({this,
                                  m_splitter,
                                  m_parts.libraryPanel,
                                  m_editorColumn,
                                  m_parts.editor,
                                  m_parts.preview,
                                  {m_parts.outlineDock, m_parts.statisticsDock, m_parts.reviewDock}},
                                 m_services.settings(), *m_parts.notices, this);
}

void MainWindow::connectParts()
{
    const Parts &p = m_parts;
    connect(p.session, &ArticleSession::pathChanged, this, &MainWindow::updateTitle);
    connect(p.session, &ArticleSession::modificationChanged, this, &QWidget::setWindowModified);
    const auto showReview = [this] {
        m_parts.reviewDock->show();
        m_parts.reviewDock->raise();
    };
    connect(p.libraryController, &LibraryController::reviewWanted, this, showReview);
    connect(p.compare, &CompareController::reviewWanted, this, showReview);
    connect(p.sharing, &SharingController::reviewWanted, this, showReview);
    connect(p.libraryController, &LibraryController::libraryOpened, this,
            [this] { m_parts.view->libraryAction()->setChecked(true); });
    connect(p.library, &LibraryService::folderChanged, p.sharing, &SharingController::setLibrary);
    connect(p.library, &LibraryService::updated, p.sharing, [sharing = p.sharing] { sharing->refreshStatus(); });
    connect(p.sharing, &SharingController::marksChanged, p.libraryPanel, &LibraryPanel::setSyncMarks);
    connect(p.sharing, &SharingController::filesChanged, p.library, &LibraryService::refreshFiles);
    connect(p.sharing, &SharingController::libraryCloned, p.libraryController, &LibraryController::openFolder);
    connect(m_parts.statisticsDock, &QDockWidget::visibilityChanged, p.session,
            [session = p.session](bool shown) { session->renderer().setFullStatistics(shown); });
    p.libraryController->addMenuSection([exporting = p.exporting](QMenu *menu, const ArticleSelection &selection) {
        exporting->addLibraryEntries(menu, selection);
    });
    const auto applySettings = [this](const Settings &chosen) {
        Theme::apply(chosen.theme);
        m_parts.session->guard().setAutosaveInterval(chosen.autosaveSeconds);
        m_parts.spelling->apply(chosen);
    };
    connect(&m_services.settings(), &SettingsStore::changed, this, applySettings);
    applySettings(m_services.settings().settings());
}

void MainWindow::openPath(const QString &path) // NOLINT(readability-make-member-function-const)
{
    if (QFileInfo(path).isDir())
        m_parts.libraryController->openFolder(path);
    else
        m_parts.document->openArticle(path);
}

bool MainWindow::restoreLastSession() // NOLINT(readability-make-member-function-const)
{
    const bool library = m_parts.libraryController->restoreLastSession();
    const bool file = m_parts.document->restoreLastSession();
    return library || file;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Byline").arg(m_parts.session->displayName()));
    setWindowModified(m_parts.session->isModified());
}

void MainWindow::rememberSession()
{
    QSettings store;
    store.setValue(QStringLiteral("window/geometry"), saveGeometry());
    store.setValue(QStringLiteral("window/state"), saveState());
    m_parts.document->rememberSession();
    m_parts.libraryController->rememberSession(m_parts.libraryPanel->isVisible());
    if (!m_parts.session->isUntitled()) // the file opens there next time
        Settings::setCursorPosition(m_parts.session->path(), m_parts.editor->textCursor().position());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeApproved) {
        // A save the user asked for first closes the window once it is done.
        const auto closeLater = [this] {
            m_closeApproved = true;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        };
        if (m_parts.document->keepChanges(closeLater) != DocumentController::Kept::Now) {
            event->ignore();
            return;
        }
    }
    rememberSession();
    m_parts.session->guard().setDocument(QString(), QString()); // nothing left unsaved to journal
    event->accept();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_parts.view->leaveMode())
        return;
    QMainWindow::keyPressEvent(event);
}

} // namespace Byline::WidgetUi
