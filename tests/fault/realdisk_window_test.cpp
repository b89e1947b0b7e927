#include "faultplan.h"
#include "fulldisk.h"
#include "ui/librarydesk.h"

#include <ui/document/documentguard.h>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

const QByteArray first = "---\ntitle: First\nstatus: draft\n---\n\nThe first text.\n";
const QByteArray second = "---\ntitle: Second\nstatus: review\n---\n\nThe second text.\n";
const QString typed = QStringLiteral(" Words typed and not yet saved.");

// Every file under `folder` with its bytes: what a failed action must leave exactly as it was.
QMap<QString, QByteArray> contents(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("/.filler")))
            files.insert(QDir(folder).relativeFilePath(path), readAll(path));
    }
    return files;
}

} // namespace

// The window's writes on real file systems gone wrong: a disk remounted read-only while an
// article is open, a full disk under the library's file actions, and the article (or its folder)
// deleted while open. Save and autosave on a full disk are in fulldisk_window_test; exports in
// fulldisk_export_test; the index in indexfault_test.
class RealDiskWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void readOnlyDisk_saveAndAutosave_keepTheText();
    void readOnlyDisk_libraryActions_changeNothing();
    void fullDisk_libraryActions_changeNothing();
    void deletedWhileOpen_keepsTheTextAndSaveWritesItBack();
    void folderDeletedWhileOpen_saveSaysWhatToDo();

private:
    QTemporaryDir m_home;
};

void RealDiskWindowTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-realdisk-window-test"));
}

void RealDiskWindowTest::cleanup()
{
    clearFaults();
}

void RealDiskWindowTest::readOnlyDisk_saveAndAutosave_keepTheText()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("first.md"));
    write(path, first);
    LibraryDesk desk;
    QVERIFY(desk.open(path));
    desk.typeAtEnd(typed);
    if (!disk.makeReadOnly())
        QSKIP("remounting the tmpfs read-only is not allowed here");

    QSignalSpy failed(&desk.session, &ArticleSession::saveFailed);
    Q_EMIT desk.session.guard().autosaveDue();
    QVERIFY(failed.wait());
    QVERIFY2(desk.bar->text().contains(path) && desk.bar->text().contains(QLatin1String("the disk is read-only")),
             qPrintable(desk.bar->text()));
    QVERIFY(desk.prompts.asked().isEmpty());

    QVERIFY(!finished([&](auto done) { desk.document.save(done); }));
    const QString message = desk.prompts.lastText();
    QVERIFY2(message.contains(path) && message.contains(QLatin1String("the disk is read-only"))
                 && saysWhatToDo(message),
             qPrintable(message));
    QCOMPARE(readAll(path), first);
    QCOMPARE(filesIn(disk.path()), QStringList {QStringLiteral("first.md")});
    QVERIFY(desk.session.text().endsWith(typed));
    QVERIFY(desk.session.isModified());
    desk.session.guard().journalNow();
    QCOMPARE(journalEntriesHolding(desk.journal->sessionFolder(), typed), 1);
    desk.session.discardChanges();
}

void RealDiskWindowTest::readOnlyDisk_libraryActions_changeNothing()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    write(disk.filePath(QStringLiteral("first.md")), first);
    write(disk.filePath(QStringLiteral("columns/second.md")), second);
    LibraryDesk desk;
    desk.openLibrary(disk.path());
    QVERIFY(desk.open(disk.filePath(QStringLiteral("first.md"))));
    const QMap<QString, QByteArray> before = contents(disk.path());
    if (!disk.makeReadOnly())
        QSKIP("remounting the tmpfs read-only is not allowed here");
    const QString other = disk.filePath(QStringLiteral("columns/second.md"));

    const auto failsNaming = [&](const std::function<void(ArticleActions::Done)> &action, const QString &file) {
        const qsizetype asked = desk.prompts.asked().size();
        if (finished(action))
            return QStringLiteral("it succeeded");
        if (desk.prompts.asked().size() != asked + 1)
            return QStringLiteral("the user was not told");
        const QString message = desk.prompts.lastText();
        return message.contains(file) ? QString() : message;
    };
    QString problem
        = failsNaming([&](auto done) { desk.articles().renameArticle(other, QStringLiteral("renamed"), done); }, other);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = failsNaming([&](auto done) { desk.articles().moveArticle(other, QString(), done); }, other);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = failsNaming([&](auto done) { desk.articles().setArticleStatus(other, QStringLiteral("approved"), done); },
                          other);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Core::NewArticle fresh;
    fresh.title = QStringLiteral("A new column");
    problem = failsNaming([&](auto done) { desk.articles().createArticle(disk.path(), fresh, done); },
                          disk.filePath(QStringLiteral("a-new-column.md")));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(contents(disk.path()), before);
}

void RealDiskWindowTest::fullDisk_libraryActions_changeNothing()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    write(disk.filePath(QStringLiteral("first.md")), first);
    QByteArray long_ = second;
    while (long_.size() < 12000)
        long_ += "A paragraph written before the disk filled up.\n\n";
    write(disk.filePath(QStringLiteral("columns/second.md")), long_);
    LibraryDesk desk;
    desk.openLibrary(disk.path());
    QVERIFY(desk.open(disk.filePath(QStringLiteral("first.md"))));
    const QMap<QString, QByteArray> before = contents(disk.path());
    disk.fill();
    const QString other = disk.filePath(QStringLiteral("columns/second.md"));

    QVERIFY(!finished([&](auto done) { desk.articles().setArticleStatus(other, QStringLiteral("approved"), done); }));
    QString message = desk.prompts.lastText();
    QVERIFY2(message.contains(other) && message.contains(QLatin1String("the disk is full")) && saysWhatToDo(message),
             qPrintable(message));

    Core::NewArticle fresh;
    fresh.title = QStringLiteral("A new column that does not fit");
    fresh.author = QStringLiteral("A columnist with a rather long name, so the front matter takes room");
    QVERIFY(!finished([&](auto done) { desk.articles().createArticle(disk.path(), fresh, done); }));
    message = desk.prompts.lastText();
    QVERIFY2(message.contains(QLatin1String("a-new-column")) && saysWhatToDo(message), qPrintable(message));
    QCOMPARE(contents(disk.path()), before);
    QCOMPARE(desk.session.path(), disk.filePath(QStringLiteral("first.md")));
}

void RealDiskWindowTest::deletedWhileOpen_keepsTheTextAndSaveWritesItBack()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("first.md")), first);
    LibraryDesk desk;
    QVERIFY(desk.open(path));
    desk.typeAtEnd(typed);
    QVERIFY(QFile::remove(path));

    QTRY_VERIFY_WITH_TIMEOUT(desk.bar->text().contains(QLatin1String("was deleted or moved away")), 10000);
    QVERIFY(desk.session.text().endsWith(typed));
    QVERIFY(desk.session.isModified());
    desk.session.autosave(); // never brings a deleted file back behind the user's back
    QVERIFY(!desk.session.isSaving());
    QVERIFY(!QFileInfo::exists(path));

    QVERIFY(finished([&](auto done) { desk.document.save(done); }));
    QVERIFY(readAll(path).endsWith(typed.toUtf8()));
    QVERIFY(!desk.session.isModified());
    QCOMPARE(filesIn(dir.path()), QStringList {QStringLiteral("first.md")});
    QTRY_VERIFY(desk.bar->isHidden());
}

void RealDiskWindowTest::folderDeletedWhileOpen_saveSaysWhatToDo()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("columns/first.md")), first);
    LibraryDesk desk;
    QVERIFY(desk.open(path));
    desk.typeAtEnd(typed);
    QVERIFY(QDir(dir.filePath(QStringLiteral("columns"))).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(desk.bar->text().contains(QLatin1String("was deleted or moved away")), 10000);

    QVERIFY(!finished([&](auto done) { desk.document.save(done); }));
    const QString message = desk.prompts.lastText();
    QVERIFY2(message.contains(path) && message.contains(QLatin1String("its folder no longer exists"))
                 && message.contains(QLatin1String("in a folder that exists")),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("columns"))));
    QVERIFY(desk.session.text().endsWith(typed));
    QVERIFY(desk.session.isModified());
    desk.session.guard().journalNow();
    QCOMPARE(journalEntriesHolding(desk.journal->sessionFolder(), typed), 1);
    desk.session.discardChanges();
}

BYLINE_FULL_DISK_TEST_MAIN(QApplication, RealDiskWindowTest)

#include "realdisk_window_test.moc"
