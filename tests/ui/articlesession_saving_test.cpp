#include "testarticle.h"
#include "testdesk.h"
#include "testfiles.h"

#include <safety/recoveryjournal.h>
#include <ui/document/articlesession.h>
#include <ui/document/documentguard.h>
#include <ui/shell/deskservices.h>

#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

// The journal entries of this process's session.
QStringList journalEntries()
{
    return QDir(testJournal()->sessionFolder()).entryList({QStringLiteral("*.journal")}, QDir::Files);
}

} // namespace

// The open article's saving without a window: off the UI thread, while typing goes on, to another
// file, automatically and as an untitled draft; the guard's journal, and a file changed or
// deleted on disk. Opening and editing it, in articlesession_editing_test.
class ArticleSessionSavingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savedText_leavesNothingToRecover();
    void typingDuringASave_staysUnsaved();
    void externalChange_isNeverOverwrittenByAutosave();
    void deletedFile_keepsTheTextModified();
    void autosave_writesAtomicallyAndFollowsFocus();
    void untitled_autosavesAsADraft();
    void saveAs_unwritableTarget_keepsEverything();
    void saveAs_switchesToTheNewFileKeepingUndo();
    void saveAs_plainTextAsMarkdown_getsFrontMatter();
};

void ArticleSessionSavingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-articlesession-saving-test"));
    QDir(DeskServices::recoveryFolder()).removeRecursively();
}

void ArticleSessionSavingTest::savedText_leavesNothingToRecover()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("saved.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("More."));
    session.guard().journalNow();
    QCOMPARE(journalEntries().size(), 1);
    QVERIFY(saveAndWait(session));
    session.guard().waitForJournal();
    QVERIFY(journalEntries().isEmpty());
    QVERIFY(readAll(path).endsWith("More."));
}

void ArticleSessionSavingTest::typingDuringASave_staysUnsaved()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("busy.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("Saved."));
    bool saved = false;
    session.save([&saved](bool ok) { saved = ok; });
    QVERIFY(session.isSaving());
    typeAtEnd(session, QStringLiteral(" Typed while it was written.")); // the save took a copy before this
    QTRY_VERIFY(saved);
    QVERIFY(readAll(path).endsWith("Saved."));
    QVERIFY(session.isModified());
    QSignalSpy checked(&session.guard(), &DocumentGuard::checked);
    session.guard().checkDisk(); // our own write is not someone else's change
    QVERIFY(checked.wait());
    QVERIFY(!session.guard().hasExternalChange());
    QVERIFY(saveAndWait(session));
    QVERIFY(readAll(path).endsWith("Saved. Typed while it was written."));
    QVERIFY(!session.isModified());
}

void ArticleSessionSavingTest::externalChange_isNeverOverwrittenByAutosave()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("shared.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("Mine."));
    const QByteArray theirs = "---\ntitle: Column\n---\n\nThe editor's version.\n";
    writeFile(path, theirs);
    QTRY_VERIFY(session.guard().hasExternalChange());
    Q_EMIT session.guard().autosaveDue();
    QVERIFY(!session.isSaving());
    QCOMPARE(readAll(path), theirs);
    session.keepMine();
    QVERIFY(!session.guard().hasExternalChange());
    QVERIFY(session.isModified());
    QVERIFY(saveAndWait(session)); // the user chose: now it may
    QVERIFY(readAll(path).endsWith("Mine."));
}

void ArticleSessionSavingTest::deletedFile_keepsTheTextModified()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("gone.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(session.guard().isDeleted());
    QCOMPARE(session.text().toUtf8(), original);
    QVERIFY(session.isModified()); // closing would ask
    Q_EMIT session.guard().autosaveDue();
    QVERIFY(!session.isSaving());
    QVERIFY(!QFile::exists(path)); // autosave does not quietly bring it back
    QVERIFY(saveAndWait(session)); // Save does, when asked
    QCOMPARE(readAll(path), original);
}

void ArticleSessionSavingTest::autosave_writesAtomicallyAndFollowsFocus()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("auto.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    QCOMPARE(session.guard().autosaveInterval(), 30);
    QSignalSpy saved(&session, &ArticleSession::saved);
    typeAtEnd(session, QStringLiteral("Autosaved words."));
    Q_EMIT session.guard().autosaveDue();
    QVERIFY(saved.wait());
    QCOMPARE(saved.constFirst().at(1).value<ArticleSession::SaveKind>(), ArticleSession::SaveKind::Autosave);
    QVERIFY(readAll(path).endsWith("Autosaved words."));
    QVERIFY(!session.isModified());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left
    QSignalSpy checked(&session.guard(), &DocumentGuard::checked);
    session.guard().checkDisk();
    QVERIFY(checked.wait());
    QVERIFY(!session.guard().hasExternalChange());

    // Leaving the application saves too.
    typeAtEnd(session, QStringLiteral(" Then the window lost focus."));
    Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
    QVERIFY(saved.wait());
    QVERIFY(readAll(path).endsWith("Then the window lost focus."));
}

void ArticleSessionSavingTest::untitled_autosavesAsADraft()
{
    ArticleSession session(testJournal());
    QVERIFY(session.isUntitled());
    QSignalSpy saved(&session, &ArticleSession::saved);
    typeAtEnd(session, QStringLiteral("An untitled idea."));
    Q_EMIT session.guard().autosaveDue();
    QVERIFY(saved.wait());
    QVERIFY(!session.draftPath().isEmpty());
    QCOMPARE(readAll(session.draftPath()), QByteArray("An untitled idea."));
    QVERIFY(session.isModified()); // still untitled: closing asks where to keep it
    const QString draft = session.draftPath();
    session.discardChanges();
    QVERIFY(!QFile::exists(draft));
    QVERIFY(!session.isModified());
}

void ArticleSessionSavingTest::saveAs_unwritableTarget_keepsEverything()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("draft.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("Unsaved."));
    // A target nobody may write, not even root: a read-only file system.
    const QString target = QStringLiteral("/proc/version");
    const QByteArray before = readAll(target);
    QSignalSpy failed(&session, &ArticleSession::saveFailed);
    QVERIFY(!finished([&](auto done) { session.saveAs(target, done); }));
    QCOMPARE(failed.size(), 1);
    const auto result = failed.constFirst().at(1).value<Core::SaveResult>();
    QVERIFY2(result.error.contains(target), qPrintable(result.error));
    QCOMPARE(readAll(target), before);
    QCOMPARE(session.path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(session.text().endsWith(QLatin1String("Unsaved.")));
    QVERIFY(session.isModified());
}

void ArticleSessionSavingTest::saveAs_switchesToTheNewFileKeepingUndo()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("first.md")), original);
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    typeAtEnd(session, QStringLiteral("Edited."));
    const QString copy = dir.filePath(QStringLiteral("copy.md"));
    QSignalSpy moved(&session, &ArticleSession::pathChanged);
    QVERIFY(finished([&](auto done) { session.saveAs(copy, done); }));
    QCOMPARE(session.path(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(moved.size(), 1);
    QVERIFY(!session.isModified());
    QCOMPARE(readAll(path), original); // the old file stays as it was
    QVERIFY(readAll(copy).endsWith("Edited."));
    QVERIFY(session.document()->isUndoAvailable()); // the same text, still undoable
}

void ArticleSessionSavingTest::saveAs_plainTextAsMarkdown_getsFrontMatter()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("wire.txt")),
                                   "Harbour Wall Falls\nBy Ann Lee | Posted 2011-11-15\n\nThe wall fell.\n");
    ArticleSession session(testJournal());
    QVERIFY(openAndWait(session, path));
    const QString markdown = dir.filePath(QStringLiteral("wire.md"));
    QVERIFY(finished([&](auto done) { session.saveAs(markdown, done); }));
    QCOMPARE(session.path(), QFileInfo(markdown).absoluteFilePath());
    QVERIFY2(session.text().startsWith(QLatin1String("---\n")), qPrintable(session.text()));
    QCOMPARE(session.metadata().title, QStringLiteral("Harbour Wall Falls"));
    QCOMPARE(readAll(markdown), session.text().toUtf8());
}

QTEST_MAIN(ArticleSessionSavingTest)
#include "articlesession_saving_test.moc"
