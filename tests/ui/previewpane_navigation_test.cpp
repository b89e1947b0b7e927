#include "testdesk.h"
#include "testfiles.h"
#include "testpreview.h"

#include <safety/recoveryjournal.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/preview/previewpane.h>
#include <ui/preview/scrollsync.h>

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Byline;
using namespace Byline::WidgetUi;

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

// Front matter of nine lines, so the body starts on line 10 of the file.
QString frontMatterOfNineLines()
{
    return QStringLiteral("---\ntitle: Lines\nauthor: A. Writer\ndate: 2024-03-01\nstatus: draft\nlang: en\n"
                          "words: 800\ntags: [test]\n---\n");
}

} // namespace

// Moving about in the preview: scrolling to a line and telling where the reader scrolled, the
// editor and the preview following each other, and links (the web and mail to the system
// browser, the rest to the features). What the preview shows and when, in
// previewpane_rendering_test.
class PreviewPaneNavigationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scrollToLine_showsThatLineAndReportsTheReadersScrolling();
    void scrollSync_editorAndPreviewFollowEachOther();
    void links_openOnlyWebAndMailInTheSystemBrowser();
    void links_ofOtherSchemes_areHandedToTheFeatures();

private:
    QTemporaryDir m_home;
};

void PreviewPaneNavigationTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-previewpane-navigation-test"));
}

void PreviewPaneNavigationTest::scrollToLine_showsThatLineAndReportsTheReadersScrolling()
{
    Preview preview;
    QVERIFY(preview.show());
    PreviewPane &pane = preview.pane;
    typeOver(preview.session, frontMatterOfNineLines() + paragraphs(300)); // the body starts on line 10
    QTRY_VERIFY(pane.isCaughtUp() && pane.previewDocument().renderedBlockCount() == 300);
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

void PreviewPaneNavigationTest::scrollSync_editorAndPreviewFollowEachOther()
{
    const QString path = m_home.filePath(QStringLiteral("long.md"));
    write(path, manuscript(60).toUtf8());
    QTemporaryDir journal;
    ArticleSession session(std::make_shared<Core::RecoveryJournal>(journal.path()), quickLimits());
    QWidget desk;
    auto *editor = new MarkdownEditor(session, &desk);
    auto *preview = new PreviewPane(session, &desk);
    ScrollSync sync(editor, preview);
    auto *layout = new QHBoxLayout(&desk);
    layout->addWidget(editor);
    layout->addWidget(preview);
    desk.resize(1400, 800);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    QVERIFY(openAndWait(session, path));
    QTRY_VERIFY(preview->isCaughtUp() && preview->toPlainText().contains(QLatin1String("Section 60")));

    // Line 5 + 10 × 20 = 205 is "## Section 21": editor → preview.
    QCOMPARE(editor->document()->findBlockByNumber(204).text(), QStringLiteral("## Section 21"));
    editor->scrollToLine(205);
    QCOMPARE(editor->topLine(), 205);
    QTRY_COMPARE(preview->topLine(), 205); // once layout has reached it, if it had not yet
    QVERIFY(preview->cursorForPosition(QPoint(40, 5)).block().text().startsWith(QLatin1String("Section 21")));

    // The reader scrolls the preview to the start: the editor follows.
    preview->verticalScrollBar()->setSliderPosition(0);
    QCOMPARE(editor->topLine(), 1);
    // To a paragraph further down: the editor shows that paragraph's line at the top.
    const int line = 5 + 10 * 40 + 2; // "Paragraph 0 of section 41"
    const QRectF rect
        = preview->document()->documentLayout()->blockBoundingRect(preview->previewDocument().blockForLine(line));
    preview->verticalScrollBar()->setSliderPosition(int(rect.top()));
    QCOMPARE(preview->topLine(), line);
    QCOMPARE(editor->topLine(), line);
    QVERIFY(editor->document()
                ->findBlockByNumber(editor->topLine() - 1)
                .text()
                .startsWith(QLatin1String("Paragraph 0 of section 41,")));

    // Typing at the end: once rendered, the new paragraph is in sight in the preview too.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("A closing line typed now."));
    QTRY_VERIFY(preview->isCaughtUp() && preview->toPlainText().endsWith(QLatin1String("A closing line typed now.")));
    const QRectF last = preview->document()->documentLayout()->blockBoundingRect(preview->document()->lastBlock());
    const int top = preview->verticalScrollBar()->value();
    QVERIFY(last.top() >= top);
    QVERIFY(last.bottom() <= top + preview->viewport()->height());
}

void PreviewPaneNavigationTest::links_openOnlyWebAndMailInTheSystemBrowser()
{
    UrlCatcher browser;
    for (const char *scheme : {"http", "https", "mailto", "file", "javascript"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &browser, "open");
    Preview preview;
    QVERIFY(preview.show());
    PreviewPane &pane = preview.pane;
    typeOver(preview.session,
             QStringLiteral("[site](https://example.org/a) [mail](mailto:desk@example.org) [local](notes.md)\n"));
    QTRY_VERIFY(pane.isCaughtUp() && pane.toPlainText().contains(QLatin1String("site")));
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

void PreviewPaneNavigationTest::links_ofOtherSchemes_areHandedToTheFeatures()
{
    UrlCatcher browser;
    for (const char *scheme : {"http", "https", "mailto", "file", "javascript", "byline"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &browser, "open");
    Preview preview;
    QVERIFY(preview.show());
    PreviewPane &pane = preview.pane;
    QSignalSpy activated(&pane, &PreviewPane::linkActivated);
    const QList<QUrl> others = {QUrl(QStringLiteral("notes.md")), QUrl(QStringLiteral("file:///etc/passwd")),
                                QUrl(QStringLiteral("javascript:alert(1)")), QUrl(QStringLiteral("byline://review/3"))};
    for (const QUrl &url : others)
        Q_EMIT pane.anchorClicked(url);
    Q_EMIT pane.anchorClicked(QUrl(QStringLiteral("http://example.org/")));
    QCOMPARE(activated.count(), others.size());
    for (qsizetype i = 0; i < others.size(); ++i)
        QCOMPARE(activated.at(i).constFirst().toUrl(), others.at(i));
    QCOMPARE(browser.opened, (QList<QUrl> {QUrl(QStringLiteral("http://example.org/"))})); // never the others
    for (const char *scheme : {"http", "https", "mailto", "file", "javascript", "byline"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

QTEST_MAIN(PreviewPaneNavigationTest)
#include "previewpane_navigation_test.moc"
