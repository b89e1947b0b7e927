#include <library/samplelibrary.h>

#include <QFile>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <librarypanel.h>
#include <mainwindow.h>
#include <markdowneditor.h>
#include <messagebar.h>
#include <previewpane.h>

using namespace Byline::WidgetUi;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

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
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-mainwindow-test"));
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
    QVERIFY(window.library()->files().size() >= 4);
    QVERIFY(window.currentPath().startsWith(Byline::Core::SampleLibrary::defaultFolder()));
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

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
