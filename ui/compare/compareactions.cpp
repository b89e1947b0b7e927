#include "compareactions.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QToolBar>
#include <QWidget>

namespace Byline::WidgetUi {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::WidgetUi::CompareActions)
};

QAction *make(QWidget *window, const QString &text, const QString &name, const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(text, window);
    action->setObjectName(name);
    action->setShortcuts(keys);
    window->addAction(action);
    return action;
}

} // namespace

CompareActions::CompareActions(QWidget *window)
    : inlineMode(
        make(window, Text::tr("&Inline"), QStringLiteral("compareInlineMode"), {QKeySequence(Text::tr("Ctrl+1"))}))
    , sideBySide(make(window, Text::tr("&Side by Side"), QStringLiteral("compareSideBySideMode"),
                      {QKeySequence(Text::tr("Ctrl+2"))}))
    , previous(make(window, Text::tr("&Previous Change"), QStringLiteral("comparePrevious"),
                    {QKeySequence(Text::tr("Alt+Up")), QKeySequence(Text::tr("Ctrl+Alt+,"))}))
    , next(make(window, Text::tr("&Next Change"), QStringLiteral("compareNext"),
                {QKeySequence(Text::tr("Alt+Down")), QKeySequence(Text::tr("Ctrl+Alt+."))}))
    , restoreChange(make(window, Text::tr("&Restore This Change"), QStringLiteral("compareRestoreChange")))
    , restoreVersion(make(window, Text::tr("Restore This &Version"), QStringLiteral("compareRestoreVersion")))
    , suggestions(make(window, Text::tr("Compare as S&uggestions…"), QStringLiteral("compareAsSuggestions")))
    , undo(make(window, Text::tr("Undo"), QStringLiteral("compareUndo"), QKeySequence::keyBindings(QKeySequence::Undo)))
    , redo(make(window, Text::tr("Redo"), QStringLiteral("compareRedo"), QKeySequence::keyBindings(QKeySequence::Redo)))
    , close(make(window, Text::tr("Close"), QStringLiteral("compareClose"),
                 {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)}))
{
    auto *modes = new QActionGroup(window);
    for (QAction *mode : {inlineMode, sideBySide}) {
        mode->setCheckable(true);
        modes->addAction(mode);
    }
    inlineMode->setChecked(true);
    inlineMode->setToolTip(
        Text::tr("One text: deleted words struck through in red, added words underlined in green (Ctrl+1)"));
    sideBySide->setToolTip(Text::tr("The old version on the left, the new on the right, scrolling together (Ctrl+2)"));
    previous->setToolTip(Text::tr("Go to the previous change (Alt+Up)"));
    next->setToolTip(Text::tr("Go to the next change (Alt+Down)"));
    restoreChange->setToolTip(Text::tr("Put this change back as it was in the other version: one edit of the "
                                       "current text, undone with Ctrl+Z"));
    restoreVersion->setToolTip(
        Text::tr("Make the current text the other version, whole: one edit, undone with Ctrl+Z"));
    suggestions->setToolTip(Text::tr("Turn the difference into suggestions in the current text, signed with a "
                                     "reviewer's name, to walk in the review panel"));
}

void CompareActions::fill(QToolBar *bar) const
{
    bar->addActions({inlineMode, sideBySide});
    bar->addSeparator();
    bar->addActions({previous, next});
    bar->addSeparator();
    bar->addActions({restoreChange, restoreVersion});
    bar->addSeparator();
    bar->addAction(suggestions);
}

} // namespace Byline::WidgetUi
