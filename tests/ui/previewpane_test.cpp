#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <previewpane.h>

using namespace Byline::WidgetUi;

class PreviewPaneTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setMarkdown_rendersAfterTheDebounce();
    void rapidEdits_renderTheLatestText();
    void rerender_keepsTheScrollPosition();
    void hostileMarkdown_reportsTooComplexAndStaysResponsive();
};

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
    pane.verticalScrollBar()->setValue(pane.verticalScrollBar()->maximum() / 2);
    const int scroll = pane.verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    pane.setMarkdown(markdown + QStringLiteral("One more.\n"), 1);
    QVERIFY(rendered.wait(5000));
    QCOMPARE(pane.verticalScrollBar()->value(), scroll);
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

QTEST_MAIN(PreviewPaneTest)
#include "previewpane_test.moc"
