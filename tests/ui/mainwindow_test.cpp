#include "testfiles.h"

#include <library/librarypanel.h>
#include <library/samplelibrary.h>

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>

#include <common/messagebar.h>
#include <editor/markdowneditor.h>
#include <panels/outlinepanel.h>
#include <panels/statisticsview.h>
#include <preview/previewpane.h>
#include <shell/mainwindow.h>

using namespace Byline::WidgetUi;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}
} // namespace

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openFile_showsNameTextAndPreview();
    void typing_updatesThePreviewWithoutBlocking();
    void save_writesTheEditorTextWithItsLineEndings();
    void malformedFrontMatter_opensWithABanner();
    void binaryFile_isRefusedAndNothingChanges();
    void sampleLibrary_opensWithItsArticles();
    void plainText_saveAsMarkdown_writesFrontMatter();
    void scrollSync_editorAndPreviewFollowEachOther();
    void statusBar_showsTargetAndDeadline();
    void outline_jumpsAndFollowsTheCursor();
    void readerMode_showsThePreviewAloneAndComesBack();
    void recentFiles_andCursorPosition_areRemembered();
    void darkTheme_restylesEditorPreviewAndWindow();
    void shortcuts_areUniqueAndMenusHaveMnemonics();

private:
    QTemporaryDir m_home;
};

namespace {

QString manuscript(int sections)
{
    QString text = QStringLiteral("---\ntitle: Long\n---\n\n");
    for (int s = 1; s <= sections; ++s) {
        text += QStringLiteral("## Section %1\n\n").arg(s);
        for (int p = 0; p < 4; ++p)
            text += QStringLiteral("Paragraph %1 of section %2, with enough words to wrap a line or two in the "
                                   "preview and in the editor alike.\n\n")
                        .arg(p)
                        .arg(s);
    }
    return text;
}

} // namespace

void MainWindowTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-mainwindow-test"));
}

void MainWindowTest::openFile_showsNameTextAndPreview()
{
    MainWindow window;
    QVERIFY(window.openFile(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("ovirt-at-last.md[*] — Byline"));
    QVERIFY(window.editor()->toPlainText().startsWith(QLatin1String("---\ntitle: \"oVirt at Last\"")));
    QTRY_VERIFY(window.preview()->toPlainText().contains(QLatin1String("Rocket Fuel")));
    QVERIFY(!window.preview()->toPlainText().contains(QLatin1String("status: published")));
    // Lines of the file map to the preview's blocks, for scroll sync.
    QCOMPARE(window.preview()->previewDocument().blockForLine(9).text(), QStringLiteral("oVirt at Last"));
    QVERIFY(window.preview()->previewDocument().blockForLine(13).text().startsWith(QLatin1String("Over past")));
}

void MainWindowTest::typing_updatesThePreviewWithoutBlocking()
{
    MainWindow window;
    QVERIFY(window.openFile(QStringLiteral(BYLINE_SAMPLES_DIR "/the-last-bus-home.md")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(window.editor(), Qt::Key_Return);
    QTest::keyClick(window.editor(), Qt::Key_Return);
    QTest::keyClicks(window.editor(), QStringLiteral("## Fresh *subhead*"));
    QVERIFY(window.isWindowModified());
    QTRY_VERIFY(window.preview()->toPlainText().contains(QLatin1String("Fresh subhead")));
}

void MainWindowTest::save_writesTheEditorTextWithItsLineEndings()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("crlf.md"), "---\r\ntitle: T\r\n---\r\nBody\r\n");

    MainWindow window;
    QVERIFY(window.openFile(path));
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("More"));
    QVERIFY(window.save());
    QVERIFY(!window.isWindowModified());
    QCOMPARE(readAll(path), QByteArray("---\r\ntitle: T\r\n---\r\nBody\r\nMore"));
}

void MainWindowTest::malformedFrontMatter_opensWithABanner()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("broken.md"), "---\ntitle: [oops\n---\nBody stays.\n");

    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.messageBar()->isVisibleTo(&window));
    QVERIFY2(window.messageBar()->text().contains(QLatin1String("Line ")), qPrintable(window.messageBar()->text()));
    QVERIFY(window.editor()->toPlainText().contains(QLatin1String("Body stays.")));

    // Fixing the line clears the banner.
    QTextCursor cursor(window.editor()->document()->findBlockByNumber(1));
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.insertText(QStringLiteral("\ntitle: oops"));
    QTRY_VERIFY(!window.messageBar()->isVisibleTo(&window));
}

void MainWindowTest::binaryFile_isRefusedAndNothingChanges()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("image.md"), QByteArray("\x89PNG\0\0\0", 7));

    MainWindow window;
    QVERIFY(window.openFile(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    const QString before = window.editor()->toPlainText();
    QTimer::singleShot(0, &window, [] {
        // dismiss the error dialog the refusal shows
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    QVERIFY(!window.openFile(path));
    QCOMPARE(window.editor()->toPlainText(), before);
    QVERIFY(window.currentPath().endsWith(QLatin1String("ovirt-at-last.md")));
    QVERIFY(window.messageBar()->text().contains(QLatin1String("binary")));
}

void MainWindowTest::sampleLibrary_opensWithItsArticles()
{
    MainWindow window;
    window.openSampleLibrary();
    QVERIFY(window.library()->isVisibleTo(&window));
    QTRY_VERIFY(window.library()->files().size() >= 4); // listed by the library's thread
    QTRY_VERIFY(window.currentPath().startsWith(Byline::Core::SampleLibrary::defaultFolder()));
    QVERIFY2(window.windowTitle().endsWith(QString::fromUtf8(".md[*] — Byline")), qPrintable(window.windowTitle()));
}

void MainWindowTest::plainText_saveAsMarkdown_writesFrontMatter()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("ovirt.txt"));
    QVERIFY(QFile::copy(QStringLiteral(BYLINE_TEST_DATA "/ovirt-at-last.txt"), text));
    MainWindow window;
    QVERIFY(window.openFile(text));
    const QString markdown = dir.filePath(QStringLiteral("ovirt.md"));
    QVERIFY(window.saveAs(markdown));
    const QByteArray saved = readAll(markdown);
    QVERIFY2(saved.startsWith(
                 "---\ntitle: oVirt at Last\nauthor: Jason Brooks\ndate: 2011-11-15\n---\n\n# oVirt at Last\n\n"),
             saved.left(200).constData());
    QCOMPARE(window.currentPath(), markdown);
    QVERIFY(readAll(text).startsWith("oVirt at Last\n\nBy Jason Brooks")); // the original is untouched
}

void MainWindowTest::scrollSync_editorAndPreviewFollowEachOther()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("long.md"), manuscript(60).toUtf8());
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.preview()->isCaughtUp());

    // Line 5 + 10 × 20 = 205 is "## Section 21": editor → preview.
    QCOMPARE(window.editor()->document()->findBlockByNumber(204).text(), QStringLiteral("## Section 21"));
    window.editor()->scrollToLine(205);
    QCOMPARE(window.editor()->topLine(), 205);
    QTRY_COMPARE(window.preview()->topLine(), 205); // once layout has reached it, if it had not yet
    QVERIFY(window.preview()->cursorForPosition(QPoint(40, 5)).block().text().startsWith(QLatin1String("Section 21")));

    // The reader scrolls the preview to the start: the editor follows.
    window.preview()->verticalScrollBar()->setSliderPosition(0);
    QCOMPARE(window.editor()->topLine(), 1);
    // To a paragraph further down: the editor shows that paragraph's line at the top.
    const int line = 5 + 10 * 40 + 2; // "Paragraph 0 of section 41"
    const QRectF rect = window.preview()->document()->documentLayout()->blockBoundingRect(
        window.preview()->previewDocument().blockForLine(line));
    window.preview()->verticalScrollBar()->setSliderPosition(int(rect.top()));
    QCOMPARE(window.preview()->topLine(), line);
    QCOMPARE(window.editor()->topLine(), line);
    QVERIFY(window.editor()
                ->document()
                ->findBlockByNumber(window.editor()->topLine() - 1)
                .text()
                .startsWith(QLatin1String("Paragraph 0 of section 41,")));

    // Typing at the end: once rendered, the new paragraph is in sight in the preview too.
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("A closing line typed now."));
    QTRY_VERIFY(window.preview()->isCaughtUp()
                && window.preview()->toPlainText().endsWith(QLatin1String("A closing line typed now.")));
    const QRectF last
        = window.preview()->document()->documentLayout()->blockBoundingRect(window.preview()->document()->lastBlock());
    const int top = window.preview()->verticalScrollBar()->value();
    QVERIFY(last.top() >= top);
    QVERIFY(last.bottom() <= top + window.preview()->viewport()->height());
}

void MainWindowTest::statusBar_showsTargetAndDeadline()
{
    QTemporaryDir dir;
    const QDateTime due = QDateTime::currentDateTime().addSecs(3 * 3600 + 150);
    const QString path
        = writeFile(dir, QStringLiteral("target.md"),
                    QStringLiteral("---\nwords: 10\ndeadline: %1\n---\n\nOne two three four five six seven "
                                   "eight nine ten.\n")
                        .arg(due.toString(Qt::ISODate))
                        .toUtf8());
    MainWindow window;
    QVERIFY(window.openFile(path));
    QTRY_COMPARE(window.statusIndicators()->wordsText(), QStringLiteral("10 / 10 words"));
    QVERIFY(!window.statusIndicators()->isOverTarget());
    QCOMPARE(window.statusIndicators()->deadlineText(), QStringLiteral("due in 3 h 2 min"));
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("Eleven twelve."));
    QTRY_COMPARE(window.statusIndicators()->wordsText(), QStringLiteral("12 / 10 words"));
    QVERIFY(window.statusIndicators()->isOverTarget()); // more than 10 % over
    window.editor()->selectAll();
    QVERIFY(window.statusIndicators()->wordsText().contains(QLatin1String("selected")));
    QCOMPARE(StatusIndicators::timeLeft(due, due.addSecs(2 * 86400 + 60)), QStringLiteral("2 days overdue"));
}

void MainWindowTest::outline_jumpsAndFollowsTheCursor()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("outline.md"), manuscript(5).toUtf8());
    MainWindow window;
    QVERIFY(window.openFile(path));
    QTRY_COMPARE(window.outline()->topLevelItemCount(), 5);
    QTreeWidgetItem *third = window.outline()->topLevelItem(2);
    QCOMPARE(third->text(0), QStringLiteral("Section 3"));
    Q_EMIT window.outline()->itemActivated(third, 0);
    QCOMPARE(window.editor()->cursorLine(), 5 + 10 * 2);
    window.editor()->goToLine(5 + 10 * 3 + 4); // inside section 4
    QCOMPARE(window.outline()->currentItem()->text(0), QStringLiteral("Section 4"));
}

void MainWindowTest::readerMode_showsThePreviewAloneAndComesBack()
{
    MainWindow window;
    QVERIFY(window.openFile(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setReaderMode(true);
    QVERIFY(!window.editor()->isVisible());
    QVERIFY(window.preview()->isVisible());
    QVERIFY(window.preview()->isReadOnly());
    QTRY_VERIFY(window.preview()->viewport()->x() > 50); // a reading measure, centred
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.readerMode());
    QVERIFY(window.editor()->isVisible());
    QTRY_VERIFY(window.preview()->viewport()->x() < 10);
}

void MainWindowTest::recentFiles_andCursorPosition_areRemembered()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("remember.md"), manuscript(3).toUtf8());
    {
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.editor()->goToLine(20);
        window.close();
    }
    QCOMPARE(Settings::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    MainWindow window;
    QVERIFY(window.restoreLastSession());
    QCOMPARE(window.currentPath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(window.editor()->cursorLine(), 20);
}

void MainWindowTest::darkTheme_restylesEditorPreviewAndWindow()
{
    MainWindow window;
    QVERIFY(window.openFile(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    QTRY_VERIFY(window.preview()->isCaughtUp());
    Settings settings = window.settings();
    settings.theme = Settings::Theme::Dark;
    window.applySettings(settings);
    QTRY_VERIFY(window.palette().color(QPalette::Window).lightnessF() < 0.3);
    QVERIFY(window.editor()->palette().color(QPalette::Base).lightnessF() < 0.3);
    QVERIFY(window.preview()->palette().color(QPalette::Base).lightnessF() < 0.3);
    QVERIFY(window.editor()->palette().color(QPalette::Text).lightnessF() > 0.7);
    QTRY_VERIFY(window.preview()->isCaughtUp()); // rendered again for the new link colours
    settings.theme = Settings::Theme::System;
    settings.previewLayout = Settings::PreviewLayout::Hidden;
    window.applySettings(settings);
    QVERIFY(window.preview()->isHidden());
    QTRY_VERIFY(window.editor()->palette().color(QPalette::Base).lightnessF() > 0.7);
}

void MainWindowTest::shortcuts_areUniqueAndMenusHaveMnemonics()
{
    MainWindow window;
    QHash<QKeySequence, QString> seen;
    for (const QAction *action : window.findChildren<QAction *>()) {
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
    for (const QAction *menu : window.menuBar()->actions())
        QVERIFY2(menu->text().contains(QLatin1Char('&')), qPrintable(menu->text()));
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
