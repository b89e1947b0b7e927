#include "articleactions.h"

#include "libraryservice.h"
#include "newarticledialog.h"

#include <article/articlefile.h>
#include <library/librarylocations.h>
#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/common/settingsstore.h>
#include <ui/document/documentcontroller.h>
#include <ui/document/revisionrecorder.h>
#include <ui/editor/markdowneditor.h>

#include <QActionGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QUrl>

#include <review/review.h>

namespace Byline::WidgetUi {

namespace {

constexpr int statusMessageMs = 4000;

void report(const ArticleActions::Done &done, bool ok)
{
    if (done)
        done(ok);
}

} // namespace

ArticleActions::ArticleActions(LibraryService &library, DocumentController &document, MarkdownEditor *editor,
                               Prompts &prompts, Notices &notices, SettingsStore &settings, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_document(document)
    , m_editor(editor)
    , m_prompts(prompts)
    , m_notices(notices)
    , m_settings(settings)
{ }

QString ArticleActions::libraryFolder() const
{
    return m_library.folder().isEmpty() ? Core::LibraryLocations::current() : m_library.folder();
}

void ArticleActions::showError(const QString &text)
{
    m_notices.banner(text, MessageBar::Level::Error);
    m_prompts.tell(Prompts::Tone::Warning, tr("Byline"), text);
}

void ArticleActions::afterSaving(const QString &path, const std::function<void()> &change, const Done &done)
{
    ArticleSession &session = m_document.session();
    if (path != session.path() || !session.isModified()) {
        change();
        return;
    }
    // The change (and the trash) gets the latest text, so nothing typed is left behind.
    saveThen(change, done);
}

void ArticleActions::saveThen(const std::function<void()> &next, const Done &done)
{
    m_document.save([next, done](bool saved) {
        if (saved)
            next();
        else
            report(done, false);
    });
}

void ArticleActions::createArticle(const QString &folder, const Core::NewArticle &article, const Done &done)
{
    m_document.whenChangesKept([this, folder, article, done] {
        const QString root = libraryFolder();
        const Core::FileChange change = Core::LibraryFiles::create(root, folder.isEmpty() ? root : folder, article);
        if (!change.ok) {
            showError(change.error);
            report(done, false);
            return;
        }
        if (m_library.folder().isEmpty())
            m_library.setFolder(root);
        m_library.refreshFiles({change.path});
        m_document.session().open(change.path, [this, root, path = change.path, done](bool opened) {
            if (opened) {
                m_editor->moveCursor(QTextCursor::End); // where the writing starts
                m_editor->setFocus();
                m_notices.showStatus(tr("Created %1").arg(QDir(root).relativeFilePath(path)), statusMessageMs);
            }
            report(done, opened);
        });
    });
}

bool ArticleActions::takeMove(const QString &path, const Core::FileChange &change)
{
    if (!change.ok) {
        showError(change.error);
        return false;
    }
    // Its revisions follow it, whether it is open or not.
    m_document.revisions().moved(path, change.path);
    ArticleSession &session = m_document.session();
    if (path == session.path()) {
        Settings::removeRecentFile(path);
        session.followMove(change.path);
        Settings::setCursorPosition(change.path, m_editor->textCursor().position());
        Settings::addRecentFile(change.path);
    }
    m_library.refreshFiles({path, change.path});
    return true;
}

void ArticleActions::renameArticle(const QString &path, const QString &newName, const Done &done)
{
    afterSaving(
        path,
        [this, path, newName, done] {
            const Core::FileChange change = Core::LibraryFiles::rename(path, newName);
            const bool ok = takeMove(path, change);
            if (ok)
                m_notices.showStatus(tr("Renamed to %1").arg(QFileInfo(change.path).fileName()), statusMessageMs);
            report(done, ok);
        },
        done);
}

void ArticleActions::moveArticle(const QString &path, const QString &subfolder, const Done &done)
{
    afterSaving(
        path,
        [this, path, subfolder, done] {
            const QString root = libraryFolder();
            const Core::FileChange change = Core::LibraryFiles::move(root, path, subfolder);
            const bool ok = takeMove(path, change);
            if (ok)
                m_notices.showStatus(tr("Moved to %1").arg(QDir(root).relativeFilePath(change.path)), statusMessageMs);
            report(done, ok);
        },
        done);
}

void ArticleActions::trashArticle(const QString &path, const Done &done)
{
    afterSaving(
        path,
        [this, path, done] {
            const Core::FileChange change = Core::LibraryFiles::moveToTrash(path);
            if (!change.ok) {
                showError(change.error);
                report(done, false);
                return;
            }
            Settings::removeRecentFile(path);
            if (path == m_document.session().path())
                m_document.session().startUntitled();
            m_library.refreshFiles({path});
            m_notices.showStatus(tr("Moved %1 to the trash").arg(QFileInfo(path).fileName()), statusMessageMs);
            report(done, true);
        },
        done);
}

void ArticleActions::setArticleStatus(const QString &path, const QString &status, const Done &done)
{
    if (!confirmStatusUnderReview(path, status)) {
        report(done, false);
        return;
    }
    const auto finish = [this, path, status, done] {
        m_library.refreshFiles({path});
        m_notices.showStatus(tr("%1 is now %2").arg(QFileInfo(path).fileName(), status), statusMessageMs);
        report(done, true);
    };
    ArticleSession &session = m_document.session();
    if (path != session.path()) {
        const Core::FileChange change = Core::LibraryFiles::setStatus(path, status);
        if (!change.ok) {
            showError(change.error);
            report(done, false);
            return;
        }
        finish();
        return;
    }
    // The open article: the change goes into the editor as one undo step, then to disk.
    ArticleSession::FrontMatterProblem problem = ArticleSession::FrontMatterProblem::None;
    if (!session.editFrontMatter(
            [&status](Core::FrontMatter &frontMatter) { frontMatter.setValue(QStringLiteral("status"), status); },
            &problem)) {
        showError(problem == ArticleSession::FrontMatterProblem::PlainText
                      ? tr("Cannot change the status of %1: a plain-text article has no front matter to hold a "
                           "status; save it as Markdown (.md) first.")
                            .arg(session.displayName())
                      : tr("Cannot change the status of %1: its front matter has an error or the file is read-only, "
                           "so Byline leaves it as it is.")
                            .arg(session.displayName()));
        report(done, false);
        return;
    }
    saveThen(finish, done);
}

bool ArticleActions::confirmStatusUnderReview(const QString &path, const QString &status)
{
    const QString lower = status.trimmed().toLower();
    if (lower != u"approved" && lower != u"published")
        return true;
    ArticleSession &session = m_document.session();
    const QString text = path == session.path() ? session.text() : Core::ArticleFile::load(path).text;
    const Core::Review review = Core::Review::read(text);
    const qsizetype changes = review.changeCount();
    const qsizetype threads = review.openThreadCount();
    if (changes == 0 && threads == 0)
        return true;
    const QString answer = m_prompts.ask(
        {Prompts::Tone::Warning,
         tr("Still Under Review"),
         tr("“%1” still has %2 and %3. Mark it %4 anyway?")
             .arg(QFileInfo(path).fileName(), tr("%n suggestions", nullptr, int(changes)),
                  tr("%n open comment threads", nullptr, int(threads)), lower),
         tr("Exports give the final text (every suggestion accepted, no comments) unless asked otherwise; accept or "
            "reject the suggestions from the Review menu first to be sure of what goes out."),
         {},
         {{QStringLiteral("set"), tr("Mark %1").arg(lower), Prompts::Role::Accept},
          {QStringLiteral("review"), tr("Open Review Panel"), Prompts::Role::Accept},
          {QStringLiteral("cancel"), tr("Cancel"), Prompts::Role::Reject}},
         QStringLiteral("cancel")});
    if (answer == QLatin1String("review")) {
        // The article open, with its changes and comments listed beside it; the status stays.
        if (path == session.path())
            Q_EMIT reviewWanted();
        else
            m_document.openArticle(path, [this](bool opened) {
                if (opened)
                    Q_EMIT reviewWanted();
            });
    }
    return answer == QLatin1String("set");
}

void ArticleActions::chooseNewArticle(const QString &folder)
{
    const QString root = libraryFolder();
    const Settings &settings = m_settings.settings();
    const QString author = settings.yourName();
    NewArticleDialog dialog(root, m_library.folders(), folder.isEmpty() ? root : folder, author, m_editor->window());
    if (!m_prompts.run(dialog))
        return;
    const Core::NewArticle article = dialog.article();
    if (article.author != settings.authorName) // the name typed is the user's name from now on
        m_settings.update([&article](Settings &changed) { changed.authorName = article.author; });
    createArticle(dialog.folder(), article);
}

void ArticleActions::chooseRename(const QString &path)
{
    const QFileInfo info(path);
    // Only the name is selected, as file managers do, so typing keeps the extension.
    const std::optional<QString> name
        = m_prompts.askText({tr("Rename Article"), tr("New name for %1:").arg(info.fileName()), info.fileName(),
                             tr("Rename"), int(info.completeBaseName().size())});
    if (name && *name != info.fileName())
        renameArticle(path, *name);
}

void ArticleActions::chooseMove(const QString &path)
{
    const QString root = libraryFolder();
    const QString top = tr("(top of the library)");
    QStringList folders = m_library.folders();
    folders.removeAll(QString());
    std::sort(folders.begin(), folders.end());
    folders.prepend(top);
    const QString here = QDir(root).relativeFilePath(QFileInfo(path).absolutePath());
    const std::optional<QString> chosen = m_prompts.askItem(
        {tr("Move Article"),
         tr("Move %1 to the folder (type a new name to create one):").arg(QFileInfo(path).fileName()), folders,
         std::max(0, int(folders.indexOf(here))), true});
    if (chosen)
        moveArticle(path, *chosen == top ? QString() : *chosen);
}

void ArticleActions::confirmTrash(const QString &path)
{
    const QString answer = m_prompts.ask({Prompts::Tone::Question,
                                          tr("Move to Trash"),
                                          tr("Move “%1” to the trash?").arg(QFileInfo(path).fileName()),
                                          tr("You can restore it from the desktop's trash."),
                                          {},
                                          {{QStringLiteral("trash"), tr("Move to Trash"), Prompts::Role::Destructive},
                                           {QStringLiteral("cancel"), tr("Cancel"), Prompts::Role::Reject}},
                                          QStringLiteral("cancel")});
    if (answer == QLatin1String("trash"))
        trashArticle(path);
}

void ArticleActions::addEntries(QMenu *menu, const QString &path)
{
    const QString folder = path.isEmpty() ? m_library.folder() : QFileInfo(path).absolutePath();
    if (!path.isEmpty()) {
        menu->addAction(tr("&Open"), this, [this, path] { m_document.openArticle(path); });
        menu->addSeparator();
    }
    menu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Article Here…"), this,
                    [this, folder] { chooseNewArticle(folder); });
    if (path.isEmpty())
        return;
    menu->addAction(tr("&Rename…"), this, [this, path] { chooseRename(path); });
    menu->addAction(tr("&Move to Folder…"), this, [this, path] { chooseMove(path); });

    // The workflow's statuses first, then any others the library uses; the article's own is checked.
    QMenu *statusMenu = menu->addMenu(tr("&Status"));
    const QString current = m_library.statusOf(path);
    const QStringList statuses = Core::LibraryFiles::workflowStatuses();
    QStringList others;
    for (const Core::ArticleSummary &article : m_library.articles()) {
        if (!article.status.isEmpty() && !statuses.contains(article.status) && !others.contains(article.status))
            others.append(article.status);
    }
    std::sort(others.begin(), others.end());
    auto *group = new QActionGroup(statusMenu);
    const auto addStatus = [&](const QString &status) {
        QAction *action = statusMenu->addAction(status, this, [this, path, status] { setArticleStatus(path, status); });
        action->setCheckable(true);
        action->setChecked(status == current);
        group->addAction(action);
    };
    for (const QString &status : statuses)
        addStatus(status);
    if (!others.isEmpty())
        statusMenu->addSeparator();
    for (const QString &status : std::as_const(others))
        addStatus(status);

    menu->addAction(tr("Show in &File Manager"), this,
                    [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
}

} // namespace Byline::WidgetUi
