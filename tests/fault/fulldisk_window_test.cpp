#include "fulldisk.h"
#include "ui/testdesk.h"
#include "ui/testfiles.h"

#include <safety/recoveryjournal.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/document/articlesession.h>
#include <ui/document/documentcontroller.h>
#include <ui/document/documentguard.h>
#include <ui/shell/deskservices.h>

#include <QApplication>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Byline;
using namespace Byline::WidgetUi;

namespace {

QByteArray column()
{
    QByteArray text = "---\ntitle: A column\n---\n\n";
    while (text.size() < 12000)
        text += "A paragraph written before the disk filled up.\n\n";
    return text;
}

// The recovery journal's entries that hold `text`, in every session folder.
int journalEntriesHolding(const QString &text)
{
    int found = 0;
    for (QDirIterator it(DeskServices::recoveryFolder(), {QStringLiteral("*.journal")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        if (QString::fromUtf8(readAll(it.next())).contains(text))
            ++found;
    }
    return found;
}

// The open article as the window has it, without the window: the session journalling where the
// program does, its File side, and what the user is told and asked.
struct Desk
{
    MessageBar bar;
    QStatusBar status;
    Notices notices {&bar, &status};
    ScriptedPrompts prompts;
    ArticleSession session {std::make_shared<Core::RecoveryJournal>(DeskServices::recoveryFolder())};
    DocumentController document {session, prompts, notices};

    bool save()
    {
        return finished([this](auto done) { document.save(done); });
    }
};

} // namespace

// Saving onto a disk that is full: the article on disk stays as it was, the text stays in the
// document marked unsaved, the recovery journal keeps it, and the user is told which file and
// why — for a save, an autosave and closing.
class FullDiskWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void save_onAFullDisk_keepsEverythingAndSaysSo();
    void autosave_onAFullDisk_keepsEverythingAndSaysSo();

private:
    QTemporaryDir m_home;
};

void FullDiskWindowTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-fulldisk-window-test"));
}

void FullDiskWindowTest::save_onAFullDisk_keepsEverythingAndSaysSo()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("column.md"));
    write(path, column());
    Desk desk;
    QVERIFY(openAndWait(desk.session, path));
    disk.fill();

    const QString typed = QStringLiteral("Words typed onto a full disk.");
    typeAtEnd(desk.session, typed);
    QVERIFY(!desk.save());

    QCOMPARE(readAll(path), column());
    QVERIFY(desk.session.text().endsWith(typed));
    QVERIFY(desk.session.document()->isModified());
    QVERIFY(desk.session.isModified());
    QVERIFY(!desk.prompts.asked().isEmpty()); // told, with a message of one button
    for (const QString &message : {desk.bar.text(), desk.prompts.lastText()}) {
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("the disk is full")), qPrintable(message));
    }
    QVERIFY(!desk.bar.isHidden());
    desk.session.guard().journalNow();
    QCOMPARE(journalEntriesHolding(typed), 1);

    // Closing still asks, since nothing was saved.
    desk.prompts.answer(QStringLiteral("cancel"));
    QCOMPARE(desk.document.keepChanges([] { QFAIL("nothing was kept"); }), DocumentController::Kept::Never);
    QVERIFY2(desk.prompts.lastText().contains(QLatin1String("not saved")), qPrintable(desk.prompts.lastText()));
    QVERIFY(desk.session.isModified());

    // With room again, the same save goes through and the journal lets the text go.
    disk.makeRoom();
    QVERIFY(desk.save());
    QVERIFY(readAll(path).endsWith(typed.toUtf8()));
    QVERIFY(!desk.session.isModified());
    desk.session.guard().waitForJournal();
    QCOMPARE(journalEntriesHolding(typed), 0);
}

void FullDiskWindowTest::autosave_onAFullDisk_keepsEverythingAndSaysSo()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("column.md"));
    write(path, column());
    Desk desk;
    QVERIFY(openAndWait(desk.session, path));
    disk.fill();

    const QString typed = QStringLiteral("Typed while autosave could not keep up.");
    typeAtEnd(desk.session, typed);
    QSignalSpy failed(&desk.session, &ArticleSession::saveFailed);
    Q_EMIT desk.session.guard().autosaveDue();
    QVERIFY(failed.wait(20000));

    QCOMPARE(readAll(path), column());
    QVERIFY(desk.session.isModified());
    QVERIFY(desk.session.text().endsWith(typed));
    const QString message = desk.bar.text();
    QVERIFY2(message.contains(QLatin1String("Autosave failed")) && message.contains(path)
                 && message.contains(QLatin1String("the disk is full")),
             qPrintable(message));
    QVERIFY(desk.prompts.asked().isEmpty()); // an autosave never interrupts with a question
    desk.session.guard().journalNow();
    QCOMPARE(journalEntriesHolding(typed), 1);
    desk.session.discardChanges(); // the test is over
}

BYLINE_FULL_DISK_TEST_MAIN(QApplication, FullDiskWindowTest)

#include "fulldisk_window_test.moc"
