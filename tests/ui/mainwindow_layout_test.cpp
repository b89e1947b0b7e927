#include "testdesk.h"
#include "testfiles.h"

#include <ui/common/messagebar.h>
#include <ui/common/settingsstore.h>
#include <ui/document/documentcontroller.h>
#include <ui/editor/editoractions.h>
#include <ui/editor/findbar.h>
#include <ui/editor/markdowneditor.h>
#include <ui/export/exportcontroller.h>
#include <ui/library/librarycontroller.h>
#include <ui/library/librarypanel.h>
#include <ui/panels/outlinepanel.h>
#include <ui/panels/statisticspanel.h>
#include <ui/panels/statusindicators.h>
#include <ui/preview/previewpane.h>
#include <ui/review/reviewcontroller.h>
#include <ui/shell/viewmodes.h>
#include <ui/spelling/languagebutton.h>
#include <ui/spelling/spellingmenu.h>

#include <QDockWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Byline::WidgetUi;

namespace {

QMenu *menuTitled(const QMenuBar *bar, const QString &title)
{
    for (QAction *action : bar->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}

// What is wrong with how `actions` are placed in `menu`: each of them there, in this order, and in
// the window too (so its shortcut works with the menu bar hidden). Empty when nothing is.
QString misplaced(const QMenu *menu, const QList<QAction *> &actions, const QWidget *window)
{
    QStringList problems;
    qsizetype previous = -1;
    for (const QAction *action : actions) {
        if (!action)
            continue; // a separator
        const qsizetype at = menu->actions().indexOf(action);
        if (at < 0)
            problems.append(action->text() + QLatin1String(" is not in ") + menu->title());
        else if (at <= previous)
            problems.append(action->text() + QLatin1String(" is out of order in ") + menu->title());
        else
            previous = at;
        if (!window->actions().contains(action))
            problems.append(action->text() + QLatin1String(" is not in the window"));
    }
    return problems.join(QLatin1String("; "));
}

} // namespace

// How the window lays out and hosts the features: where each sits, its menus and shortcuts, the
// view modes, the docks and the theme. The features are tested on their own; the window over the
// article it shows, in mainwindow_session_test.
class MainWindowLayoutTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layout_showsTheTextBesideItsPreview();
    void menus_placeEveryFeaturesActions();
    void shortcuts_areUniqueAndMenusHaveMnemonics();
    void readerMode_showsThePreviewAloneAndComesBack();
    void distractionFree_showsTheTextAloneAndEscLeavesIt();
    void outlineDock_jumpsAndFollowsTheCursor();
    void statisticsDock_showsFullStatisticsWhenOpen();
    void darkTheme_restylesEditorPreviewAndWindow();

private:
    QTemporaryDir m_home;
};

void MainWindowLayoutTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-mainwindow-layout-test"));
}

void MainWindowLayoutTest::layout_showsTheTextBesideItsPreview()
{
    TestWindow desk;
    const MainWindow::Parts &parts = desk.parts();
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QVERIFY(desk.open(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));

    // The library (hidden until one is opened), the text with its banner and find bar, the preview.
    auto *splitter = qobject_cast<QSplitter *>(desk.window.centralWidget());
    QVERIFY(splitter);
    QCOMPARE(splitter->count(), 3);
    QCOMPARE(splitter->widget(0), parts.libraryPanel);
    QVERIFY(splitter->widget(1)->isAncestorOf(parts.editor));
    QVERIFY(splitter->widget(1)->isAncestorOf(parts.messageBar));
    QVERIFY(splitter->widget(1)->isAncestorOf(parts.findBar));
    QCOMPARE(splitter->widget(2), parts.preview);
    QVERIFY(!parts.libraryPanel->isVisible());
    QVERIFY(parts.editor->isVisible());
    QVERIFY(parts.preview->isVisible());
    QVERIFY(!parts.findBar->isVisible());
    QVERIFY(parts.editor->mapTo(&desk.window, QPoint()).x() < parts.preview->mapTo(&desk.window, QPoint()).x());
    // Outline and statistics in docks, closed at first; counts and the language in the status bar.
    for (QWidget *panel : {static_cast<QWidget *>(parts.outline), static_cast<QWidget *>(parts.statistics)}) {
        auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
        QVERIFY(dock);
        QCOMPARE(desk.window.dockWidgetArea(dock), Qt::LeftDockWidgetArea);
        QVERIFY(!dock->isVisible());
    }
    QVERIFY(desk.window.statusBar()->isAncestorOf(parts.indicators));
    QVERIFY(desk.window.statusBar()->isAncestorOf(parts.languageButton));

    // The window's editor and preview show the session's article.
    QCOMPARE(parts.editor->document(), desk.session().document());
    QVERIFY(parts.editor->toPlainText().startsWith(QLatin1String("---\ntitle: \"oVirt at Last\"")));
    QTRY_VERIFY(parts.preview->toPlainText().contains(QLatin1String("Rocket Fuel")));
    QVERIFY(!parts.preview->toPlainText().contains(QLatin1String("status: published")));
}

void MainWindowLayoutTest::menus_placeEveryFeaturesActions()
{
    TestWindow desk;
    const MainWindow::Parts &p = desk.parts();
    const QMenuBar *bar = desk.window.menuBar();
    QStringList titles;
    for (const QAction *menu : bar->actions())
        titles.append(menu->text());
    QCOMPARE(titles,
             (QStringList {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("F&ormat"),
                           QStringLiteral("&Review"), QStringLiteral("&View"), QStringLiteral("&Help")}));

    const QMenu *file = menuTitled(bar, QStringLiteral("&File"));
    QVERIFY(file);
    QList<QAction *> fileActions = p.document->fileActions();
    fileActions << p.libraryController->fileActions() << p.exporting->fileActions() << p.document->closeAction();
    const QString fileProblems = misplaced(file, fileActions, &desk.window);
    QVERIFY2(fileProblems.isEmpty(), qPrintable(fileProblems));
    QCOMPARE(actionTexts(file).constLast(), QStringLiteral("Quit"));

    const QMenu *edit = menuTitled(bar, QStringLiteral("&Edit"));
    QVERIFY(edit);
    QList<QAction *> editActions = p.editing->clipboardActions();
    editActions << p.editing->findActions() << p.spellingMenu->editActions();
    const QString editProblems = misplaced(edit, editActions, &desk.window);
    QVERIFY2(editProblems.isEmpty(), qPrintable(editProblems));
    // Copy as Rich Text stands beside Copy.
    QCOMPARE(edit->actions().indexOf(p.exporting->copyAsRichTextAction()),
             edit->actions().indexOf(p.editing->copyAction()) + 1);
    QCOMPARE(actionTexts(edit).constLast(), QStringLiteral("Preferences…"));

    const QMenu *format = menuTitled(bar, QStringLiteral("F&ormat"));
    QVERIFY(format);
    QVERIFY(!p.editing->formatActions().isEmpty());
    const QString formatProblems = misplaced(format, p.editing->formatActions(), &desk.window);
    QVERIFY2(formatProblems.isEmpty(), qPrintable(formatProblems));

    const QMenu *review = menuTitled(bar, QStringLiteral("&Review"));
    QVERIFY(review);
    const QString reviewProblems = misplaced(review, p.review->reviewActions(), &desk.window);
    QVERIFY2(reviewProblems.isEmpty(), qPrintable(reviewProblems));

    const QMenu *view = menuTitled(bar, QStringLiteral("&View"));
    QVERIFY(view);
    QList<QAction *> viewActions = p.view->viewActions();
    for (const QString &dock : {QStringLiteral("outlineDock"), QStringLiteral("statisticsDock")})
        viewActions << desk.window.findChild<QDockWidget *>(dock)->toggleViewAction();
    viewActions << p.editing->zoomActions();
    const QString viewProblems = misplaced(view, viewActions, &desk.window);
    QVERIFY2(viewProblems.isEmpty(), qPrintable(viewProblems));
    const QStringList viewTexts = actionTexts(view);
    QVERIFY(viewTexts.contains(QStringLiteral("Outline")));
    QVERIFY(viewTexts.contains(QStringLiteral("Statistics")));
    // The preview's view of the review marks, in a submenu of its own.
    const auto *marks = view->findChild<QMenu *>();
    QVERIFY(marks);
    const QString marksProblems = misplaced(marks, p.review->viewActions(), &desk.window);
    QVERIFY2(marksProblems.isEmpty(), qPrintable(marksProblems));

    const QMenu *help = menuTitled(bar, QStringLiteral("&Help"));
    QVERIFY(help);
    QCOMPARE(actionTexts(help), QStringList {QStringLiteral("About Byline")});
}

void MainWindowLayoutTest::shortcuts_areUniqueAndMenusHaveMnemonics()
{
    TestWindow desk;
    QHash<QKeySequence, QString> seen;
    for (const QAction *action : desk.window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            // An ambiguous shortcut triggers nothing at all.
            QVERIFY2(!seen.contains(key),
                     qPrintable(key.toString() + QLatin1String(": ") + seen.value(key) + QLatin1String(" and ")
                                + action->text()));
            seen.insert(key, action->text());
        }
    }
    for (const char *key : {"Ctrl+Q", "Ctrl+S", "Ctrl+F", "Ctrl+L", "Ctrl+B", "Ctrl+Shift+R", "F11"})
        QVERIFY2(seen.contains(QKeySequence(QString::fromLatin1(key))), key);
    for (const QAction *menu : desk.window.menuBar()->actions())
        QVERIFY2(menu->text().contains(QLatin1Char('&')), qPrintable(menu->text()));
}

void MainWindowLayoutTest::readerMode_showsThePreviewAloneAndComesBack()
{
    TestWindow desk;
    const MainWindow::Parts &parts = desk.parts();
    QVERIFY(desk.open(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    parts.view->setReaderMode(true);
    QVERIFY(!parts.editor->isVisible());
    QVERIFY(parts.preview->isVisible());
    QVERIFY(parts.preview->isReadOnly());
    QTRY_VERIFY(parts.preview->viewport()->x() > 50); // a reading measure, centred
    QTest::keyClick(&desk.window, Qt::Key_Escape);
    QVERIFY(!parts.view->readerMode());
    QVERIFY(parts.editor->isVisible());
    QVERIFY(parts.preview->isVisible());
    QTRY_VERIFY(parts.preview->viewport()->x() < 10);
}

void MainWindowLayoutTest::distractionFree_showsTheTextAloneAndEscLeavesIt()
{
    TestWindow desk;
    const MainWindow::Parts &parts = desk.parts();
    QVERIFY(desk.open(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    auto *outline = desk.window.findChild<QDockWidget *>(QStringLiteral("outlineDock"));
    outline->show();
    QVERIFY(parts.preview->isVisible());

    parts.view->setDistractionFree(true);
    QVERIFY(desk.window.isFullScreen());
    QVERIFY(parts.editor->isVisible());
    QVERIFY(!parts.preview->isVisible());
    QVERIFY(!parts.libraryPanel->isVisible());
    QVERIFY(!outline->isVisible());
    QVERIFY(!desk.window.menuBar()->isVisible());
    QVERIFY(!desk.window.statusBar()->isVisible());
    // Its shortcut still works without the menu bar.
    const QList<QAction *> view = parts.view->viewActions();
    const auto fullScreen = std::find_if(
        view.cbegin(), view.cend(), [](const QAction *a) { return a && a->shortcut() == QKeySequence(Qt::Key_F11); });
    QVERIFY(fullScreen != view.cend());
    QVERIFY((*fullScreen)->isChecked());
    QVERIFY(desk.window.actions().contains(*fullScreen));

    QTest::keyClick(&desk.window, Qt::Key_Escape);
    QVERIFY(!desk.window.isFullScreen());
    QVERIFY(!(*fullScreen)->isChecked());
    QVERIFY(desk.window.menuBar()->isVisible());
    QVERIFY(desk.window.statusBar()->isVisible());
    QVERIFY(parts.preview->isVisible());
    QVERIFY(parts.editor->isVisible());
    // Esc in neither mode changes nothing.
    QTest::keyClick(&desk.window, Qt::Key_Escape);
    QVERIFY(parts.editor->isVisible());
    QVERIFY(parts.preview->isVisible());
}

void MainWindowLayoutTest::outlineDock_jumpsAndFollowsTheCursor()
{
    const QString path = m_home.filePath(QStringLiteral("outline.md"));
    write(path, manuscript(5).toUtf8());
    TestWindow desk;
    const MainWindow::Parts &parts = desk.parts();
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    auto *dock = desk.window.findChild<QDockWidget *>(QStringLiteral("outlineDock"));
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger(); // View ▸ Outline
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->widget(), parts.outline);

    QVERIFY(desk.open(path));
    QTRY_COMPARE(parts.outline->topLevelItemCount(), 5);
    QTreeWidgetItem *third = parts.outline->topLevelItem(2);
    QCOMPARE(third->text(0), QStringLiteral("Section 3"));
    Q_EMIT parts.outline->itemActivated(third, 0);
    QCOMPARE(parts.editor->cursorLine(), 5 + 10 * 2);
    parts.editor->goToLine(5 + 10 * 3 + 4); // inside section 4
    QCOMPARE(parts.outline->currentItem()->text(0), QStringLiteral("Section 4"));
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isVisible());
}

void MainWindowLayoutTest::statisticsDock_showsFullStatisticsWhenOpen()
{
    const QString path = m_home.filePath(QStringLiteral("statistics.md"));
    write(path, "---\ntitle: Counted\n---\n\nOne sentence here. Another one there. And a third.\n");
    TestWindow desk;
    const MainWindow::Parts &parts = desk.parts();
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QVERIFY(desk.open(path));
    QTRY_COMPARE(parts.statistics->valueText(QStringLiteral("words")), QStringLiteral("9"));
    // Sentences cost as much again as counting words: only while the dock shows them.
    QCOMPARE(parts.statistics->valueText(QStringLiteral("sentences")), QStringLiteral("…"));
    auto *dock = desk.window.findChild<QDockWidget *>(QStringLiteral("statisticsDock"));
    dock->toggleViewAction()->trigger(); // View ▸ Statistics
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->widget(), parts.statistics);
    QTRY_COMPARE(parts.statistics->valueText(QStringLiteral("sentences")), QStringLiteral("3"));
}

void MainWindowLayoutTest::darkTheme_restylesEditorPreviewAndWindow()
{
    TestWindow desk;
    const MainWindow::Parts &parts = desk.parts();
    QVERIFY(desk.open(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QTRY_VERIFY(parts.preview->isCaughtUp());
    SettingsStore &store = desk.services.settings();
    Settings settings = store.settings();
    settings.theme = Settings::Theme::Dark;
    store.replace(settings);
    QTRY_VERIFY(desk.window.palette().color(QPalette::Window).lightnessF() < 0.3);
    QVERIFY(parts.editor->palette().color(QPalette::Base).lightnessF() < 0.3);
    QVERIFY(parts.preview->palette().color(QPalette::Base).lightnessF() < 0.3);
    QVERIFY(parts.editor->palette().color(QPalette::Text).lightnessF() > 0.7);
    QTRY_VERIFY(parts.preview->isCaughtUp()); // rendered again for the new link colours
    QVERIFY(parts.preview->toPlainText().contains(QLatin1String("Rocket Fuel")));
    settings.theme = Settings::Theme::System;
    settings.previewLayout = Settings::PreviewLayout::Hidden;
    store.replace(settings);
    QVERIFY(parts.preview->isHidden());
    QTRY_VERIFY(parts.editor->palette().color(QPalette::Base).lightnessF() > 0.7);
    settings.previewLayout = Settings::PreviewLayout::Beside; // as the next test expects
    store.replace(settings);
    QVERIFY(!parts.preview->isHidden());
}

QTEST_MAIN(MainWindowLayoutTest)
#include "mainwindow_layout_test.moc"
