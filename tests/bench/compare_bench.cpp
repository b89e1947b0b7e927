// The compare window on two long drafts (issue budget: on two 100,000-word drafts it opens in
// ≤ 300 ms, and the UI thread is never blocked more than 16 ms), run by run-benchmarks.sh.
//
//   byline_compare_bench OLD NEW
//       opens NEW in a real (offscreen) window, lets it settle, then File ▸ Compare With… OLD:
//       the file read, compared and both layouts' documents built off the UI thread, then shown.
//       Then Side by Side, Next Change ten times, and Restore This Change. One JSON line: the
//       milliseconds from asking to the first paint of the compared text, the worker's share,
//       the same for Side by Side and for Restore (the edit, the comparison again, the paint),
//       and the longest time the UI thread went without returning to its event loop meanwhile.
#include "benchwindow.h"

#include <ui/compare/comparecontroller.h>
#include <ui/compare/comparerunner.h>
#include <ui/compare/comparetextviews.h>
#include <ui/compare/comparewindow.h>
#include <ui/document/articlesession.h>
#include <ui/shell/deskservices.h>
#include <ui/shell/mainwindow.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPaintEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Byline::WidgetUi;

namespace {

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

// Counts paints of a widget, so "shown" means painted, not merely set.
class PaintWatch final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return QObject::eventFilter(watched, event);
    }
    int paints = 0;
};

// When the inline text was first painted after the comparison showed.
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (at < 0 && event->type() == QEvent::Paint && watched->parent()
            && watched->parent()->objectName() == u"compareInline" && shown()) {
            at = clock->elapsed();
        }
        return QObject::eventFilter(watched, event);
    }
    std::function<bool()> shown; // the comparison is in the view
    QElapsedTimer *clock = nullptr;
    qint64 at = -1;
};

// Milliseconds from `start` to the first paint of `view` after it, once `done` holds.
qint64 untilPainted(QWidget *view, const std::function<void()> &start, const std::function<bool()> &done)
{
    PaintWatch watch;
    view->installEventFilter(&watch);
    QElapsedTimer clock;
    clock.start();
    start();
    waitFor(done);
    const int before = watch.paints;
    waitFor([&] { return watch.paints > before; }, 2000);
    const qint64 ms = clock.elapsed();
    view->removeEventFilter(&watch);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    const QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: byline_compare_bench OLD NEW\n");
        return 2;
    }
    // A copy is opened and restored into: the next run must find NEW as it was.
    const QTemporaryDir copies;
    const QString current = copies.filePath(QFileInfo(args[2]).fileName());
    if (!copies.isValid() || !QFile::copy(args[2], current)) {
        std::fprintf(stderr, "byline_compare_bench: cannot copy %s\n", qPrintable(args[2]));
        return 2;
    }
    DeskServices services;
    MainWindow window(services);
    if (!openInWindow(window, current))
        return 1;
    window.resize(1400, 900);
    window.show();
    idle(3000); // the first render, spelling and layout settle

    CompareController &compare = *window.parts().compare;
    StallClock stalls;
    QElapsedTimer opening;
    FirstPaint painted;
    painted.clock = &opening;
    painted.shown = [&compare] { return compare.window() && compare.window()->result(); };
    qApp->installEventFilter(&painted);
    opening.start();
    compare.compareFileWithCurrent(args[1]);
    waitFor([&] { return compare.window() && compare.window()->result() && !compare.window()->isComparing(); });
    CompareWindow &shown = *compare.window();
    waitFor([&] { return painted.at >= 0; }, 2000);
    const qint64 open = painted.at;
    qApp->removeEventFilter(&painted);
    const std::shared_ptr<const CompareResult> result = shown.result();
    idle(300);

    const qint64 sideBySide = untilPainted(
        shown.views()->afterView()->viewport(), [&] { shown.setMode(CompareWindow::Mode::SideBySide); },
        [] { return true; });
    idle(300);
    QElapsedTimer walking;
    walking.start();
    for (int i = 0; i < 10; ++i) {
        shown.goToChange(true);
        QApplication::processEvents();
    }
    const qint64 walk = walking.elapsed();
    idle(300);
    const qint64 restore = untilPainted(
        shown.views()->afterView()->viewport(), [&] { shown.restoreChange(); },
        [&] { return !shown.isComparing() && shown.result() != result; });
    idle(500);

    std::printf("{\"characters_new\": %lld, \"changes\": %lld, \"open_ms\": %lld, "
                "\"worker_ms\": %lld, \"side_by_side_ms\": %lld, \"ten_next_changes_ms\": %lld, "
                "\"restore_change_ms\": %lld, \"longest_ui_stall_ms\": %lld, \"stalls_over_16_ms\": %d}\n",
                qlonglong(result->comparison.after().size()), qlonglong(result->comparison.changes().size()),
                qlonglong(open), qlonglong(shown.compareMilliseconds()), qlonglong(sideBySide), qlonglong(walk),
                qlonglong(restore), qlonglong(stalls.longest), stalls.overFrame);
    return 0;
}
