#include "testarticle.h"
#include "testdesk.h"
#include "testfiles.h"

#include <safety/atomicfile.h>
#include <safety/recoveryjournal.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/document/documentcontroller.h>
#include <ui/document/documentguard.h>
#include <ui/shell/recoveryoffer.h>

#include <QApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <iterator>

#include <fcntl.h>
#include <unistd.h>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

// The open article and its File controller, with the user's answers scripted; no window.
struct Desk
{
    ArticleSession session {testJournal()};
    MessageBar bar;
    QStatusBar statusBar;
    Notices notices {&bar, &statusBar};
    ScriptedPrompts prompts;
    DocumentController controller {session, prompts, notices};
};

void useTestPaths()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-documentcontroller-test"));
}

// Run as a child: open a file, type, let the journal catch up, then die as `kill -9` would.
[[noreturn]] void typeAndDie(const QString &path)
{
    ArticleSession session(std::make_shared<Core::RecoveryJournal>(DeskServices::recoveryFolder()));
    openAndWait(session, path);
    typeAtEnd(session, QStringLiteral("Words that were never saved."));
    session.guard().journalNow();
    ::kill(::getpid(), SIGKILL);
    std::abort();
}

} // namespace

// The File menu's side of the open article: what it asks, what it tells, and that unsaved text is
// never dropped without asking.
class DocumentControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void killedSession_isOfferedForRecovery();
    void externalChange_saveAsksFirst();
    void externalChange_reload_showsTheDiskVersion();
    void deletedFile_bannerSavesItBack();
    void openingAnother_asksToKeepChanges_data();
    void openingAnother_asksToKeepChanges();
    void untitled_saveAsksWhere();
    void untitled_discard_forgetsTheDraft();
    void failedSave_saysWhichFileAndWhy();
    void failedAutosave_saysSoInTheBanner();
    void brokenFrontMatter_namesTheLineUntilFixed();
    void readOnlyFile_saysSo();
    void nameNotUtf8_opensReadOnlyAndIsNotTakenForDeleted();
};

void DocumentControllerTest::initTestCase()
{
    QDir(DeskServices::recoveryFolder()).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/Drafts"))
        .removeRecursively();
}

void DocumentControllerTest::cleanup()
{
    Core::AtomicFile::setFaults({});
}

void DocumentControllerTest::killedSession_isOfferedForRecovery()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("column.md")), original);
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--type-and-die"), path});
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(readAll(path), original); // the file itself was never touched

    TestWindow desk;
    desk.prompts.answer(QStringLiteral("restore"));
    offerRecovery(desk.window);
    QVERIFY2(desk.prompts.lastText().contains(QLatin1String("column.md")), qPrintable(desk.prompts.lastText()));
    ArticleSession &session = desk.session();
    QTRY_COMPARE(session.path(), QFileInfo(path).absoluteFilePath());
    QTRY_VERIFY(session.text().endsWith(QLatin1String("Words that were never saved.")));
    QVERIFY(session.isModified());
    QVERIFY(desk.window.isWindowModified());
    QCOMPARE(readAll(path), original); // restoring is not saving
    session.document()->undo(); // back to the text of the file
    QCOMPARE(session.text().toUtf8(), original);
    session.document()->redo();
    QVERIFY(finished([&](auto done) { desk.parts().document->save(done); }));
    QVERIFY(readAll(path).endsWith("Words that were never saved."));
    QVERIFY(Core::RecoveryJournal::orphanedEntries(DeskServices::recoveryFolder()).isEmpty());
}

void DocumentControllerTest::externalChange_saveAsksFirst()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("shared.md")), original);
    Desk desk;
    QVERIFY(openAndWait(desk.session, path));
    typeAtEnd(desk.session, QStringLiteral("Mine."));
    const QByteArray theirs = "---\ntitle: Column\n---\n\nThe editor's version.\n";
    writeFile(path, theirs);
    QTRY_VERIFY(desk.session.guard().hasExternalChange());
    QVERIFY(desk.bar.text().contains(QLatin1String("changed by another program")));

    desk.prompts.answer(QStringLiteral("cancel"));
    QVERIFY(!finished([&](auto done) { desk.controller.save(done); }));
    QVERIFY(desk.prompts.lastText().contains(QLatin1String("changed by another program")));
    QCOMPARE(readAll(path), theirs);

    QVERIFY(desk.bar.trigger(QStringLiteral("Keep my text")));
    QVERIFY(finished([&](auto done) { desk.controller.save(done); })); // chosen: no question now
    QVERIFY(readAll(path).endsWith("Mine."));
    QVERIFY(desk.prompts.allAnswered());
}

void DocumentControllerTest::externalChange_reload_showsTheDiskVersion()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("reload.md")), original);
    Desk desk;
    QVERIFY(openAndWait(desk.session, path));
    const QByteArray theirs = "---\ntitle: Column\n---\n\nRewritten elsewhere.\n";
    writeFile(path, theirs);
    QTRY_VERIFY(desk.session.guard().hasExternalChange());
    QSignalSpy opened(&desk.session, &ArticleSession::opened);
    QVERIFY(desk.bar.trigger(QStringLiteral("Reload")));
    QVERIFY(opened.wait());
    QCOMPARE(desk.session.text().toUtf8(), theirs);
    QVERIFY(!desk.session.isModified());
}

void DocumentControllerTest::deletedFile_bannerSavesItBack()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("gone.md")), original);
    Desk desk;
    QVERIFY(openAndWait(desk.session, path));
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(desk.bar.text().contains(QLatin1String("deleted or moved")));
    QCOMPARE(desk.bar.level(), MessageBar::Level::Error);
    QSignalSpy saved(&desk.session, &ArticleSession::saved);
    QVERIFY(desk.bar.trigger(QStringLiteral("Save")));
    QVERIFY(saved.wait());
    QCOMPARE(readAll(path), original);
    QVERIFY(desk.statusBar.currentMessage().contains(QLatin1String("Saved gone.md")));
}

void DocumentControllerTest::openingAnother_asksToKeepChanges_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QByteArray>("firstOnDisk");
    QTest::newRow("save") << "save" << true << QByteArray(original + "Kept.");
    QTest::newRow("discard") << "discard" << true << original;
    QTest::newRow("cancel") << "cancel" << false << original;
}

void DocumentControllerTest::openingAnother_asksToKeepChanges()
{
    QFETCH(QString, answer);
    QFETCH(bool, opens);
    QFETCH(QByteArray, firstOnDisk);
    QTemporaryDir dir;
    const QString first = writeFile(dir.filePath(QStringLiteral("first.md")), original);
    const QString second = writeFile(dir.filePath(QStringLiteral("second.md")), "Second.\n");
    Desk desk;
    QVERIFY(openAndWait(desk.session, first));
    typeAtEnd(desk.session, QStringLiteral("Kept."));
    desk.prompts.answer(answer);
    QCOMPARE(finished([&](auto done) { desk.controller.openArticle(second, done); }), opens);
    QVERIFY(desk.prompts.lastText().contains(QLatin1String("first.md has changes that are not saved")));
    QCOMPARE(readAll(first), firstOnDisk);
    QCOMPARE(desk.session.path(), QFileInfo(opens ? second : first).absoluteFilePath());
    if (!opens)
        QVERIFY(desk.session.text().endsWith(QLatin1String("Kept.")));
}

void DocumentControllerTest::untitled_saveAsksWhere()
{
    QTemporaryDir dir;
    Desk desk;
    typeAtEnd(desk.session, QStringLiteral("# A new column\n"));
    const QString target = dir.filePath(QStringLiteral("new-column.md"));
    desk.prompts.answerText(target);
    QVERIFY(finished([&](auto done) { desk.controller.save(done); }));
    QCOMPARE(desk.prompts.asked().constLast().kind, QStringLiteral("file"));
    QCOMPARE(desk.session.path(), QFileInfo(target).absoluteFilePath());
    QCOMPARE(readAll(target), QByteArray("# A new column\n"));
    QVERIFY(!desk.session.isModified());
}

void DocumentControllerTest::untitled_discard_forgetsTheDraft()
{
    Desk desk;
    QSignalSpy saved(&desk.session, &ArticleSession::saved);
    typeAtEnd(desk.session, QStringLiteral("An untitled idea."));
    Q_EMIT desk.session.guard().autosaveDue();
    QVERIFY(saved.wait());
    const QString draft = desk.session.draftPath();
    QVERIFY(QFile::exists(draft));
    desk.prompts.answer(QStringLiteral("discard"));
    desk.controller.closeDocument();
    QVERIFY(desk.prompts.lastText().contains(QLatin1String("This document has changes")));
    QVERIFY(!QFile::exists(draft));
    QVERIFY(desk.session.text().isEmpty());
}

void DocumentControllerTest::failedSave_saysWhichFileAndWhy()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("column.md")), original);
    Desk desk;
    QVERIFY(openAndWait(desk.session, path));
    typeAtEnd(desk.session, QStringLiteral("Unsaved."));
    Core::AtomicFile::setFaults({{Core::AtomicFile::Fault::Stage::Write, ENOSPC, QStringLiteral("column.md"), -1}});
    QVERIFY(!finished([&](auto done) { desk.controller.save(done); }));
    for (const QString &message : {desk.bar.text(), desk.prompts.lastText()})
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("the disk is full")), qPrintable(message));
    QCOMPARE(desk.bar.level(), MessageBar::Level::Error);
    QCOMPARE(readAll(path), original);
    QVERIFY(desk.session.isModified());

    // Leaving asks; and saving then fails the same way, so the changes are not lost.
    desk.prompts.answer(QStringLiteral("save"));
    QCOMPARE(desk.controller.keepChanges([] { QFAIL("nothing may close after a failed save"); }),
             DocumentController::Kept::Later);
    QTRY_VERIFY(!desk.session.isSaving());
    QVERIFY(desk.session.isModified());
}

void DocumentControllerTest::failedAutosave_saysSoInTheBanner()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("column.md")), original);
    Desk desk;
    QVERIFY(openAndWait(desk.session, path));
    typeAtEnd(desk.session, QStringLiteral("Unsaved."));
    Core::AtomicFile::setFaults({{Core::AtomicFile::Fault::Stage::Commit, EROFS, QStringLiteral("column.md"), -1}});
    QSignalSpy failed(&desk.session, &ArticleSession::saveFailed);
    Q_EMIT desk.session.guard().autosaveDue();
    QVERIFY(failed.wait());
    QVERIFY2(desk.bar.text().startsWith(QLatin1String("Autosave failed")) && desk.bar.text().contains(path)
                 && desk.bar.text().contains(QLatin1String("the disk is read-only")),
             qPrintable(desk.bar.text()));
    QVERIFY(desk.prompts.asked().isEmpty()); // an autosave never interrupts with a dialog
    QCOMPARE(readAll(path), original);
}

void DocumentControllerTest::brokenFrontMatter_namesTheLineUntilFixed()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("broken.md")), "---\ntitle: [unclosed\n---\n\nText.\n");
    Desk desk;
    QVERIFY(openAndWait(desk.session, path));
    QVERIFY2(desk.bar.text().contains(QLatin1String("Line ")), qPrintable(desk.bar.text()));
    QVERIFY(!desk.bar.isHidden());
    // The writer closes the bracket; the banner goes with the next render.
    QTextCursor cursor = desk.session.document()->find(QStringLiteral("[unclosed"));
    QVERIFY(!cursor.isNull());
    cursor.insertText(QStringLiteral("Closed"));
    QTRY_VERIFY(desk.bar.isHidden());
}

void DocumentControllerTest::readOnlyFile_saysSo()
{
    if (::geteuid() == 0)
        QSKIP("root may write any file; permissions cannot make one read-only");
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("locked.md")), original);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    Desk desk;
    QVERIFY(openAndWait(desk.session, path));
    QVERIFY(desk.bar.text().contains(QLatin1String("read-only")));
    QVERIFY(!finished([&](auto done) { desk.controller.save(done); }));
    QCOMPARE(readAll(path), original);
}

void DocumentControllerTest::nameNotUtf8_opensReadOnlyAndIsNotTakenForDeleted()
{
    QTemporaryDir dir;
    const QByteArray raw = QFile::encodeName(dir.path()) + "/caf\xE9.md"; // Latin-1, as Qt cannot write it
    const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, original.constData(), size_t(original.size())), ssize_t(original.size()));
    ::close(fd);
    const auto removeRaw = qScopeGuard([&raw] { ::unlink(raw.constData()); });

    Desk desk;
    QVERIFY(openAndWait(desk.session, QFile::decodeName(raw)));
    QCOMPARE(desk.session.text().toUtf8(), original);
    QVERIFY2(desk.bar.text().contains(QLatin1String("not valid UTF-8")), qPrintable(desk.bar.text()));
    QSignalSpy checked(&desk.session.guard(), &DocumentGuard::checked);
    desk.session.guard().checkDisk();
    QVERIFY(checked.wait());
    QVERIFY2(!desk.bar.text().contains(QLatin1String("deleted")), qPrintable(desk.bar.text()));

    typeAtEnd(desk.session, QStringLiteral("More."));
    QVERIFY(!finished([&](auto done) { desk.controller.save(done); }));
    const std::filesystem::path folder(QFile::encodeName(dir.path()).toStdString());
    const auto files = std::distance(std::filesystem::directory_iterator(folder), {});
    QCOMPARE(files, 1); // no second file beside it under the decoded name
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    useTestPaths();
    if (argc == 3 && qstrcmp(argv[1], "--type-and-die") == 0)
        typeAndDie(QString::fromLocal8Bit(argv[2]));
    QTEST_SET_MAIN_SOURCE_PATH
    DocumentControllerTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "documentcontroller_test.moc"
