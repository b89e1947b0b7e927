// MainWindow: the library — opening one, new articles, rename, move, trash, status.
#include "mainwindow.h"

#include <library/librarylocations.h>
#include <library/librarypanel.h>
#include <library/newarticledialog.h>
#include <library/samplelibrary.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <common/messagebar.h>
#include <document/documentguard.h>
#include <editor/markdowneditor.h>
#include <preview/previewpane.h>

namespace Byline::WidgetUi {

namespace {
constexpr int statusMessageMs = 4000;
}

void MainWindow::connectLibrary()
{
    connect(m_library, &LibraryPanel::newArticleRequested, this, &MainWindow::chooseNewArticle);
    connect(m_library, &LibraryPanel::renameRequested, this, &MainWindow::chooseRename);
    connect(m_library, &LibraryPanel::moveRequested, this, &MainWindow::chooseMove);
    connect(m_library, &LibraryPanel::trashRequested, this, &MainWindow::confirmTrash);
    connect(m_library, &LibraryPanel::statusRequested, this, &MainWindow::setArticleStatus);
    connect(m_library, &LibraryPanel::exportRequested, this, &MainWindow::chooseExportOf);
    // A library opened by the user shows its first article as soon as the articles are listed.
    connect(m_library, &LibraryPanel::articlesListed, this, [this] {
        const QStringList files = m_library->files();
        if (!m_openFirstArticle || files.isEmpty())
            return;
        m_openFirstArticle = false;
        openFile(files.constFirst());
    });
    connect(m_library, &LibraryPanel::indexUpdated, this, [this] {
        if (!m_openFirstArticle)
            return;
        m_openFirstArticle = false;
        m_messageBar->showMessage(
            tr("%1 holds no Markdown or text articles yet.").arg(QDir::toNativeSeparators(m_library->folder())),
            MessageBar::Level::Info);
    });
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
    Core::LibraryLocations::setCurrent(folder);
    m_library->setFolder(folder);
    if (m_recentLibrariesMenu)
        updateRecentLibrariesMenu();
    m_library->show();
    if (m_libraryAction)
        m_libraryAction->setChecked(true);
    m_openFirstArticle = true; // once listed
}

QString MainWindow::libraryFolder() const
{
    return m_library->folder().isEmpty() ? Core::LibraryLocations::current() : m_library->folder();
}

bool MainWindow::saveBeforeChanging(const QString &path)
{
    if (path != m_path || !m_editor->document()->isModified())
        return true;
    return saveInPlace(true);
}

void MainWindow::followMove(const QString &path)
{
    const int cursor = m_editor->textCursor().position();
    Settings::removeRecentFile(m_path);
    m_path = path;
    m_guard->setDocument(path, Core::RecoveryJournal::idForPath(path));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_guard->setDiskContents(file.readAll());
    m_preview->setBaseDirectory(QFileInfo(path).dir());
    Settings::setCursorPosition(path, cursor);
    Settings::addRecentFile(path);
    updateRecentMenu();
    updateTitle();
}

bool MainWindow::createArticle(const QString &folder, const Core::NewArticle &article)
{
    if (!maybeKeepChanges())
        return false;
    const QString root = libraryFolder();
    const Core::FileChange change = Core::LibraryFiles::create(root, folder.isEmpty() ? root : folder, article);
    if (!change.ok) {
        showError(change.error);
        return false;
    }
    if (m_library->folder().isEmpty())
        m_library->setFolder(root);
    m_library->refreshFiles({change.path});
    if (!openFile(change.path))
        return false;
    m_editor->moveCursor(QTextCursor::End); // where the writing starts
    m_editor->setFocus();
    statusBar()->showMessage(tr("Created %1").arg(QDir(root).relativeFilePath(change.path)), statusMessageMs);
    return true;
}

bool MainWindow::takeMove(const QString &path, const Core::FileChange &change)
{
    if (!change.ok) {
        showError(change.error);
        return false;
    }
    if (path == m_path)
        followMove(change.path);
    m_library->refreshFiles({path, change.path});
    return true;
}

bool MainWindow::renameArticle(const QString &path, const QString &newName)
{
    if (!saveBeforeChanging(path))
        return false;
    const Core::FileChange change = Core::LibraryFiles::rename(path, newName);
    if (!takeMove(path, change))
        return false;
    statusBar()->showMessage(tr("Renamed to %1").arg(QFileInfo(change.path).fileName()), statusMessageMs);
    return true;
}

bool MainWindow::moveArticle(const QString &path, const QString &subfolder)
{
    if (!saveBeforeChanging(path))
        return false;
    const QString root = libraryFolder();
    const Core::FileChange change = Core::LibraryFiles::move(root, path, subfolder);
    if (!takeMove(path, change))
        return false;
    statusBar()->showMessage(tr("Moved to %1").arg(QDir(root).relativeFilePath(change.path)), statusMessageMs);
    return true;
}

bool MainWindow::trashArticle(const QString &path)
{
    // The trash gets the latest text, so restoring it restores everything.
    if (!saveBeforeChanging(path))
        return false;
    const Core::FileChange change = Core::LibraryFiles::moveToTrash(path);
    if (!change.ok) {
        showError(change.error);
        return false;
    }
    Settings::removeRecentFile(path);
    updateRecentMenu();
    if (path == m_path)
        newDocument();
    m_library->refreshFiles({path});
    statusBar()->showMessage(tr("Moved %1 to the trash").arg(QFileInfo(path).fileName()), statusMessageMs);
    return true;
}

bool MainWindow::setArticleStatus(const QString &path, const QString &status)
{
    if (path == m_path) {
        // The open article: the change goes into the editor as one undo step, then to disk.
        if (!editFrontMatter(
                [&status](Core::FrontMatter &frontMatter) { frontMatter.setValue(QStringLiteral("status"), status); }))
            return false;
        if (!saveInPlace(true))
            return false;
    } else {
        const Core::FileChange change = Core::LibraryFiles::setStatus(path, status);
        if (!change.ok) {
            showError(change.error);
            return false;
        }
    }
    m_library->refreshFiles({path});
    statusBar()->showMessage(tr("%1 is now %2").arg(QFileInfo(path).fileName(), status), statusMessageMs);
    return true;
}

void MainWindow::chooseNewArticle(const QString &folder)
{
    const QString root = libraryFolder();
    const QString author = m_settings.authorName.isEmpty() ? NewArticleDialog::accountName() : m_settings.authorName;
    NewArticleDialog dialog(root, m_library->folders(), folder.isEmpty() ? root : folder, author, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::NewArticle article = dialog.article();
    if (article.author != m_settings.authorName) {
        // The name typed is the user's name from now on.
        m_settings.authorName = article.author;
        m_settings.save();
    }
    createArticle(dialog.folder(), article);
}

void MainWindow::chooseRename(const QString &path)
{
    const QFileInfo info(path);
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Rename Article"));
    dialog.setLabelText(tr("New name for %1:").arg(info.fileName()));
    dialog.setTextValue(info.fileName());
    dialog.setOkButtonText(tr("Rename"));
    // Only the name is selected, as file managers do, so typing keeps the extension.
    if (auto *edit = dialog.findChild<QLineEdit *>())
        QMetaObject::invokeMethod(
            edit, [edit, length = int(info.completeBaseName().size())] { edit->setSelection(0, length); },
            Qt::QueuedConnection);
    if (dialog.exec() == QDialog::Accepted && dialog.textValue() != info.fileName())
        renameArticle(path, dialog.textValue());
}

void MainWindow::chooseMove(const QString &path)
{
    const QString root = libraryFolder();
    const QString top = tr("(top of the library)");
    QStringList folders = m_library->folders();
    folders.removeAll(QString());
    std::sort(folders.begin(), folders.end());
    folders.prepend(top);
    const QString here = QDir(root).relativeFilePath(QFileInfo(path).absolutePath());
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Move Article"),
        tr("Move %1 to the folder (type a new name to create one):").arg(QFileInfo(path).fileName()), folders,
        std::max(0, int(folders.indexOf(here))), true, &ok);
    if (ok)
        moveArticle(path, chosen == top ? QString() : chosen);
}

void MainWindow::confirmTrash(const QString &path)
{
    QMessageBox box(QMessageBox::Question, tr("Move to Trash"),
                    tr("Move “%1” to the trash?").arg(QFileInfo(path).fileName()), QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can restore it from the desktop's trash."));
    QPushButton *trash = box.addButton(tr("Move to Trash"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == trash)
        trashArticle(path);
}

} // namespace Byline::WidgetUi
