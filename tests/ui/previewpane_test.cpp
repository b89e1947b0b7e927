#include <QDesktopServices>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <preview/previewpane.h>

using namespace Byline::WidgetUi;

class PreviewPaneTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setMarkdown_rendersAfterTheDebounce();
    void rapidEdits_renderTheLatestText();
    void rerender_keepsTheScrollPosition();
    void hostileMarkdown_reportsTooComplexAndStaysResponsive();
    void scrollToLine_showsThatLineAndReportsTheReadersScrolling();
    void images_localShownRemotePlaceholder();
    void continuousTyping_stillRendersEverySoOften();
    void links_openOnlyWebAndMailInTheSystemBrowser();
};

// Stands in for the system browser: QDesktopServices hands it the URLs it would open.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

namespace {

QString paragraphs(int count)
{
    QString markdown;
    for (int i = 0; i < count; ++i)
        markdown += QStringLiteral("Paragraph %1 with some words in it.\n\n").arg(i);
    return markdown;
}

} // namespace

void PreviewPaneTest::setMarkdown_rendersAfterTheDebounce()
{
    PreviewPane pane;
    QSignalSpy rendered(&pane, &PreviewPane::rendered);
    pane.setMarkdown(QStringLiteral("# Hello\n\nWorld *wide*.\n"), 1);
    QVERIFY(rendered.wait(5000));
    QVERIFY(pane.toPlainText().contains(QLatin1String("World wide.")));
    QCOMPARE(pane.lastResult().stats.words, 3);
}

void PreviewPaneTest::rapidEdits_renderTheLatestText()
{
    PreviewPane pane;
    for (int i = 0; i < 50; ++i)
        pane.setMarkdown(QStringLiteral("Version %1\n").arg(i), 1);
    QTRY_VERIFY(pane.toPlainText().contains(QLatin1String("Version 49")));
}

void PreviewPaneTest::rerender_keepsTheScrollPosition()
{
    PreviewPane pane;
    pane.resize(400, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QString markdown;
    for (int i = 0; i < 200; ++i)
        markdown += QStringLiteral("Paragraph %1 with some words in it.\n\n").arg(i);
    QSignalSpy rendered(&pane, &PreviewPane::rendered);
    pane.renderNow(markdown, 1);
    QVERIFY(rendered.wait(5000));
    QTRY_VERIFY(pane.isCaughtUp());
    pane.verticalScrollBar()->setSliderPosition(pane.verticalScrollBar()->maximum() / 2); // as the reader drags it
    const int line = pane.topLine();
    QVERIFY(line > 100);
    // Text added above the reader's place: the same paragraph stays at the top.
    pane.setMarkdown(QStringLiteral("A new first paragraph.\n\nAnd another.\n\n") + markdown, 1);
    QVERIFY(rendered.wait(5000));
    QTRY_VERIFY(pane.isCaughtUp());
    QCOMPARE(pane.topLine(), line + 4);
}

void PreviewPaneTest::hostileMarkdown_reportsTooComplexAndStaysResponsive()
{
    PreviewPane pane;
    QSignalSpy tooComplex(&pane, &PreviewPane::tooComplex);
    QSignalSpy rendered(&pane, &PreviewPane::rendered);
    QElapsedTimer clock;
    clock.start();
    pane.renderNow(QString(100000, QLatin1Char('>')) + QStringLiteral("a*").repeated(100000), 1);
    QVERIFY(clock.elapsed() < 500); // handed off, not rendered on this thread
    QVERIFY(tooComplex.wait(5000));
    // The author fixes the text: the preview renders it despite the abandoned render.
    pane.setMarkdown(QStringLiteral("Fixed.\n"), 1);
    QTRY_VERIFY_WITH_TIMEOUT(pane.toPlainText().contains(QLatin1String("Fixed.")), 5000);
}

void PreviewPaneTest::scrollToLine_showsThatLineAndReportsTheReadersScrolling()
{
    PreviewPane pane;
    pane.resize(400, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.renderNow(paragraphs(300), 10); // the Markdown starts on line 10 of its file
    QTRY_VERIFY(pane.isCaughtUp());
    pane.scrollToLine(10 + 2 * 150); // "Paragraph 150"
    QTRY_COMPARE(pane.topLine(), 310); // once layout has reached it, if it had not yet
    QVERIFY(pane.cursorForPosition(QPoint(200, 5)).block().text().startsWith(QLatin1String("Paragraph 150 ")));
    pane.scrollToLine(311); // the blank line after it
    QCOMPARE(pane.topLine(), 310);

    QSignalSpy scrolled(&pane, &PreviewPane::topLineChanged);
    pane.verticalScrollBar()->setSliderPosition(0); // as the reader drags it
    QCOMPARE(scrolled.count(), 1);
    QCOMPARE(scrolled.constFirst().constFirst().toInt(), 1); // the top of the file
}

void PreviewPaneTest::images_localShownRemotePlaceholder()
{
    QTemporaryDir folder;
    QImage picture(320, 200, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(folder.filePath(QStringLiteral("press photo.png"))));

    PreviewPane pane;
    pane.setBaseDirectory(QDir(folder.path()));
    pane.renderNow(QStringLiteral("![Local](press%20photo.png)\n\n![Remote](https://example.com/tracker.png)\n\n"
                                  "![Missing](gone.png)\n"),
                   1);
    QTRY_VERIFY(pane.isCaughtUp());
    const auto image = [&](const char *url) {
        return pane.document()->resource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(url))).value<QImage>();
    };
    QCOMPARE(image("press%20photo.png").size(), QSize(320, 200));
    const QImage remote = image("https://example.com/tracker.png");
    QVERIFY(!remote.isNull());
    QVERIFY(remote.height() < 100); // a one-line placeholder naming the address, not the image
    QVERIFY(!image("gone.png").isNull());
}

void PreviewPaneTest::continuousTyping_stillRendersEverySoOften()
{
    PreviewPane pane;
    QString text;
    QTimer typist; // faster than any pause the preview waits for
    typist.setInterval(15);
    connect(&typist, &QTimer::timeout, &pane, [&] {
        text += QStringLiteral("word ");
        pane.setMarkdown(text, 1);
    });
    QSignalSpy rendered(&pane, &PreviewPane::rendered);
    typist.start();
    QTRY_VERIFY_WITH_TIMEOUT(rendered.count() >= 2, 10000);
    QVERIFY(typist.isActive()); // the preview followed while typing went on
    typist.stop();
    QTRY_VERIFY(pane.isCaughtUp());
    QCOMPARE(pane.lastResult().stats.words, int(text.count(QLatin1Char(' '))));
}

void PreviewPaneTest::links_openOnlyWebAndMailInTheSystemBrowser()
{
    UrlCatcher browser;
    for (const char *scheme : {"http", "https", "mailto", "file", "javascript"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &browser, "open");
    PreviewPane pane;
    pane.renderNow(QStringLiteral("[site](https://example.org/a) [mail](mailto:desk@example.org) [local](notes.md)\n"),
                   1);
    QTRY_VERIFY(pane.isCaughtUp());
    const QString before = pane.toPlainText();
    for (const char *url :
         {"https://example.org/a", "mailto:desk@example.org", "file:///etc/passwd", "javascript:alert(1)"})
        Q_EMIT pane.anchorClicked(QUrl(QString::fromLatin1(url)));
    QCOMPARE(
        browser.opened,
        (QList<QUrl> {QUrl(QStringLiteral("https://example.org/a")), QUrl(QStringLiteral("mailto:desk@example.org"))}));
    QCOMPARE(pane.toPlainText(), before); // the preview itself never navigates
    for (const char *scheme : {"http", "https", "mailto", "file", "javascript"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

QTEST_MAIN(PreviewPaneTest)
#include "previewpane_test.moc"
