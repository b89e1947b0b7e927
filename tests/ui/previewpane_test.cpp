#include "testdesk.h"
#include "testfiles.h"

#include <safety/recoveryjournal.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/common/settingsstore.h>
#include <ui/document/articlesession.h>
#include <ui/document/documentbanners.h>
#include <ui/editor/markdowneditor.h>
#include <ui/panels/outlinepanel.h>
#include <ui/panels/panelscontroller.h>
#include <ui/panels/statisticspanel.h>
#include <ui/panels/statusindicators.h>
#include <ui/preview/previewpane.h>
#include <ui/preview/scrollsync.h>

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace Byline;
using namespace Byline::WidgetUi;
using namespace std::chrono_literals;

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

// Front matter of nine lines, so the body starts on line 10 of the file.
QString frontMatterOfNineLines()
{
    return QStringLiteral("---\ntitle: Lines\nauthor: A. Writer\ndate: 2024-03-01\nstatus: draft\nlang: en\n"
                          "words: 800\ntags: [test]\n---\n");
}

// Replaces the whole text, as selecting all and typing does.
void typeOver(ArticleSession &session, const QString &text)
{
    QTextCursor cursor(session.document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

// An untitled article and its preview; the preview shows (and so applies renders) once shown.
struct Preview
{
    explicit Preview(RenderScheduler::Limits limits = quickLimits())
        : session(std::make_shared<Core::RecoveryJournal>(journal.path()), limits)
        , pane(session)
    {
        pane.resize(400, 300);
    }

    // Shows the preview once the untitled document's first render has landed, so a test's own
    // renders are not mistaken for it.
    bool show()
    {
        pane.show();
        return QTest::qWaitForWindowExposed(&pane) && (!firstRender.isEmpty() || firstRender.wait(5000));
    }

    QTemporaryDir journal;
    ArticleSession session;
    PreviewPane pane;
    QSignalSpy firstRender {&session, &ArticleSession::rendered}; // before the event loop delivers it
};

} // namespace

class PreviewPaneTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typing_rendersWhenTypingPauses();
    void rapidEdits_renderTheLatestText();
    void openedFile_showsItsBodyWithFileLinesMapped();
    void typingInTheEditor_updatesThePreview();
    void rerender_replacesOnlyChangedBlocksAndKeepsTheScrollPosition();
    void hostileMarkdown_reportsTooComplexAndStaysResponsive();
    void scrollToLine_showsThatLineAndReportsTheReadersScrolling();
    void scrollSync_editorAndPreviewFollowEachOther();
    void images_localShownRemoteNeverFetched();
    void continuousTyping_stillRendersEverySoOften();
    void links_openOnlyWebAndMailInTheSystemBrowser();
    void links_ofOtherSchemes_areHandedToTheFeatures();
    void hiddenPreview_sessionStillRendersAndThePreviewCatchesUpWhenShown();

private:
    QTemporaryDir m_home;
};

void PreviewPaneTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-previewpane-test"));
}

void PreviewPaneTest::typing_rendersWhenTypingPauses()
{
    Preview preview;
    QVERIFY(preview.show());
    QSignalSpy rendered(&preview.session, &ArticleSession::rendered);
    typeOver(preview.session, QStringLiteral("# Hello\n\nWorld *wide*.\n"));
    QVERIFY(rendered.wait(5000));
    QTRY_VERIFY(preview.pane.toPlainText().contains(QLatin1String("World wide.")));
    QCOMPARE(preview.session.renderer().last().result.stats.words, 3);
}

void PreviewPaneTest::rapidEdits_renderTheLatestText()
{
    Preview preview;
    QVERIFY(preview.show());
    for (int i = 0; i < 50; ++i)
        typeOver(preview.session, QStringLiteral("Version %1\n").arg(i));
    QTRY_VERIFY(preview.pane.toPlainText().contains(QLatin1String("Version 49")));
    QTRY_VERIFY(preview.pane.isCaughtUp());
    QVERIFY(!preview.pane.toPlainText().contains(QLatin1String("Version 48")));
}

void PreviewPaneTest::openedFile_showsItsBodyWithFileLinesMapped()
{
    Preview preview;
    QVERIFY(preview.show());
    QVERIFY(openAndWait(preview.session, QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
    QTRY_VERIFY(preview.pane.toPlainText().contains(QLatin1String("Rocket Fuel")));
    QVERIFY(!preview.pane.toPlainText().contains(QLatin1String("status: published"))); // front matter is not shown
    QTRY_VERIFY(preview.pane.isCaughtUp());
    // Lines of the file map to the preview's blocks, for scroll sync.
    QCOMPARE(preview.pane.previewDocument().blockForLine(9).text(), QStringLiteral("oVirt at Last"));
    QVERIFY(preview.pane.previewDocument().blockForLine(13).text().startsWith(QLatin1String("Over past")));
}

void PreviewPaneTest::typingInTheEditor_updatesThePreview()
{
    QTemporaryDir journal;
    ArticleSession session(std::make_shared<Core::RecoveryJournal>(journal.path()), quickLimits());
    QWidget desk;
    auto *editor = new MarkdownEditor(session, &desk);
    auto *pane = new PreviewPane(session, &desk);
    auto *layout = new QHBoxLayout(&desk);
    layout->addWidget(editor);
    layout->addWidget(pane);
    desk.resize(1000, 600);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    QVERIFY(openAndWait(session, QStringLiteral(BYLINE_SAMPLES_DIR "/the-last-bus-home.md")));
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("## Fresh *subhead*"));
    QVERIFY(session.isModified());
    QTRY_VERIFY(pane->toPlainText().contains(QLatin1String("Fresh subhead")));
}

void PreviewPaneTest::rerender_replacesOnlyChangedBlocksAndKeepsTheScrollPosition()
{
    Preview preview;
    QVERIFY(preview.show());
    const QString markdown = paragraphs(200);
    QSignalSpy rendered(&preview.session, &ArticleSession::rendered);
    typeOver(preview.session, markdown);
    QVERIFY(rendered.wait(5000));
    QTRY_VERIFY(preview.pane.isCaughtUp());
    QCOMPARE(preview.pane.previewDocument().renderedBlockCount(), 200);
    PreviewPane &pane = preview.pane;
    pane.verticalScrollBar()->setSliderPosition(pane.verticalScrollBar()->maximum() / 2); // as the reader drags it
    const int line = pane.topLine();
    QVERIFY(line > 100);
    const QTextBlock untouched = pane.previewDocument().blockForLine(line);
    QVERIFY(untouched.text().startsWith(QStringLiteral("Paragraph %1 ").arg((line - 1) / 2)));

    // Text added above the reader's place: the same paragraph stays at the top.
    typeOver(preview.session, QStringLiteral("A new first paragraph.\n\nAnd another.\n\n") + markdown);
    QVERIFY(rendered.wait(5000));
    QTRY_VERIFY(pane.isCaughtUp());
    QCOMPARE(pane.topLine(), line + 4);
    QCOMPARE(pane.previewDocument().renderedBlockCount(), 202);
    // Only the new blocks were put in: the paragraphs that did not change are the same blocks.
    QVERIFY(untouched.isValid());
    QCOMPARE(pane.previewDocument().blockForLine(line + 4), untouched);
}

void PreviewPaneTest::hostileMarkdown_reportsTooComplexAndStaysResponsive()
{
    Preview preview;
    QVERIFY(preview.show());
    MessageBar bar;
    QStatusBar status;
    Notices notices(&bar, &status);
    DocumentBanners banners(preview.session, notices);
    QSignalSpy tooComplex(&preview.session, &ArticleSession::tooComplexToRender);
    const QString hostile = QString(100000, QLatin1Char('>')) + QStringLiteral("a*").repeated(100000);
    QElapsedTimer clock;
    clock.start();
    typeOver(preview.session, hostile);
    preview.session.renderer().renderNow();
    QVERIFY(clock.elapsed() < 500); // handed off, not rendered on this thread
    QVERIFY(tooComplex.wait(5000));
    QVERIFY2(bar.text().contains(QLatin1String("too complex to preview")), qPrintable(bar.text()));
    QVERIFY(!bar.isHidden());
    // The author fixes the text: the preview renders it despite the abandoned render.
    typeOver(preview.session, QStringLiteral("Fixed.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(preview.pane.toPlainText().contains(QLatin1String("Fixed.")), 5000);
}

void PreviewPaneTest::scrollToLine_showsThatLineAndReportsTheReadersScrolling()
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

void PreviewPaneTest::scrollSync_editorAndPreviewFollowEachOther()
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

void PreviewPaneTest::images_localShownRemoteNeverFetched()
{
    QTemporaryDir folder;
    QImage picture(320, 200, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(folder.filePath(QStringLiteral("press photo.png"))));
    // Relative images are found beside the article.
    const QString path = folder.filePath(QStringLiteral("pictures.md"));
    write(path,
          "![Local](press%20photo.png)\n\n![Remote](https://example.com/tracker.png)\n\n"
          "![Missing](gone.png)\n");

    Preview preview;
    QVERIFY(preview.show());
    QVERIFY(openAndWait(preview.session, path));
    QTRY_VERIFY(preview.pane.isCaughtUp() && preview.pane.previewDocument().renderedBlockCount() == 3);
    const auto image = [&](const char *url) {
        return preview.pane.document()
            ->resource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(url)))
            .value<QImage>();
    };
    QCOMPARE(image("press%20photo.png").size(), QSize(320, 200));
    const QImage remote = image("https://example.com/tracker.png");
    QVERIFY(!remote.isNull());
    QVERIFY(remote.height() < 100); // a one-line placeholder naming the address, not the image
    QVERIFY(!image("gone.png").isNull());
}

void PreviewPaneTest::continuousTyping_stillRendersEverySoOften()
{
    // A pause far longer than the gap between keys: only the longest wait can start a render.
    RenderScheduler::Limits limits = quickLimits();
    limits.pauseMin = 1000ms;
    limits.pauseMax = 1000ms;
    Preview preview(limits);
    QVERIFY(preview.show());
    QString text;
    QTimer typist; // faster than any pause the renderer waits for
    typist.setInterval(15);
    connect(&typist, &QTimer::timeout, &preview.pane, [&] {
        text += QStringLiteral("word ");
        typeAtEnd(preview.session, QStringLiteral("word "));
    });
    QSignalSpy rendered(&preview.session, &ArticleSession::rendered);
    typist.start();
    QTRY_VERIFY_WITH_TIMEOUT(rendered.count() >= 2, 10000);
    QVERIFY(typist.isActive()); // the preview followed while typing went on
    typist.stop();
    QCOMPARE(preview.session.text(), text);
    QTRY_COMPARE(preview.session.renderer().last().result.stats.words, int(text.count(QLatin1Char(' '))));
    QTRY_VERIFY(preview.pane.isCaughtUp());
    QCOMPARE(preview.pane.toPlainText().trimmed(), text.trimmed());
}

void PreviewPaneTest::links_openOnlyWebAndMailInTheSystemBrowser()
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

void PreviewPaneTest::links_ofOtherSchemes_areHandedToTheFeatures()
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

void PreviewPaneTest::hiddenPreview_sessionStillRendersAndThePreviewCatchesUpWhenShown()
{
    Preview preview; // never shown yet
    MarkdownEditor editor(preview.session);
    SettingsStore settings;
    OutlinePanel outline;
    StatisticsPanel statistics;
    StatusIndicators indicators;
    PanelsController panels(preview.session, &editor, settings, &outline, &statistics, &indicators);
    QVERIFY(!preview.firstRender.isEmpty() || preview.firstRender.wait(5000));

    QSignalSpy rendered(&preview.session, &ArticleSession::rendered);
    typeOver(preview.session, QStringLiteral("## First\n\nOne two three.\n\n## Second\n\nFour five.\n"));
    const auto lastWords = [&rendered] {
        return rendered.isEmpty() ? -1 : rendered.constLast().constFirst().value<Core::RenderResult>().stats.words;
    };
    QTRY_COMPARE(lastWords(), 7); // rendered for the session, with no preview shown
    QCOMPARE(indicators.wordsText(), QStringLiteral("7 words"));
    QCOMPARE(outline.topLevelItemCount(), 2);
    QCOMPARE(outline.topLevelItem(1)->text(0), QStringLiteral("Second"));
    // The hidden preview applied nothing.
    QVERIFY(preview.pane.isHidden());
    QCOMPARE(preview.pane.previewDocument().renderedBlockCount(), 0);
    QVERIFY(!preview.pane.toPlainText().contains(QLatin1String("Four five.")));
    QVERIFY(!preview.pane.isCaughtUp());

    QVERIFY(preview.show());
    QTRY_VERIFY(preview.pane.isCaughtUp());
    QVERIFY(preview.pane.toPlainText().contains(QLatin1String("Four five.")));
    QCOMPARE(preview.pane.previewDocument().renderedBlockCount(), 4);
}

QTEST_MAIN(PreviewPaneTest)
#include "previewpane_test.moc"
