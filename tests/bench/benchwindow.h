#pragma once

// The window the benchmarks that measure it open, as the program makes one.
#include <ui/document/articlesession.h>
#include <ui/shell/mainwindow.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <optional>

// Opens `path` in `window` and waits until its text is in; false when it cannot be opened.
inline bool openInWindow(Byline::WidgetUi::MainWindow &window, const QString &path)
{
    std::optional<bool> opened;
    window.parts().session->open(path, [&opened](bool ok) { opened = ok; });
    while (!opened)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return *opened;
}

// The longest the event loop went without running a 4 ms timer, as StallMonitor measures it: on a
// machine busy with other work this also counts the time the UI thread waited for a processor.
class StallClock final : public QObject
{
public:
    StallClock()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(tickMs);
        QObject::connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 stall = now - m_last - tickMs;
            longest = std::max(longest, stall);
            overFrame += stall > 16 ? 1 : 0;
            m_last = now;
        });
        m_clock.start();
        m_tick.start();
    }
    qint64 longest = 0;
    int overFrame = 0;

private:
    static constexpr int tickMs = 4;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};
