#pragma once

class QAction;
class QToolBar;
class QWidget;

namespace Byline::WidgetUi {

// The compare window's commands, with their keys and tooltips: the two layouts (Ctrl+1 and
// Ctrl+2, in this window only), Previous and Next Change (Alt+Up and Alt+Down as in Meld, or
// Ctrl+Alt+, and Ctrl+Alt+. as Review ▸ Previous and Next Change), Restore This Change, Restore
// This Version and Compare as Suggestions…, and for the keyboard Undo and Redo (in the article: a
// restore is undone from where it was made) and Close (Esc). Each is an action of the window, so
// its keys work wherever the focus is in it.
struct CompareActions
{
    explicit CompareActions(QWidget *window);

    // The layouts, Previous and Next, the restores and Compare as Suggestions, in groups.
    void fill(QToolBar *bar) const;

    QAction *inlineMode;
    QAction *sideBySide;
    QAction *previous;
    QAction *next;
    QAction *restoreChange;
    QAction *restoreVersion;
    QAction *suggestions;
    QAction *undo;
    QAction *redo;
    QAction *close;
};

} // namespace Byline::WidgetUi
