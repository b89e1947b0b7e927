#include "testdesk.h"

#include <ui/document/renderscheduler.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Byline::WidgetUi;
using namespace std::chrono_literals;

namespace {

// The text the scheduler asks for, and how often it asked.
struct Source
{
    QString text = QStringLiteral("---\ntitle: Column\nwords: 800\n---\n\n# Heading\n\nOne two three.\n");
    QString path = QStringLiteral("/articles/column.md");
    int asked = 0;

    std::function<RenderScheduler::Source()> function()
    {
        return [this] {
            ++asked;
            return RenderScheduler::Source {text, path};
        };
    }
};

} // namespace

// When the open article renders: after a pause in typing, at least every so often during a burst,
// never while suspended, abandoned (and reported) when it overruns its limit.
class RenderSchedulerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_parsesTheArticleOnceAndRendersItsBody();
    void typing_rendersOnceWhenItPauses();
    void longBurst_rendersWithinTheBurstLimit();
    void suspended_rendersNothingUntilAskedAgain();
    void hostileMarkdown_isReportedWithinTheLimitAndNewTextRendersAfter();
    void discard_dropsTheRenderOfAReplacedText();
    void fullStatistics_onlyWhenAskedFor();
};

void RenderSchedulerTest::render_parsesTheArticleOnceAndRendersItsBody()
{
    Source source;
    RenderScheduler scheduler(source.function(), quickLimits());
    QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
    scheduler.renderNow();
    QVERIFY(rendered.wait());
    const auto render = rendered.constFirst().constFirst().value<ArticleRender>();
    QCOMPARE(source.asked, 1);
    QCOMPARE(render.article.metadata().title, QStringLiteral("Column"));
    QCOMPARE(render.article.metadata().targetWords, 800);
    QCOMPARE(render.result.stats.words, 4); // the body's words: "Heading" and "One two three"
    QCOMPARE(render.result.outline.size(), 1);
    QCOMPARE(render.result.outline.constFirst().line, 6); // lines of the file, front matter included
    QVERIFY(!render.result.blocks.isEmpty());
    QVERIFY(scheduler.isIdle());
    QCOMPARE(scheduler.last().result.stats.words, 4);
}

void RenderSchedulerTest::typing_rendersOnceWhenItPauses()
{
    Source source;
    RenderScheduler scheduler(source.function(), quickLimits());
    QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
    for (int key = 0; key < 5; ++key) {
        source.text += QLatin1Char('x');
        scheduler.changed(); // keys closer together than a pause
    }
    QCOMPARE(source.asked, 0); // a keystroke costs a timer, not a copy of the text
    QVERIFY(rendered.wait(1000));
    QTest::qWait(100);
    QCOMPARE(rendered.size(), 1);
    QCOMPARE(source.asked, 1);
}

void RenderSchedulerTest::longBurst_rendersWithinTheBurstLimit()
{
    Source source;
    RenderScheduler scheduler(source.function(), quickLimits());
    QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
    QElapsedTimer clock;
    clock.start();
    // Keys every 10 ms, never pausing long enough: the burst limit still brings a render.
    while (rendered.isEmpty() && clock.elapsed() < 2000) {
        source.text += QLatin1Char('x');
        scheduler.changed();
        QTest::qWait(10);
    }
    QVERIFY(!rendered.isEmpty());
    QVERIFY2(clock.elapsed() < 600, qPrintable(QString::number(clock.elapsed())));
}

void RenderSchedulerTest::suspended_rendersNothingUntilAskedAgain()
{
    Source source;
    RenderScheduler scheduler(source.function(), quickLimits());
    QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
    scheduler.setSuspended(true);
    scheduler.changed();
    QTest::qWait(250);
    QVERIFY(rendered.isEmpty());
    scheduler.setSuspended(false);
    scheduler.renderNow();
    QVERIFY(rendered.wait());
}

void RenderSchedulerTest::hostileMarkdown_isReportedWithinTheLimitAndNewTextRendersAfter()
{
    // cmark 0.30.2 takes seconds on this; it cannot be stopped, so it is abandoned.
    Source source;
    source.text = QStringLiteral("![[]()").repeated(40000);
    RenderScheduler scheduler(source.function(), quickLimits());
    QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
    QSignalSpy tooComplex(&scheduler, &RenderScheduler::tooComplex);
    QElapsedTimer clock;
    clock.start();
    scheduler.renderNow();
    QVERIFY(tooComplex.wait(2000));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    source.text = QStringLiteral("Simple text again.\n");
    scheduler.changed();
    QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 2000);
    QCOMPARE(rendered.constLast().constFirst().value<ArticleRender>().result.stats.words, 3);
}

void RenderSchedulerTest::discard_dropsTheRenderOfAReplacedText()
{
    // A render of the old file still running when another opens must never show the old text.
    Source source;
    source.text = QStringLiteral("Old words. ").repeated(200000); // long enough to be still rendering
    RenderScheduler scheduler(source.function(), quickLimits());
    QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
    scheduler.renderNow();
    QVERIFY(scheduler.isRendering());
    scheduler.discard();
    QVERIFY(scheduler.isIdle());
    QTest::qWait(500); // the old render finishes meanwhile, as while a new file arrives
    QVERIFY(rendered.isEmpty());
    source.text = QStringLiteral("New text.\n");
    scheduler.renderNow();
    QVERIFY(rendered.wait(5000));
    QCOMPARE(rendered.size(), 1);
    QCOMPARE(rendered.constFirst().constFirst().value<ArticleRender>().result.stats.words, 2);
}

void RenderSchedulerTest::fullStatistics_onlyWhenAskedFor()
{
    Source source;
    RenderScheduler scheduler(source.function(), quickLimits());
    QSignalSpy rendered(&scheduler, &RenderScheduler::rendered);
    scheduler.renderNow();
    QVERIFY(rendered.wait());
    QVERIFY(!rendered.constLast().constFirst().value<ArticleRender>().result.stats.hasSentences);
    scheduler.setFullStatistics(true); // the statistics panel was shown
    QVERIFY(rendered.wait());
    QVERIFY(rendered.constLast().constFirst().value<ArticleRender>().result.stats.hasSentences);
}

QTEST_GUILESS_MAIN(RenderSchedulerTest)

#include "renderscheduler_test.moc"
