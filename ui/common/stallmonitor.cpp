#include "stallmonitor.h"

#include <QtGlobal>

#include <cstdio>

namespace Byline::WidgetUi {

namespace {

constexpr int tickMs = 4;
constexpr qint64 frameMs = 16;
// Opening the file (reading and laying out the text) is not typing; stalls count after it.
constexpr int warmUpTicks = 250;

} // namespace

StallMonitor::StallMonitor(QObject *parent)
    : QObject(parent)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        if (++m_ticks > warmUpTicks) {
            const qint64 stall = now - m_last - tickMs;
            if (stall > m_longest) {
                m_longest = stall;
                std::fprintf(stderr, "byline: longest UI stall so far %lld ms at %lld ms\n",
                             static_cast<long long>(stall), static_cast<long long>(now));
            }
            if (stall > frameMs) {
                ++m_overFrame;
                std::fprintf(stderr, "byline: UI thread stalled %lld ms at %lld ms\n", static_cast<long long>(stall),
                             static_cast<long long>(now));
            }
        }
        m_last = now;
    });
    m_clock.start();
    m_tick.start();
}

StallMonitor::~StallMonitor()
{
    std::fprintf(stderr, "byline: longest UI stall %lld ms, %d over %lld ms\n", static_cast<long long>(m_longest),
                 m_overFrame, static_cast<long long>(frameMs));
}

bool StallMonitor::requested()
{
    return qEnvironmentVariableIntValue("BYLINE_STALL_REPORT") == 1;
}

} // namespace Byline::WidgetUi
