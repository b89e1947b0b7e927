#include "hostileinputs.h"

#include <markdown/boundedrender.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

using namespace Byline::Core;
using namespace std::chrono_literals;

class BoundedRenderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renderWithin_ordinaryText_returnsTheRender();
    void renderWithin_overrun_returnsNothingOnTime();
    void renderWithin_hostileInputs_neverHang_data();
    void renderWithin_hostileInputs_neverHang();
    void start_deliversThroughAFutureWatcher();
};

void BoundedRenderTest::renderWithin_ordinaryText_returnsTheRender()
{
    const auto result = BoundedRender::renderWithin(QStringLiteral("# Hi\n\nThere.\n"), {});
    QVERIFY(result.has_value());
    QCOMPARE(result->stats.words, 2);
}

void BoundedRenderTest::renderWithin_overrun_returnsNothingOnTime()
{
    // cmark 0.30.2 needs minutes for this; the caller must get control back at the limit.
    const QString hostile = HostileInputs::repeat(">", 100000) + HostileInputs::repeat("a*", 100000);
    QElapsedTimer clock;
    clock.start();
    const auto result = BoundedRender::renderWithin(hostile, {}, 200ms);
    QVERIFY(!result.has_value());
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(BoundedRender::running() >= 1);
}

void BoundedRenderTest::renderWithin_hostileInputs_neverHang_data()
{
    QTest::addColumn<QString>("markdown");
    for (const HostileInputs::Case &hostile : HostileInputs::all())
        QTest::newRow(hostile.name) << hostile.markdown;
}

void BoundedRenderTest::renderWithin_hostileInputs_neverHang()
{
    QFETCH(QString, markdown);
    RenderOptions options;
    options.sourceAnchors = true;
    QElapsedTimer clock;
    clock.start();
    const auto result = BoundedRender::renderWithin(markdown, options);
    const qint64 elapsed = clock.elapsed();
    // Either rendered or given up at the limit; never longer (plus scheduling slack).
    QVERIFY2(elapsed < BoundedRender::defaultLimit.count() + 500, qPrintable(QString::number(elapsed)));
    if (result)
        QVERIFY(!result->html.contains(QLatin1String("<script")));
}

void BoundedRenderTest::start_deliversThroughAFutureWatcher()
{
    QFutureWatcher<RenderResult> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<RenderResult>::finished);
    RenderOptions options;
    options.sourceAnchors = true;
    watcher.setFuture(BoundedRender::start(QStringLiteral("Para *one*.\n"), options));
    QVERIFY(finished.wait(5000));
    QVERIFY(watcher.result().html.contains(QLatin1String("<em>one</em>")));
}

QTEST_GUILESS_MAIN(BoundedRenderTest)
#include "boundedrender_test.moc"
