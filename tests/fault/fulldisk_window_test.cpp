#include "fulldisk.h"
#include "ui/modaldialogs.h"
#include "ui/testfiles.h"

#include <QApplication>
#include <QDirIterator>
#include <QTest>

#include <common/messagebar.h>
#include <document/documentguard.h>
#include <editor/markdowneditor.h>
#include <shell/mainwindow.h>

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
    for (QDirIterator it(MainWindow::recoveryFolder(), {QStringLiteral("*.journal")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        if (QString::fromUtf8(readAll(it.next())).contains(text))
            ++found;
    }
    return found;
}

} // namespace

// Saving in the window onto a disk that is full: the article on disk stays as it was, the text
// stays in the editor marked unsaved, the recovery journal keeps it, and the user is told which
// file and why — for a save, an autosave and closing the window.
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
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    disk.fill();

    const QString typed = QStringLiteral("Words typed onto a full disk.");
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), typed);
    QString dialog;
    answerNextDialog(QStringLiteral("OK"), &dialog);
    QVERIFY(!window.save());

    QCOMPARE(readAll(path), column());
    QVERIFY(window.editor()->toPlainText().endsWith(typed));
    QVERIFY(window.editor()->document()->isModified());
    QVERIFY(window.isWindowModified());
    for (const QString &message : {window.messageBar()->text(), dialog}) {
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("the disk is full")), qPrintable(message));
    }
    window.guard()->journalNow();
    QCOMPARE(journalEntriesHolding(typed), 1);

    // Closing still asks, since nothing was saved.
    QString question;
    answerNextDialog(QStringLiteral("Cancel"), &question);
    QVERIFY(!window.close());
    QVERIFY2(question.contains(QLatin1String("not saved")), qPrintable(question));

    // With room again, the same save goes through and the journal lets the text go.
    disk.makeRoom();
    QVERIFY(window.save());
    QVERIFY(readAll(path).endsWith(typed.toUtf8()));
    QVERIFY(!window.isWindowModified());
    window.guard()->waitForJournal();
    QCOMPARE(journalEntriesHolding(typed), 0);
}

void FullDiskWindowTest::autosave_onAFullDisk_keepsEverythingAndSaysSo()
{
    FullDisk disk;
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("column.md"));
    write(path, column());
    MainWindow window;
    QVERIFY(window.openFile(path));
    disk.fill();

    const QString typed = QStringLiteral("Typed while autosave could not keep up.");
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), typed);
    Q_EMIT window.guard()->autosaveDue();

    QCOMPARE(readAll(path), column());
    QVERIFY(window.editor()->document()->isModified());
    const QString message = window.messageBar()->text();
    QVERIFY2(message.contains(QLatin1String("Autosave failed")) && message.contains(path)
                 && message.contains(QLatin1String("the disk is full")),
             qPrintable(message));
    window.guard()->journalNow();
    QCOMPARE(journalEntriesHolding(typed), 1);
    window.editor()->document()->setModified(false); // the test is over; no question on closing
}

BYLINE_FULL_DISK_TEST_MAIN(QApplication, FullDiskWindowTest)

#include "fulldisk_window_test.moc"
