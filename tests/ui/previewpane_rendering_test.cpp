#include "testdesk.h"
#include "testfiles.h"
#include "testpreview.h"

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

// What the preview shows and when: renders as typing pauses and every so often while it goes on,
// the latest text, only the blocks that changed, images (never fetched from the web), a render
// too complex to finish, and a hidden preview catching up. Scrolling and links, in
// previewpane_navigation_test.
class PreviewPaneRenderingTest final : public QObject
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
    void images_localShownRemoteNeverFetched();
    void continuousTyping_stillRendersEverySoOften();
    void hiddenPreview_sessionStillRendersAndThePreviewCatchesUpWhenShown();

private:
    QTemporaryDir m_home;
};

void PreviewPaneRenderingTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-previewpane-rendering-test"));
}

void PreviewPaneRenderingTest::typing_rendersWhenTypingPauses()
{
    Preview preview;
    QVERIFY(preview.show());
    QSignalSpy rendered(&preview.session, &ArticleSession::rendered);
    typeOver(preview.session, QStringLiteral("# Hello\n\nWorld *wide*.\n"));
    QVERIFY(rendered.wait(5000));
    QTRY_VERIFY(preview.pane.toPlainText().contains(QLatin1String("World wide.")));
    QCOMPARE(preview.session.renderer().last().result.stats.words, 3);
}

void PreviewPaneRenderingTest::rapidEdits_renderTheLatestText()
{
    Preview preview;
    QVERIFY(preview.show());
    for (int i = 0; i < 50; ++i)
        typeOver(preview.session, QStringLiteral("Version %1\n").arg(i));
    QTRY_VERIFY(preview.pane.toPlainText().contains(QLatin1String("Version 49")));
    QTRY_VERIFY(preview.pane.isCaughtUp());
    QVERIFY(!preview.pane.toPlainText().contains(QLatin1String("Version 48")));
}

void PreviewPaneRenderingTest::openedFile_showsItsBodyWithFileLinesMapped()
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

void PreviewPaneRenderingTest::typingInTheEditor_updatesThePreview()
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

void PreviewPaneRenderingTest::rerender_replacesOnlyChangedBlocksAndKeepsTheScrollPosition()
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

void PreviewPaneRenderingTest::hostileMarkdown_reportsTooComplexAndStaysResponsive()
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

void PreviewPaneRenderingTest::images_localShownRemoteNeverFetched()
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

void PreviewPaneRenderingTest::continuousTyping_stillRendersEverySoOften()
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

void PreviewPaneRenderingTest::hiddenPreview_sessionStillRendersAndThePreviewCatchesUpWhenShown()
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

QTEST_MAIN(PreviewPaneRenderingTest)
#include "previewpane_rendering_test.moc"
