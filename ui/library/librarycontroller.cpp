#include "librarycontroller.h"

#include "articleactions.h"
#include "librarypanel.h"
#include "libraryservice.h"

#include <library/librarylocations.h>
#include <library/samplelibrary.h>
#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/document/documentcontroller.h>
#include <ui/editor/markdowneditor.h>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Byline::WidgetUi {

namespace {

const QString sessionLibraryKey = QStringLiteral("session/library");

} // namespace

LibraryController::LibraryController(LibraryService &library, LibraryPanel *panel, DocumentController &document,
                                     MarkdownEditor *editor, Prompts &prompts, Notices &notices,
                                     SettingsStore &settings, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_panel(panel)
    , m_document(document)
    , m_editor(editor)
    , m_prompts(prompts)
    , m_notices(notices)
    , m_articles(new ArticleActions(library, document, editor, prompts, notices, settings, this))
    , m_newArticle(new QAction(tr("New Article in &Library…"), this))
    , m_openFolder(new QAction(tr("Open &Folder as Library…"), this))
    , m_recentLibraries(std::make_unique<QMenu>(tr("Recent Li&braries")))
{
    m_newArticle->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(m_newArticle, &QAction::triggered, this, [this] { m_articles->chooseNewArticle(); });
    connect(m_openFolder, &QAction::triggered, this, &LibraryController::chooseFolderToOpen);
    // Listed when shown: a library may have gone since.
    connect(m_recentLibraries.get(), &QMenu::aboutToShow, this, &LibraryController::updateRecentLibraries);
    updateRecentLibraries();

    ArticleSession &session = document.session();
    connect(panel, &LibraryPanel::fileActivated, this, [this, &session](const QString &path) {
        m_document.openArticle(path, [this, &session](bool opened) {
            if (!opened) // the user kept the article open: so does the list
                m_panel->selectFile(session.path());
        });
    });
    connect(panel, &LibraryPanel::matchActivated, this, [this](const QString &path, const QString &word) {
        m_document.openArticle(path, [this, word](bool opened) {
            if (opened)
                m_editor->revealWord(word, m_document.session().article().bodyFirstLine());
        });
    });
    connect(panel, &LibraryPanel::newArticleRequested, m_articles, &ArticleActions::chooseNewArticle);
    connect(m_articles, &ArticleActions::reviewWanted, this, &LibraryController::reviewWanted);
    connect(panel, &LibraryPanel::contextMenuRequested, this,
            [this](const ArticleSelection &selection, const QPoint &where) {
                contextMenu(selection, m_panel)->popup(where);
            });
    connect(&session, &ArticleSession::opened, panel, &LibraryPanel::selectFile);
    connect(panel, &LibraryPanel::articlesListed, this, &LibraryController::openFirstArticle);
    connect(&library, &LibraryService::updated, this, [this] {
        if (!std::exchange(m_openFirstArticle, false))
            return;
        m_notices.banner(
            tr("%1 holds no Markdown or text articles yet.").arg(QDir::toNativeSeparators(m_library.folder())),
            MessageBar::Level::Info);
    });
    connect(&library, &LibraryService::folderChanged, &document, &DocumentController::setDefaultFolder);
}

LibraryController::~LibraryController() = default;

QList<QAction *> LibraryController::fileActions() const
{
    return {m_newArticle, m_openFolder, m_recentLibraries->menuAction()};
}

void LibraryController::openFolder(const QString &folder)
{
    Core::LibraryLocations::setCurrent(folder);
    m_library.setFolder(folder);
    m_openFirstArticle = true; // once listed
    Q_EMIT libraryOpened(m_library.folder());
}

void LibraryController::openFirstArticle()
{
    const QStringList files = m_panel->files();
    if (!m_openFirstArticle || files.isEmpty())
        return;
    m_openFirstArticle = false;
    m_document.openArticle(files.constFirst());
}

void LibraryController::openSampleLibrary()
{
    QString error;
    const QString folder = Core::SampleLibrary::ensureInstalled(&error);
    if (folder.isEmpty()) {
        m_notices.banner(error, MessageBar::Level::Error);
        m_prompts.tell(Prompts::Tone::Warning, tr("Byline"), error);
        return;
    }
    openFolder(folder);
}

void LibraryController::chooseFolderToOpen()
{
    m_document.whenChangesKept([this] {
        const QString folder = m_prompts.askFile(
            {Prompts::FileRequest::Mode::Folder, tr("Open Library Folder"), m_library.folder(), {}});
        if (!folder.isEmpty())
            openFolder(folder);
    });
}

bool LibraryController::restoreLastSession()
{
    const QString library = QSettings().value(sessionLibraryKey).toString();
    if (library.isEmpty() || !QFileInfo(library).isDir())
        return false;
    m_library.setFolder(library);
    Q_EMIT libraryOpened(m_library.folder());
    return true;
}

void LibraryController::rememberSession(bool shown) const
{
    QSettings().setValue(sessionLibraryKey, shown ? m_library.folder() : QString());
}

void LibraryController::addMenuSection(MenuSection section)
{
    m_sections.append(std::move(section));
}

QMenu *LibraryController::contextMenu(const ArticleSelection &selection, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_articles->addEntries(menu, selection.clicked);
    for (const MenuSection &section : std::as_const(m_sections)) {
        menu->addSeparator();
        section(menu, selection);
    }
    if (!selection.clicked.isEmpty()) {
        menu->addSeparator();
        menu->addAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("Move to &Trash…"), this,
                        [this, path = selection.clicked] { m_articles->confirmTrash(path); });
    }
    return menu;
}

void LibraryController::updateRecentLibraries()
{
    m_recentLibraries->clear();
    const QStringList libraries = Core::LibraryLocations::recent();
    int number = 1;
    for (const QString &folder : libraries) {
        const QString name = QDir(folder).dirName();
        QAction *action = m_recentLibraries->addAction(
            number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name, this, [this, folder] {
                if (folder != m_library.folder())
                    m_document.whenChangesKept([this, folder] { openFolder(folder); });
            });
        action->setToolTip(QDir::toNativeSeparators(folder));
        action->setCheckable(true);
        action->setChecked(folder == m_library.folder());
        ++number;
    }
    m_recentLibraries->setToolTipsVisible(true);
    m_recentLibraries->setEnabled(!libraries.isEmpty());
}

} // namespace Byline::WidgetUi
