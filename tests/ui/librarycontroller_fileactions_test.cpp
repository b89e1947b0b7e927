#include "librarydesk.h"
#include "testdesk.h"
#include "testfiles.h"

#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/document/documentcontroller.h>
#include <ui/editor/markdowneditor.h>
#include <ui/library/articleactions.h>
#include <ui/library/librarycontroller.h>
#include <ui/library/librarypanel.h>
#include <ui/library/libraryservice.h>

#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::WidgetUi;

// What the library does to its articles' files, on an article session over a real folder, index
// and desktop trash: rename, move, trash, status, and what a failure leaves as it was. Opening
// libraries, new articles and the context menu's sections, in librarycontroller_libraries_test.
class LibraryControllerFileActionsTest final
    : public QObject
    , private TwoArticleLibrary
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void rename_ofTheOpenArticle_keepsTextAndUndo();
    void move_intoANewSubfolder();
    void trash_asksFirst_andClosesTheOpenArticle();
    void status_fromTheContextMenu_writesTheFrontMatter();
    void status_ofTheOpenArticle_isOneUndoStep();
    void status_publishedWhileUnderReview_asksFirst();
    void failures_showWhyAndChangeNothing();
    void failedRename_leavesTheOpenArticleAsItWas();
};

void LibraryControllerFileActionsTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-librarycontroller-fileactions-test"));
}

void LibraryControllerFileActionsTest::init()
{
    writeLibrary();
}

void LibraryControllerFileActionsTest::rename_ofTheOpenArticle_keepsTextAndUndo()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    QVERIFY(desk.open(path(QStringLiteral("first.md"))));
    desk.typeAtEnd(QStringLiteral("Unsaved "));
    QVERIFY(desk.session.isModified());
    QVERIFY(finished(
        [&](auto done) { desk.articles().renameArticle(desk.session.path(), QStringLiteral("the first"), done); }));
    const QString renamed = path(QStringLiteral("the first.md"));
    QCOMPARE(desk.session.path(), renamed);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("first.md"))));
    QVERIFY(readAll(renamed).contains("Unsaved ")); // saved before the rename
    QCOMPARE(desk.session.displayName(), QStringLiteral("the first.md"));
    QCOMPARE(desk.notices.status(), QStringLiteral("Renamed to the first.md"));
    desk.editor->undo();
    QVERIFY(!desk.session.text().contains(QLatin1String("Unsaved ")));
    QTRY_VERIFY(desk.panel->files().contains(renamed));
    QVERIFY(!desk.panel->files().contains(path(QStringLiteral("first.md"))));
    // Saving goes to the new name, and nothing reports the old file as deleted
    QVERIFY(finished([&](auto done) { desk.document.save(done); }));
    QVERIFY(!readAll(renamed).contains("Unsaved "));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("first.md"))));
    QVERIFY2(!desk.bar->isVisible(), qPrintable(desk.bar->text()));

    // The question: the proposed name is the file's own; keeping it changes nothing.
    desk.prompts.answerText(QStringLiteral("the first.md"));
    desk.articles().chooseRename(renamed);
    QVERIFY(desk.prompts.allAnswered());
    QCOMPARE(desk.prompts.asked().constLast().kind, QStringLiteral("text"));
    QVERIFY(desk.prompts.lastText().contains(QLatin1String("the first.md")));
    QCOMPARE(desk.session.path(), renamed);
    // A name typed there renames it.
    desk.prompts.answerText(QStringLiteral("first again.md"));
    desk.articles().chooseRename(renamed);
    QTRY_COMPARE(desk.session.path(), path(QStringLiteral("first again.md")));
    QVERIFY(!QFileInfo::exists(renamed));
    // Cancelled, it stays.
    desk.prompts.answerText(std::nullopt);
    desk.articles().chooseRename(desk.session.path());
    QCOMPARE(desk.session.path(), path(QStringLiteral("first again.md")));
}

void LibraryControllerFileActionsTest::move_intoANewSubfolder()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    QVERIFY(desk.open(path(QStringLiteral("first.md"))));
    QVERIFY(finished([&](auto done) {
        desk.articles().moveArticle(path(QStringLiteral("first.md")), QStringLiteral("2026/january"), done);
    }));
    const QString moved = path(QStringLiteral("2026/january/first.md"));
    QCOMPARE(desk.session.path(), moved);
    QVERIFY(QFileInfo::exists(moved));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("first.md"))));
    QTRY_VERIFY(desk.library.folders().contains(QStringLiteral("2026/january")));
    // And back to the top of the library
    QVERIFY(finished([&](auto done) { desk.articles().moveArticle(moved, QString(), done); }));
    QCOMPARE(desk.session.path(), path(QStringLiteral("first.md")));

    // Through the question: the folders offered, one typed that is new.
    desk.prompts.answerText(QStringLiteral("columns"));
    desk.articles().chooseMove(path(QStringLiteral("first.md")));
    QVERIFY(desk.prompts.allAnswered());
    QCOMPARE(desk.prompts.asked().constLast().kind, QStringLiteral("item"));
    QVERIFY(desk.prompts.lastText().contains(QLatin1String("first.md")));
    QTRY_COMPARE(desk.session.path(), path(QStringLiteral("columns/first.md")));
    desk.prompts.answerText(QStringLiteral("(top of the library)"));
    desk.articles().chooseMove(desk.session.path());
    QTRY_COMPARE(desk.session.path(), path(QStringLiteral("first.md")));
    QTRY_VERIFY(desk.panel->files().contains(path(QStringLiteral("first.md"))));
}

void LibraryControllerFileActionsTest::trash_asksFirst_andClosesTheOpenArticle()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString first = path(QStringLiteral("first.md"));
    QVERIFY(desk.open(first));
    desk.prompts.answer(QStringLiteral("cancel"));
    desk.articles().confirmTrash(first);
    QVERIFY(desk.prompts.allAnswered());
    QVERIFY(desk.prompts.lastText().contains(QStringLiteral("Move “first.md” to the trash?")));
    QVERIFY(QFileInfo::exists(first));
    QCOMPARE(desk.session.path(), first);

    desk.prompts.answer(QStringLiteral("trash"));
    desk.articles().confirmTrash(first);
    QTRY_VERIFY(!QFileInfo::exists(first));
    QTRY_VERIFY(desk.session.path().isEmpty());
    const QString trashed = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Trash/files/first.md");
    QVERIFY(readAll(trashed).contains("The first text."));
    QTRY_VERIFY(!desk.panel->files().contains(first));
    QFile::remove(trashed);
}

void LibraryControllerFileActionsTest::status_fromTheContextMenu_writesTheFrontMatter()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString second = path(QStringLiteral("columns/second.md"));
    QVERIFY(desk.open(path(QStringLiteral("first.md"))));
    QMenu *menu = desk.controller.contextMenu(desk.panel->selectionFor(second), desk.panel);
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
    QTRY_COMPARE(desk.library.statusOf(second), QStringLiteral("approved"));
    QCOMPARE(desk.session.path(), path(QStringLiteral("first.md"))); // the open article stays
    delete menu;
}

void LibraryControllerFileActionsTest::status_ofTheOpenArticle_isOneUndoStep()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString first = path(QStringLiteral("first.md"));
    QVERIFY(desk.open(first));
    desk.typeAtEnd(QStringLiteral("Typed "));
    QVERIFY(finished([&](auto done) { desk.articles().setArticleStatus(first, QStringLiteral("review"), done); }));
    QVERIFY(desk.session.text().contains(QLatin1String("status: review")));
    QVERIFY(readAll(first).contains("status: review"));
    QVERIFY(readAll(first).contains("Typed "));
    QVERIFY(!desk.session.isModified());
    QVERIFY(!desk.editor->document()->isModified());
    desk.editor->undo();
    QVERIFY(desk.session.text().contains(QLatin1String("status: draft")));
    QVERIFY(desk.session.text().contains(QLatin1String("Typed ")));
    QTRY_COMPARE(desk.library.statusOf(first), QStringLiteral("review"));
    QCOMPARE(desk.notices.status(), QStringLiteral("first.md is now review"));
}

void LibraryControllerFileActionsTest::status_publishedWhileUnderReview_asksFirst()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString marked = path(QStringLiteral("marked.md"));
    const QByteArray text = "---\ntitle: Marked\nstatus: review\n---\n\nThe {--old--}{>>@Ed 2026-11-20T10:04Z<<} "
                            "text{>>@Ed 2026-11-20T10:05Z: sure?<<}.\n";
    QFile file(marked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    // Cancelled: nothing changes.
    desk.prompts.answer(QStringLiteral("cancel"));
    QVERIFY(!finished([&](auto done) { desk.articles().setArticleStatus(marked, QStringLiteral("published"), done); }));
    QVERIFY2(desk.prompts.lastText().startsWith(QStringLiteral("“marked.md” still has 1 suggestion")),
             qPrintable(desk.prompts.lastText()));
    QVERIFY(desk.prompts.lastText().contains(QStringLiteral("Mark it published anyway?")));
    QCOMPARE(readAll(marked), text);
    // The review asked for instead: the article opens for its panel, and the status stays.
    QSignalSpy review(&desk.controller, &LibraryController::reviewWanted);
    desk.prompts.answer(QStringLiteral("review"));
    QVERIFY(!finished([&](auto done) { desk.articles().setArticleStatus(marked, QStringLiteral("approved"), done); }));
    QTRY_COMPARE(review.size(), 1);
    QCOMPARE(desk.session.path(), marked);
    QCOMPARE(readAll(marked), text);
    // Confirmed: the status is set, the marks stay.
    desk.prompts.answer(QStringLiteral("set"));
    QVERIFY(finished([&](auto done) { desk.articles().setArticleStatus(marked, QStringLiteral("approved"), done); }));
    QVERIFY(readAll(marked).contains("status: approved"));
    QVERIFY(readAll(marked).contains("{--old--}"));
    // Other statuses, and articles with nothing under review, are not asked about.
    const qsizetype asked = desk.prompts.asked().size();
    QVERIFY(finished([&](auto done) { desk.articles().setArticleStatus(marked, QStringLiteral("draft"), done); }));
    QVERIFY(finished([&](auto done) {
        desk.articles().setArticleStatus(path(QStringLiteral("first.md")), QStringLiteral("published"), done);
    }));
    QCOMPARE(desk.prompts.asked().size(), asked);
}

void LibraryControllerFileActionsTest::failures_showWhyAndChangeNothing()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString first = path(QStringLiteral("first.md"));
    const QString second = path(QStringLiteral("columns/second.md"));
    QVERIFY(finished([&](auto done) { desk.articles().moveArticle(second, QString(), done); }));
    QVERIFY(!finished([&](auto done) {
        desk.articles().renameArticle(path(QStringLiteral("second.md")), QStringLiteral("first"), done);
    }));
    QVERIFY2(desk.prompts.lastText().contains(QStringLiteral("already a file named “first.md”")),
             qPrintable(desk.prompts.lastText()));
    QVERIFY(desk.bar->text().contains(QStringLiteral("already a file named “first.md”")));
    QCOMPARE(desk.bar->level(), MessageBar::Level::Error);
    QVERIFY(readAll(first).contains("The first text."));
    QVERIFY(readAll(path(QStringLiteral("second.md"))).contains("The second text."));

    const QByteArray broken = "---\ntitle: [unclosed\n---\nBody.\n";
    write(path(QStringLiteral("broken.md")), broken);
    QVERIFY(!finished([&](auto done) {
        desk.articles().setArticleStatus(path(QStringLiteral("broken.md")), QStringLiteral("review"), done);
    }));
    QVERIFY2(desk.prompts.lastText().contains(QLatin1String("front matter has an error")),
             qPrintable(desk.prompts.lastText()));
    QCOMPARE(readAll(path(QStringLiteral("broken.md"))), broken);

    // A file that is gone: said so, nothing created.
    QVERIFY(!finished([&](auto done) {
        desk.articles().moveArticle(path(QStringLiteral("gone.md")), QStringLiteral("columns"), done);
    }));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("columns/gone.md"))));
    QVERIFY(!desk.prompts.lastText().isEmpty());
}

void LibraryControllerFileActionsTest::failedRename_leavesTheOpenArticleAsItWas()
{
    LibraryDesk desk;
    desk.openLibrary(m_library->path());
    const QString first = path(QStringLiteral("first.md"));
    write(path(QStringLiteral("taken.md")), "# Taken\n");
    QVERIFY(desk.open(first));
    desk.typeAtEnd(QStringLiteral("Kept "));
    const QString text = desk.session.text();
    const int cursor = desk.editor->textCursor().position();
    QSignalSpy pathChanged(&desk.session, &ArticleSession::pathChanged);
    QVERIFY(!finished([&](auto done) { desk.articles().renameArticle(first, QStringLiteral("taken"), done); }));
    QVERIFY2(desk.prompts.lastText().contains(QStringLiteral("already a file named “taken.md”")),
             qPrintable(desk.prompts.lastText()));
    // The article is where it was, with its text, its cursor and its undo history.
    QCOMPARE(desk.session.path(), first);
    QCOMPARE(desk.session.displayName(), QStringLiteral("first.md"));
    QVERIFY(pathChanged.isEmpty());
    QCOMPARE(desk.session.text(), text);
    QCOMPARE(desk.editor->textCursor().position(), cursor);
    QCOMPARE(readAll(path(QStringLiteral("taken.md"))), QByteArray("# Taken\n"));
    QVERIFY(readAll(first).contains("Kept ")); // saved first, as every change of the open article is
    desk.editor->undo();
    QVERIFY(!desk.session.text().contains(QLatin1String("Kept ")));
    // and typing goes on into the same file
    desk.typeAtEnd(QStringLiteral("Again "));
    QVERIFY(finished([&](auto done) { desk.document.save(done); }));
    QVERIFY(readAll(first).contains("Again "));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("taken.md"))));
}

QTEST_MAIN(LibraryControllerFileActionsTest)
#include "librarycontroller_fileactions_test.moc"
