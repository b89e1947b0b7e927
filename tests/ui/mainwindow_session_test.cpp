#include "testdesk.h"
#include "testfiles.h"

#include <library/samplelibrary.h>
#include <ui/common/settingsstore.h>
#include <ui/document/documentcontroller.h>
#include <ui/editor/markdowneditor.h>
#include <ui/library/librarycontroller.h>
#include <ui/library/librarypanel.h>
#include <ui/library/libraryservice.h>
#include <ui/panels/statusindicators.h>
#include <ui/shell/viewmodes.h>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::WidgetUi;

namespace {

void typeAtEnd(MarkdownEditor *editor, const QString &text)
{
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, text);
}

} // namespace

// The window over the article it shows: the title and status bar as it is written, the sample
// library it opens, the session it restores, and the question before closing over unsaved
// changes. How the window lays out, in mainwindow_layout_test.
class MainWindowSessionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void title_namesTheArticleAndMarksUnsavedChanges();
    void statusBar_showsTargetAndDeadline();
    void sampleLibrary_opensBesideItsFirstArticle();
    void sessionRestore_reopensTheLibraryAndTheFileAtItsCursor();
    void close_withUnsavedChanges_cancelKeepsTheWindowOpen();
    void close_withUnsavedChanges_discardCloses();
    void close_withUnsavedChanges_saveSavesThenCloses();

private:
    QTemporaryDir m_home;
};

void MainWindowSessionTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-mainwindow-session-test"));
}

void MainWindowSessionTest::title_namesTheArticleAndMarksUnsavedChanges()
{
    const QString path = m_home.filePath(QStringLiteral("title.md"));
    write(path, "---\ntitle: T\n---\n\nBody.\n");
    TestWindow desk;
    QCOMPARE(desk.window.windowTitle(), QStringLiteral("Untitled[*] — Byline"));
    QVERIFY(!desk.window.isWindowModified());
    QVERIFY(desk.open(path));
    QCOMPARE(desk.window.windowTitle(), QStringLiteral("title.md[*] — Byline"));
    QVERIFY(!desk.window.isWindowModified());
    typeAtEnd(desk.parts().editor, QStringLiteral("More."));
    QVERIFY(desk.window.isWindowModified());
    QVERIFY(finished([&](auto done) { desk.parts().document->save(done); }));
    QVERIFY(!desk.window.isWindowModified());
    QVERIFY(readAll(path).endsWith("More."));
}

void MainWindowSessionTest::statusBar_showsTargetAndDeadline()
{
    const QDateTime due = QDateTime::currentDateTime().addSecs(3 * 3600 + 150);
    const QString path = m_home.filePath(QStringLiteral("target.md"));
    write(path,
          QStringLiteral("---\nwords: 10\ndeadline: %1\n---\n\nOne two three four five six seven "
                         "eight nine ten.\n")
              .arg(due.toString(Qt::ISODate))
              .toUtf8());
    TestWindow desk;
    const MainWindow::Parts &parts = desk.parts();
    QVERIFY(desk.open(path));
    QTRY_COMPARE(parts.indicators->wordsText(), QStringLiteral("10 / 10 words"));
    QVERIFY(!parts.indicators->isOverTarget());
    QCOMPARE(parts.indicators->deadlineText(), QStringLiteral("due in 3 h 2 min"));
    typeAtEnd(parts.editor, QStringLiteral("Eleven twelve."));
    QTRY_COMPARE(parts.indicators->wordsText(), QStringLiteral("12 / 10 words"));
    QVERIFY(parts.indicators->isOverTarget()); // more than 10 % over
    parts.editor->selectAll();
    QVERIFY(parts.indicators->wordsText().contains(QLatin1String("selected")));
    QCOMPARE(StatusIndicators::timeLeft(due, due.addSecs(2 * 86400 + 60)), QStringLiteral("2 days overdue"));
}

void MainWindowSessionTest::sampleLibrary_opensBesideItsFirstArticle()
{
    TestWindow desk;
    const MainWindow::Parts &parts = desk.parts();
    parts.libraryController->openSampleLibrary();
    QVERIFY(parts.libraryPanel->isVisibleTo(&desk.window));
    QVERIFY(parts.view->libraryAction()->isChecked());
    QTRY_VERIFY(parts.libraryPanel->files().size() >= 4); // listed by the library's thread
    QTRY_VERIFY(desk.session().path().startsWith(Byline::Core::SampleLibrary::defaultFolder())
                && !desk.session().isLoading());
    QVERIFY2(desk.window.windowTitle().endsWith(QString::fromUtf8(".md[*] — Byline")),
             qPrintable(desk.window.windowTitle()));
}

void MainWindowSessionTest::sessionRestore_reopensTheLibraryAndTheFileAtItsCursor()
{
    QTemporaryDir library;
    const QString path = QFileInfo(library.filePath(QStringLiteral("remember.md"))).absoluteFilePath();
    write(path, manuscript(3).toUtf8());
    {
        TestWindow desk;
        desk.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        desk.parts().libraryController->openFolder(library.path());
        QTRY_COMPARE(desk.session().path(), path); // the library's first article
        QTRY_VERIFY(!desk.session().isLoading());
        desk.parts().editor->goToLine(20);
        QVERIFY(desk.window.close());
    }
    QCOMPARE(Settings::recentFiles().value(0), path);

    TestWindow desk;
    QVERIFY(desk.window.restoreLastSession());
    QCOMPARE(QFileInfo(desk.parts().library->folder()).canonicalFilePath(),
             QFileInfo(library.path()).canonicalFilePath());
    QVERIFY(desk.parts().libraryPanel->isVisibleTo(&desk.window));
    QTRY_COMPARE(desk.session().path(), path);
    QTRY_VERIFY(!desk.session().isLoading());
    QCOMPARE(desk.parts().editor->cursorLine(), 20);
}

void MainWindowSessionTest::close_withUnsavedChanges_cancelKeepsTheWindowOpen()
{
    const QString path = m_home.filePath(QStringLiteral("cancel.md"));
    write(path, "Saved text.\n");
    TestWindow desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QVERIFY(desk.open(path));
    typeAtEnd(desk.parts().editor, QStringLiteral("Unsaved."));
    desk.prompts.answer(QStringLiteral("cancel"));
    QVERIFY(!desk.window.close());
    QVERIFY2(desk.prompts.lastText().contains(QLatin1String("not saved")), qPrintable(desk.prompts.lastText()));
    QVERIFY(desk.prompts.allAnswered());
    QVERIFY(desk.window.isVisible());
    QVERIFY(desk.session().isModified());
    QVERIFY(desk.session().text().endsWith(QLatin1String("Unsaved.")));
    QCOMPARE(readAll(path), QByteArray("Saved text.\n"));
    desk.session().discardChanges(); // the test is over; no question on closing
}

void MainWindowSessionTest::close_withUnsavedChanges_discardCloses()
{
    const QString path = m_home.filePath(QStringLiteral("discard.md"));
    write(path, "Saved text.\n");
    TestWindow desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QVERIFY(desk.open(path));
    typeAtEnd(desk.parts().editor, QStringLiteral("Unsaved."));
    desk.prompts.answer(QStringLiteral("discard"));
    QVERIFY(desk.window.close());
    QCOMPARE(desk.prompts.asked().size(), 1);
    QVERIFY(!desk.window.isVisible());
    QCOMPARE(readAll(path), QByteArray("Saved text.\n"));
}

void MainWindowSessionTest::close_withUnsavedChanges_saveSavesThenCloses()
{
    const QString path = m_home.filePath(QStringLiteral("save.md"));
    write(path, "Saved text.\n");
    TestWindow desk;
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
    QVERIFY(desk.open(path));
    typeAtEnd(desk.parts().editor, QStringLiteral("Kept."));
    desk.prompts.answer(QStringLiteral("save"));
    desk.window.close(); // the save runs off the UI thread; the window closes once it is done
    QTRY_VERIFY(!desk.window.isVisible());
    QCOMPARE(readAll(path), QByteArray("Saved text.\nKept."));
    QCOMPARE(desk.prompts.asked().size(), 1);
}

QTEST_MAIN(MainWindowSessionTest)
#include "mainwindow_session_test.moc"
