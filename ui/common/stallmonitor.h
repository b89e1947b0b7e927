#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Byline::WidgetUi {

// Measures how long the UI thread goes without returning to its event loop: a timer asks to run
// every few milliseconds and every late run is a stall. Enabled with BYLINE_STALL_REPORT=1; at
// exit it prints the longest stall after start-up and how many passed 16 ms (one frame).
class StallMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMonitor)

public:
    explicit StallMonitor(QObject *parent = nullptr);
    ~StallMonitor() override;

    [[nodiscard]] static bool requested();

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_overFrame = 0;
    int m_ticks = 0;
};

} // namespace Byline::WidgetUi
