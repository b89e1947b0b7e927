// MainWindow: menus, shortcuts and the view modes (reader, distraction-free full screen).
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <library/librarylocations.h>
#include <library/librarypanel.h>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

#include <document/documentguard.h>
#include <editor/findbar.h>
#include <editor/markdowneditor.h>
#include <preview/previewpane.h>
#include <spelling/spellcontroller.h>

namespace Byline::WidgetUi {

namespace {

constexpr int readerMeasurePixels = 720;

QAction *addCheckable(QMenu *menu, const QString &text, const QKeySequence &shortcut, bool checked)
{
    QAction *action = menu->addAction(text);
    action->setCheckable(true);
    action->setChecked(checked);
    action->setShortcut(shortcut);
    return action;
}

// The platform's keys for a standard action, or `fallback` where the platform defines none
// (Quit and Preferences have none outside some desktops).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys.append(fallback);
    return keys;
}

} // namespace

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createFormatMenu();
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Byline"), this, [this] {
        QMessageBox::about(this, tr("About Byline"),
                           tr("<h3>Byline %1</h3><p>A writing desk for columnists and their editors.</p>"
                              "<p>Free software under the GNU General Public License, version 3 or later.</p>"
                              "<p><small>Qt %2, cmark, Hunspell, SQLite</small></p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (maybeKeepChanges())
            newDocument();
    });
    file->addAction(tr("New Article in &Library…"), QKeySequence(tr("Ctrl+Shift+N")), this,
                    [this] { chooseNewArticle(); });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFileToOpen);
    file->addAction(tr("Open &Folder as Library…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::chooseFolderToOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    m_recentLibrariesMenu = file->addMenu(tr("Recent Li&braries"));
    // Listed when shown: a library may have gone since.
    connect(m_recentLibrariesMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentLibrariesMenu);
    updateRecentLibrariesMenu();
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::chooseSaveAs);
    file->addSeparator();
    file->addAction(tr("&Export…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::chooseExport);
    m_reexportAction = file->addAction(tr("Re-e&xport"), QKeySequence(tr("Ctrl+Shift+E")), this, &MainWindow::reexport);
    // Names the file it will write, looked up when the menu opens.
    connect(file, &QMenu::aboutToShow, this, [this] {
        const QString target = reexportTarget();
        m_reexportAction->setText(target.isEmpty() ? tr("Re-e&xport")
                                                   : tr("Re-e&xport to %1").arg(QFileInfo(target).fileName()));
    });
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeDocument);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(tr("Ctrl+Q"))));
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = Settings::recentFiles();
    int number = 1;
    for (const QString &path : recent) {
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label, this, [this, path] {
            if (!QFileInfo(path).isFile()) {
                Settings::removeRecentFile(path);
                updateRecentMenu();
                QMessageBox::information(this, tr("Open Recent"), tr("%1 no longer exists.").arg(path));
                return;
            }
            if (maybeKeepChanges())
                openFile(path);
        });
        action->setToolTip(path);
        ++number;
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateRecentLibrariesMenu()
{
    m_recentLibrariesMenu->clear();
    const QStringList libraries = Core::LibraryLocations::recent();
    int number = 1;
    for (const QString &folder : libraries) {
        const QString name = QDir(folder).dirName();
        QAction *action = m_recentLibrariesMenu->addAction(
            number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name, this, [this, folder] {
                if (folder != m_library->folder() && maybeKeepChanges())
                    openFolder(folder);
            });
        action->setToolTip(QDir::toNativeSeparators(folder));
        action->setCheckable(true);
        action->setChecked(folder == m_library->folder());
        ++number;
    }
    m_recentLibrariesMenu->setToolTipsVisible(true);
    m_recentLibrariesMenu->setEnabled(!libraries.isEmpty());
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QPlainTextEdit::redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, m_editor, &QPlainTextEdit::cut);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_editor, &QPlainTextEdit::copy);
    edit->addAction(tr("Copy as &Rich Text"), QKeySequence(tr("Ctrl+Shift+C")), this, &MainWindow::copyAsRichText);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, m_editor, &QPlainTextEdit::paste);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, m_editor, &QPlainTextEdit::selectAll);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_findBar, &FindBar::showFind);
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, m_findBar, &FindBar::findNext);
    edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_findBar, &FindBar::findPrevious);
    edit->addAction(tr("&Replace…"), QKeySequence::Replace, m_findBar, &FindBar::showReplace);
    // Not Ctrl+G: that is Find Next on several desktops, and an ambiguous shortcut does nothing.
    edit->addAction(tr("&Go to Line…"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::goToLine);
    edit->addSeparator();
    edit->addAction(tr("Check &Spelling"), QKeySequence(Qt::Key_F7), m_spell, &SpellController::checkNext);
    QMenu *languages = edit->addMenu(tr("Spelling &Language"));
    connect(languages, &QMenu::aboutToShow, this, [this, languages] { m_spell->fillLanguageMenu(languages); });
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::choosePreferences);
    preferences->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(tr("Ctrl+,"))));
}

void MainWindow::createFormatMenu()
{
    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addAction(tr("&Bold"), QKeySequence::Bold, m_editor, &MarkdownEditor::toggleStrong);
    format->addAction(tr("&Italic"), QKeySequence::Italic, m_editor, &MarkdownEditor::toggleEmphasis);
    format->addAction(tr("&Link"), QKeySequence(tr("Ctrl+K")), m_editor, &MarkdownEditor::insertLink);
    format->addSeparator();
    QMenu *heading = format->addMenu(tr("&Heading"));
    for (int level = 1; level <= 6; ++level) {
        heading->addAction(tr("Heading &%1").arg(level), QKeySequence(tr("Ctrl+%1").arg(level)), m_editor,
                           [this, level] { m_editor->setHeadingLevel(level); });
    }
    heading->addAction(tr("&Paragraph"), QKeySequence(tr("Ctrl+Alt+0")), m_editor,
                       [this] { m_editor->setHeadingLevel(0); });
    format->addAction(tr("&Quote"), QKeySequence(tr("Ctrl+Alt+Q")), m_editor, &MarkdownEditor::toggleQuote);
    format->addAction(tr("Bulleted Li&st"), QKeySequence(tr("Ctrl+Alt+U")), m_editor,
                      [this] { m_editor->toggleList(false); });
    format->addAction(tr("&Numbered List"), QKeySequence(tr("Ctrl+Alt+O")), m_editor,
                      [this] { m_editor->toggleList(true); });
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_previewAction = addCheckable(view, tr("&Preview"), QKeySequence(tr("Ctrl+Shift+P")),
                                   m_settings.previewLayout == Settings::PreviewLayout::Beside);
    connect(m_previewAction, &QAction::toggled, this, [this](bool on) {
        m_preview->setVisible(on);
        m_settings.previewLayout = on ? Settings::PreviewLayout::Beside : Settings::PreviewLayout::Hidden;
    });
    m_readerAction = addCheckable(view, tr("&Reader Mode"), QKeySequence(tr("Ctrl+Shift+R")), false);
    connect(m_readerAction, &QAction::toggled, this, &MainWindow::setReaderMode);
    // F11 rather than QKeySequence::FullScreen, which is Ctrl+Shift+F (focus mode) on some desktops.
    m_fullScreenAction = addCheckable(view, tr("Distraction-&Free"), QKeySequence(Qt::Key_F11), false);
    connect(m_fullScreenAction, &QAction::toggled, this, &MainWindow::setDistractionFree);
    view->addSeparator();
    QAction *focus = addCheckable(view, tr("&Focus Mode"), QKeySequence(tr("Ctrl+Shift+F")), m_settings.focusMode);
    connect(focus, &QAction::toggled, this, [this](bool on) {
        m_editor->setFocusMode(on);
        m_settings.focusMode = on;
    });
    QAction *typewriter = addCheckable(view, tr("&Typewriter Scrolling"), QKeySequence(tr("Ctrl+Shift+T")),
                                       m_settings.typewriterScrolling);
    connect(typewriter, &QAction::toggled, this, [this](bool on) {
        m_editor->setTypewriterScrolling(on);
        m_settings.typewriterScrolling = on;
    });
    view->addSeparator();
    m_libraryAction = addCheckable(view, tr("&Library"), QKeySequence(tr("Ctrl+Shift+L")), false);
    connect(m_libraryAction, &QAction::toggled, m_library, &QWidget::setVisible);
    QAction *outline = m_outlineDock->toggleViewAction();
    outline->setText(tr("&Outline"));
    outline->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    view->addAction(outline);
    QAction *statistics = m_statisticsDock->toggleViewAction();
    statistics->setText(tr("&Statistics"));
    statistics->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    view->addAction(statistics);
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_editor, [this] { m_editor->zoomBy(1); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_editor, [this] { m_editor->zoomBy(-1); });
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), m_editor, &MarkdownEditor::resetZoom);
}

void MainWindow::choosePreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings(dialog.settings());
    m_settings.save();
}

void MainWindow::goToLine()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("&Line (1–%1):").arg(m_editor->blockCount()),
                                          m_editor->cursorLine(), 1, m_editor->blockCount(), 1, &ok);
    if (ok)
        m_editor->goToLine(line);
}

void MainWindow::setReaderMode(bool on)
{
    if (on == m_readerMode)
        return;
    m_readerMode = on;
    if (m_readerAction && m_readerAction->isChecked() != on)
        m_readerAction->setChecked(on);
    if (on) {
        m_layoutBeforeMode = m_splitter->saveState();
        m_visibleBeforeMode = {m_library->isVisible(), m_preview->isVisible()};
        m_library->hide();
        m_editorColumn->hide();
        m_preview->show();
        m_preview->setMeasure(readerMeasurePixels);
        m_preview->setFocus();
        statusBar()->showMessage(tr("Reader mode: Esc or Ctrl+Shift+R returns to the text"), 4000);
    } else {
        m_editorColumn->show();
        m_preview->setMeasure(0);
        m_splitter->restoreState(m_layoutBeforeMode);
        if (m_visibleBeforeMode.size() == 2) {
            m_library->setVisible(m_visibleBeforeMode.at(0));
            m_preview->setVisible(m_visibleBeforeMode.at(1) && (!m_previewAction || m_previewAction->isChecked()));
        }
        m_editor->setFocus();
    }
}

void MainWindow::setDistractionFree(bool on)
{
    if (m_fullScreenAction && m_fullScreenAction->isChecked() != on)
        m_fullScreenAction->setChecked(on);
    if (on == isFullScreen())
        return;
    if (on) {
        m_visibleBeforeMode = {m_library->isVisible(), m_preview->isVisible()};
        m_library->hide();
        m_preview->hide();
        m_outlineDock->hide();
        m_statisticsDock->hide();
        menuBar()->hide();
        statusBar()->hide();
        showFullScreen();
        m_editor->setFocus();
    } else {
        showNormal();
        menuBar()->show();
        statusBar()->show();
        if (m_visibleBeforeMode.size() == 2) {
            m_library->setVisible(m_visibleBeforeMode.at(0));
            m_preview->setVisible(m_visibleBeforeMode.at(1));
        }
    }
}

} // namespace Byline::WidgetUi
