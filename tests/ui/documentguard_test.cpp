#include "modaldialogs.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <common/messagebar.h>
#include <document/documentguard.h>
#include <editor/markdowneditor.h>
#include <shell/mainwindow.h>
#include <unistd.h>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

const QByteArray original = "---\ntitle: Column\n---\n\nThe first paragraph.\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

void type(MainWindow &window, const QString &text)
{
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), text);
}

// An article on disk, open in a window.
struct OpenArticle
{
    explicit OpenArticle(const QString &name)
        : path(writeFile(dir.filePath(name), original))
    {
        if (!window.openFile(path))
            qFatal("cannot open %s", qPrintable(path));
    }

    QTemporaryDir dir;
    QString path;
    MainWindow window;
};

void useTestPaths()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-documentguard-test"));
}

// Run as a child: open a file, type, let the journal catch up, then die as `kill -9` would.
[[noreturn]] void typeAndDie(const QString &path)
{
    MainWindow window;
    window.openFile(path);
    type(window, QStringLiteral("Words that were never saved."));
    window.guard()->journalNow();
    ::kill(::getpid(), SIGKILL);
    std::abort();
}

} // namespace

class DocumentGuardTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedSession_isOfferedForRecovery();
    void savedText_leavesNothingToRecover();
    void externalChange_asksInsteadOfOverwriting();
    void externalChange_reload_showsTheDiskVersion();
    void deletedFile_keepsTheTextWithABanner();
    void autosave_writesAtomicallyAndSkipsConflicts();
    void untitled_autosavesAsADraft();
    void readOnlyTarget_keepsTheOriginalAndReportsTheError();
    void readOnlyFile_opensReadOnlyWithABanner();
};

void DocumentGuardTest::initTestCase()
{
    useTestPaths();
    QDir(MainWindow::recoveryFolder()).removeRecursively();
    QDir(MainWindow::draftsFolder()).removeRecursively();
}

void DocumentGuardTest::killedSession_isOfferedForRecovery()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("column.md")), original);
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--type-and-die"), path});
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(readAll(path), original); // the file itself was never touched

    MainWindow window;
    QString question;
    answerNextDialog(QStringLiteral("Restore"), &question);
    window.offerRecovery();
    QVERIFY2(question.contains(QLatin1String("column.md")), qPrintable(question));
    QCOMPARE(window.currentPath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.editor()->toPlainText().endsWith(QLatin1String("Words that were never saved.")));
    QVERIFY(window.isWindowModified());
    QCOMPARE(readAll(path), original); // restoring is not saving
    window.editor()->undo(); // back to the text of the file
    QCOMPARE(window.editor()->toPlainText().toUtf8(), original);
    window.editor()->redo();
    QVERIFY(window.save());
    QVERIFY(readAll(path).endsWith("Words that were never saved."));
    QVERIFY(Core::RecoveryJournal::orphanedEntries(MainWindow::recoveryFolder()).isEmpty());
}

void DocumentGuardTest::savedText_leavesNothingToRecover()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("saved.md")), original);
    {
        MainWindow window;
        QVERIFY(window.openFile(path));
        type(window, QStringLiteral("More."));
        window.guard()->journalNow();
        QVERIFY(window.save());
        window.guard()->waitForJournal();
        const QDir session(QDir(MainWindow::recoveryFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0));
        QVERIFY(QDir(MainWindow::recoveryFolder() + QLatin1Char('/') + session.path())
                    .entryList({QStringLiteral("*.journal")})
                    .isEmpty());
    }
    QVERIFY(Core::RecoveryJournal::orphanedEntries(MainWindow::recoveryFolder()).isEmpty());
}

void DocumentGuardTest::externalChange_asksInsteadOfOverwriting()
{
    OpenArticle article(QStringLiteral("shared.md"));
    MainWindow &window = article.window;
    const QString &path = article.path;
    type(window, QStringLiteral("Mine."));
    const QByteArray theirs = "---\ntitle: Column\n---\n\nThe editor's version.\n";
    writeFile(path, theirs);
    QTRY_VERIFY(window.guard()->hasExternalChange());
    QVERIFY(window.messageBar()->isVisibleTo(&window));
    QVERIFY(window.messageBar()->text().contains(QLatin1String("changed by another program")));

    Q_EMIT window.guard()->autosaveDue(); // autosave must not write over their version
    QCOMPARE(readAll(path), theirs);
    answerNextDialog(QStringLiteral("Cancel")); // neither does a save without asking
    QVERIFY(!window.save());
    QCOMPARE(readAll(path), theirs);
    QVERIFY(window.editor()->toPlainText().endsWith(QLatin1String("Mine.")));

    QVERIFY(window.messageBar()->trigger(QStringLiteral("Keep my text")));
    QVERIFY(!window.guard()->hasExternalChange());
    QVERIFY(window.save()); // the user chose: now it may
    QVERIFY(readAll(path).endsWith("Mine."));
}

void DocumentGuardTest::externalChange_reload_showsTheDiskVersion()
{
    OpenArticle article(QStringLiteral("reload.md"));
    MainWindow &window = article.window;
    const QString &path = article.path;
    const QByteArray theirs = "---\ntitle: Column\n---\n\nRewritten elsewhere.\n";
    writeFile(path, theirs);
    QTRY_VERIFY(window.guard()->hasExternalChange());
    QVERIFY(window.messageBar()->trigger(QStringLiteral("Reload")));
    QCOMPARE(window.editor()->toPlainText().toUtf8(), theirs);
    QVERIFY(!window.isWindowModified());
}

void DocumentGuardTest::deletedFile_keepsTheTextWithABanner()
{
    OpenArticle article(QStringLiteral("gone.md"));
    MainWindow &window = article.window;
    const QString &path = article.path;
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(window.guard()->isDeleted());
    QVERIFY(window.messageBar()->text().contains(QLatin1String("deleted or moved")));
    QCOMPARE(window.editor()->toPlainText().toUtf8(), original);
    QVERIFY(window.isWindowModified()); // closing would ask
    Q_EMIT window.guard()->autosaveDue();
    QVERIFY(!QFile::exists(path)); // autosave does not quietly bring it back
    QVERIFY(window.messageBar()->trigger(QStringLiteral("Save")));
    QCOMPARE(readAll(path), original);
}

void DocumentGuardTest::autosave_writesAtomicallyAndSkipsConflicts()
{
    OpenArticle article(QStringLiteral("auto.md"));
    MainWindow &window = article.window;
    const QString &path = article.path;
    QCOMPARE(window.guard()->autosaveInterval(), 30);
    type(window, QStringLiteral("Autosaved words."));
    Q_EMIT window.guard()->autosaveDue();
    QVERIFY(readAll(path).endsWith("Autosaved words."));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(QDir(article.dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left
    window.guard()->checkDisk(); // our own write must not look like someone else's
    QVERIFY(!window.guard()->hasExternalChange());

    // Leaving the application saves too.
    type(window, QStringLiteral(" Then the window lost focus."));
    Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
    QVERIFY(readAll(path).endsWith("Then the window lost focus."));
}

void DocumentGuardTest::untitled_autosavesAsADraft()
{
    MainWindow window;
    window.newDocument();
    type(window, QStringLiteral("An untitled idea."));
    Q_EMIT window.guard()->autosaveDue();
    QVERIFY(!window.draftPath().isEmpty());
    QCOMPARE(readAll(window.draftPath()), QByteArray("An untitled idea."));
    QVERIFY(window.isWindowModified()); // still untitled: closing asks where to keep it
    const QString draft = window.draftPath();
    answerNextDialog(QStringLiteral("Discard"));
    QVERIFY(window.closeDocument());
    QVERIFY(!QFile::exists(draft));
}

void DocumentGuardTest::readOnlyTarget_keepsTheOriginalAndReportsTheError()
{
    OpenArticle article(QStringLiteral("draft.md"));
    MainWindow &window = article.window;
    const QString &path = article.path;
    type(window, QStringLiteral("Unsaved."));
    // A target nobody may write, not even root: a read-only file system.
    const QString target = QStringLiteral("/proc/version");
    const QByteArray before = readAll(target);
    QString error;
    answerNextDialog(QString(), &error);
    QVERIFY(!window.saveAs(target));
    QVERIFY2(error.contains(QLatin1String("/proc/version")), qPrintable(error));
    QCOMPARE(readAll(target), before);
    QCOMPARE(window.currentPath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.editor()->toPlainText().endsWith(QLatin1String("Unsaved.")));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.messageBar()->isVisibleTo(&window));
}

void DocumentGuardTest::readOnlyFile_opensReadOnlyWithABanner()
{
    if (::geteuid() == 0)
        QSKIP("root may write any file; permissions cannot make one read-only");
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("locked.md")), original);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.editor()->isReadOnly());
    QVERIFY(window.messageBar()->text().contains(QLatin1String("read-only")));
    QVERIFY(!window.save());
    QCOMPARE(readAll(path), original);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    useTestPaths();
    if (argc == 3 && qstrcmp(argv[1], "--type-and-die") == 0)
        typeAndDie(QString::fromLocal8Bit(argv[2]));
    QTEST_SET_MAIN_SOURCE_PATH
    DocumentGuardTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "documentguard_test.moc"
