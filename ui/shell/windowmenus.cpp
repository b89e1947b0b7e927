#include "windowmenus.h"

#include "mainwindow.h"
#include "shellactions.h"
#include "viewmodes.h"

#include <ui/compare/comparecontroller.h>
#include <ui/compare/revisionversions.h>
#include <ui/document/documentcontroller.h>
#include <ui/editor/editoractions.h>
#include <ui/export/exportcontroller.h>
#include <ui/export/importcontroller.h>
#include <ui/library/librarycontroller.h>
#include <ui/review/reviewcontroller.h>
#include <ui/sharing/sharingcontroller.h>
#include <ui/spelling/spellingmenu.h>

#include <QDockWidget>
#include <QMenuBar>

namespace Byline::WidgetUi {

namespace {

// Puts `actions` into `menu` (a null entry is a separator) and into the window.
void place(QMenu *menu, const QList<QAction *> &actions, QWidget *window)
{
    for (QAction *action : actions) {
        if (!action) {
            menu->addSeparator();
            continue;
        }
        menu->addAction(action);
        window->addAction(action);
    }
}

} // namespace

void placeMenus(MainWindow &window, const ShellActions &shell)
{
    const MainWindow::Parts &p = window.parts();
    QMenuBar *bar = window.menuBar();
    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    place(file, p.document->fileActions(), &window);
    file->addSeparator();
    place(file, p.libraryController->fileActions(), &window);
    file->addSeparator();
    place(file, p.sharing->fileActions(), &window);
    file->addSeparator();
    place(file, p.compare->fileActions() + p.revisions->fileActions(), &window);
    file->addSeparator();
    place(file, p.exporting->fileActions() + QList<QAction *> {p.importing->action()}, &window);
    file->addSeparator();
    place(file, {p.document->closeAction(), shell.quit()}, &window);

    QMenu *edit = bar->addMenu(MainWindow::tr("&Edit"));
    QList<QAction *> clipboard = p.editing->clipboardActions();
    clipboard.insert(clipboard.indexOf(p.editing->copyAction()) + 1, p.exporting->copyAsRichTextAction());
    place(edit,
          clipboard + QList<QAction *> {nullptr} + p.editing->findActions() + QList<QAction *> {nullptr}
              + p.spellingMenu->editActions()
              + QList<QAction *> {nullptr, p.review->suggestAction(), nullptr, shell.preferences()},
          &window);

    place(bar->addMenu(MainWindow::tr("F&ormat")), p.editing->formatActions(), &window);
    place(bar->addMenu(MainWindow::tr("&Review")),
          p.review->reviewActions() + QList<QAction *> {nullptr, p.compare->suggestionsAction()}, &window);

    QMenu *view = bar->addMenu(MainWindow::tr("&View"));
    place(view, p.view->viewActions(), &window);
    for (const auto &[dock, text, key] :
         {std::tuple {p.outlineDock, MainWindow::tr("&Outline"), MainWindow::tr("Ctrl+Shift+U")},
          std::tuple {p.statisticsDock, MainWindow::tr("&Statistics"), MainWindow::tr("Ctrl+Shift+I")}}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(text);
        toggle->setShortcut(QKeySequence(key));
        place(view, {toggle}, &window);
    }
    view->addSeparator();
    place(view->addMenu(MainWindow::tr("Re&view Marks in Preview")), p.review->viewActions(), &window);
    view->addSeparator();
    place(view, p.editing->zoomActions(), &window);

    place(bar->addMenu(MainWindow::tr("&Help")), {shell.about()}, &window);
}

} // namespace Byline::WidgetUi
