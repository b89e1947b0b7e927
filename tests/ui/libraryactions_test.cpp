#include "modaldialogs.h"
#include "testfiles.h"

#include <library/librarylocations.h>
#include <library/librarymodel.h>
#include <library/librarypanel.h>
#include <library/newarticledialog.h>

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <common/messagebar.h>
#include <editor/markdowneditor.h>
#include <shell/mainwindow.h>

using namespace Byline::WidgetUi;
using Byline::Core::LibraryLocations;

// The library's file operations in a real window over a real folder, index and desktop trash.
class LibraryActionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newArticle_fromTheDialog_opensReadyToWrite();
    void rename_ofTheOpenArticle_keepsTextAndUndo();
    void move_intoANewSubfolder();
    void trash_asksFirst_andClosesTheOpenArticle();
    void status_fromTheContextMenu_writesTheFrontMatter();
    void status_ofTheOpenArticle_isOneUndoStep();
    void failures_showWhyAndChangeNothing();
    void recentLibraries_switchTheLibrary();
    void emptyLibrary_saysSo();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_library;
    QString path(const QString &name) const { return m_library->filePath(name); }
    // A window on the test library, indexed.
    std::unique_ptr<MainWindow> openWindow();
};

void LibraryActionsTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-libraryactions-test"));
}

void LibraryActionsTest::init()
{
    m_library = std::make_unique<QTemporaryDir>();
    write(path(QStringLiteral("first.md")),
          "---\ntitle: First\nstatus: draft\ndate: 2026-01-02\n---\n\nThe first text.\n");
    write(path(QStringLiteral("columns/second.md")),
          "---\ntitle: Second\nstatus: review\ndate: 2026-01-01\n---\n\nThe second text.\n");
}

std::unique_ptr<MainWindow> LibraryActionsTest::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1200, 700);
    window->show();
    window->openFolder(m_library->path());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(window->library()->isIndexed(), 10000); }();
    return window;
}

void LibraryActionsTest::newArticle_fromTheDialog_opensReadyToWrite()
{
    const auto window = openWindow();
    QSettings().setValue(QStringLiteral("articles/author"), QString());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<NewArticleDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Rain, again?"));
        dialog->authorEdit()->setText(QStringLiteral("Ann Lee"));
        dialog->folderBox()->setEditText(QStringLiteral("columns"));
        QCOMPARE(dialog->fileNameText(), QStringLiteral("columns/rain-again.md"));
        dialog->accept();
    });
    window->chooseNewArticle();
    const QString created = path(QStringLiteral("columns/rain-again.md"));
    QCOMPARE(window->currentPath(), created);
    const QByteArray bytes = readAll(created);
    QVERIFY2(bytes.startsWith("---\ntitle: Rain, again?\nauthor: Ann Lee\ndate: "), bytes.constData());
    QVERIFY(bytes.contains("\nstatus: draft\n"));
    QVERIFY(bytes.contains(QDate::currentDate().toString(Qt::ISODate).toUtf8()));
    QCOMPARE(window->editor()->textCursor().position(), window->editor()->document()->characterCount() - 1);
    // The author typed is remembered for the next article
    QCOMPARE(window->settings().authorName, QStringLiteral("Ann Lee"));
    QTRY_COMPARE(window->library()->statusOf(created), QStringLiteral("draft"));
    QVERIFY(window->library()->files().contains(created));
    // The new article is the one selected in the table, once the index lists it
    QTRY_COMPARE(window->library()->table()->currentIndex().data(LibraryModel::PathRole).toString(),
                 QStringLiteral("columns/rain-again.md"));
}

void LibraryActionsTest::rename_ofTheOpenArticle_keepsTextAndUndo()
{
    const auto window = openWindow();
    QVERIFY(window->openFile(path(QStringLiteral("first.md"))));
    QTest::keyClicks(window->editor(), QStringLiteral("Unsaved "));
    QVERIFY(window->renameArticle(window->currentPath(), QStringLiteral("the first")));
    const QString renamed = path(QStringLiteral("the first.md"));
    QCOMPARE(window->currentPath(), renamed);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("first.md"))));
    QVERIFY(readAll(renamed).contains("Unsaved ")); // saved before the rename
    QVERIFY(window->windowTitle().startsWith(QLatin1String("the first.md")));
    window->editor()->undo();
    QVERIFY(!window->editor()->toPlainText().contains(QLatin1String("Unsaved ")));
    QTRY_VERIFY(window->library()->files().contains(renamed));
    QVERIFY(!window->library()->files().contains(path(QStringLiteral("first.md"))));
    // Saving goes to the new name, and nothing reports the old file as deleted
    QVERIFY(window->save());
    QVERIFY(!readAll(renamed).contains("Unsaved "));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("first.md"))));

    // The dialog: the proposed name is the file's own; a collision is refused with its reason
    QString seen;
    answerNextDialog(QStringLiteral("Rename"), &seen);
    window->chooseRename(renamed);
    QVERIFY(seen.contains(QLatin1String("the first.md")));
}

void LibraryActionsTest::move_intoANewSubfolder()
{
    const auto window = openWindow();
    QVERIFY(window->openFile(path(QStringLiteral("first.md"))));
    QVERIFY(window->moveArticle(path(QStringLiteral("first.md")), QStringLiteral("2026/january")));
    const QString moved = path(QStringLiteral("2026/january/first.md"));
    QCOMPARE(window->currentPath(), moved);
    QVERIFY(QFileInfo::exists(moved));
    QTRY_VERIFY(window->library()->folders().contains(QStringLiteral("2026/january")));
    // And back to the top of the library
    QVERIFY(window->moveArticle(moved, QString()));
    QCOMPARE(window->currentPath(), path(QStringLiteral("first.md")));
}

void LibraryActionsTest::trash_asksFirst_andClosesTheOpenArticle()
{
    const auto window = openWindow();
    const QString first = path(QStringLiteral("first.md"));
    QVERIFY(window->openFile(first));
    QString seen;
    answerNextDialog(QStringLiteral("Cancel"), &seen);
    window->confirmTrash(first);
    QVERIFY(seen.contains(QStringLiteral("Move “first.md” to the trash?")));
    QVERIFY(QFileInfo::exists(first));
    QCOMPARE(window->currentPath(), first);

    answerNextDialog(QStringLiteral("Move to Trash"));
    window->confirmTrash(first);
    QVERIFY(!QFileInfo::exists(first));
    QVERIFY(window->currentPath().isEmpty());
    const QString trashed = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Trash/files/first.md");
    QVERIFY(readAll(trashed).contains("The first text."));
    QTRY_VERIFY(!window->library()->files().contains(first));
    QFile::remove(trashed);
}

void LibraryActionsTest::status_fromTheContextMenu_writesTheFrontMatter()
{
    const auto window = openWindow();
    const QString second = path(QStringLiteral("columns/second.md"));
    QVERIFY(window->openFile(path(QStringLiteral("first.md"))));
    QMenu *menu = window->library()->articleMenu(second, window.get());
    QCOMPARE(
        actionTexts(menu),
        (QStringList {QStringLiteral("Open"), QString(), QStringLiteral("New Article Here…"), QStringLiteral("Rename…"),
                      QStringLiteral("Move to Folder…"), QStringLiteral("Status"),
                      QStringLiteral("Show in File Manager"), QString(), QStringLiteral("Export…"),
                      QStringLiteral("Export All 2 Listed Articles…"), QString(), QStringLiteral("Move to Trash…")}));
    QMenu *statuses = menu->actions().at(5)->menu();
    QCOMPARE(actionTexts(statuses),
             (QStringList {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("approved"),
                           QStringLiteral("published")}));
    QVERIFY(statuses->actions().at(1)->isChecked()); // review, as the file says
    statuses->actions().at(2)->trigger();
    QCOMPARE(readAll(second),
             QByteArray("---\ntitle: Second\nstatus: approved\ndate: 2026-01-01\n---\n\nThe second text.\n"));
    QTRY_COMPARE(window->library()->statusOf(second), QStringLiteral("approved"));
    delete menu;
}

void LibraryActionsTest::status_ofTheOpenArticle_isOneUndoStep()
{
    const auto window = openWindow();
    const QString first = path(QStringLiteral("first.md"));
    QVERIFY(window->openFile(first));
    QTest::keyClicks(window->editor(), QStringLiteral("Typed "));
    QVERIFY(window->setArticleStatus(first, QStringLiteral("review")));
    QVERIFY(window->editor()->toPlainText().contains(QLatin1String("status: review")));
    QVERIFY(readAll(first).contains("status: review"));
    QVERIFY(readAll(first).contains("Typed "));
    QVERIFY(!window->editor()->document()->isModified());
    window->editor()->undo();
    QVERIFY(window->editor()->toPlainText().contains(QLatin1String("status: draft")));
    QVERIFY(window->editor()->toPlainText().contains(QLatin1String("Typed ")));
    QTRY_COMPARE(window->library()->statusOf(first), QStringLiteral("review"));
}

void LibraryActionsTest::failures_showWhyAndChangeNothing()
{
    const auto window = openWindow();
    const QString first = path(QStringLiteral("first.md"));
    const QString second = path(QStringLiteral("columns/second.md"));
    QVERIFY(window->moveArticle(second, QString()));
    QString seen;
    answerNextDialog(QStringLiteral("OK"), &seen);
    QVERIFY(!window->renameArticle(path(QStringLiteral("second.md")), QStringLiteral("first")));
    QVERIFY2(seen.contains(QStringLiteral("already a file named “first.md”")), qPrintable(seen));
    QVERIFY(readAll(first).contains("The first text."));
    QVERIFY(readAll(path(QStringLiteral("second.md"))).contains("The second text."));

    const QByteArray broken = "---\ntitle: [unclosed\n---\nBody.\n";
    write(path(QStringLiteral("broken.md")), broken);
    answerNextDialog(QStringLiteral("OK"), &seen);
    QVERIFY(!window->setArticleStatus(path(QStringLiteral("broken.md")), QStringLiteral("review")));
    QVERIFY(seen.contains(QLatin1String("front matter has an error")));
    QCOMPARE(readAll(path(QStringLiteral("broken.md"))), broken);
}

void LibraryActionsTest::recentLibraries_switchTheLibrary()
{
    QTemporaryDir other;
    write(other.filePath(QStringLiteral("elsewhere.md")), "# Elsewhere\n");
    const auto window = openWindow();
    window->openFolder(other.path());
    QCOMPARE(LibraryLocations::current(), other.path());
    QCOMPARE(LibraryLocations::recent().mid(0, 2), (QStringList {other.path(), m_library->path()}));
    QMenu *recent = nullptr;
    for (QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title().remove(QLatin1Char('&')) == QLatin1String("Recent Libraries"))
            recent = menu;
    }
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QCOMPARE(recent->actions().size() >= 2, true);
    QVERIFY(recent->actions().at(0)->isChecked());
    QCOMPARE(recent->actions().at(1)->toolTip(), m_library->path());
    recent->actions().at(1)->trigger();
    QCOMPARE(window->library()->folder(), m_library->path());
    QCOMPARE(LibraryLocations::current(), m_library->path());
    QTRY_VERIFY(window->currentPath().startsWith(m_library->path())); // its first article, once listed
}

void LibraryActionsTest::emptyLibrary_saysSo()
{
    QTemporaryDir empty;
    MainWindow window;
    window.show();
    window.openFolder(empty.path());
    QTRY_VERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains(QLatin1String("holds no Markdown or text articles yet")));
    QVERIFY(window.currentPath().isEmpty());
    // The first article written there is listed and opens
    QVERIFY(window.createArticle(empty.path(), {QStringLiteral("First words"), {}, QDate(2026, 11, 25), {}}));
    QCOMPARE(window.currentPath(), empty.filePath(QStringLiteral("first-words.md")));
    QTRY_COMPARE(window.library()->files(), QStringList {empty.filePath(QStringLiteral("first-words.md"))});
}

QTEST_MAIN(LibraryActionsTest)
#include "libraryactions_test.moc"
