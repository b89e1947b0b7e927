// Measures a shared library against issue 20's budgets, beside git itself (run-benchmarks.sh):
//   byline_sync_bench status DIR [RUNS]   the status of every article, RUNS times: median, best
//   byline_sync_bench stamps DIR [RUNS]   the check a sync with nothing to do makes instead
//   byline_sync_bench window DIR FILE     the window on the library DIR syncs after FILE changed:
//                                         how long the sync took and the UI thread's longest stall
// Prints one JSON object.
#include "benchwindow.h"

#include <ui/library/librarycontroller.h>
#include <ui/library/libraryservice.h>
#include <ui/sharing/sharingcontroller.h>
#include <ui/shell/deskservices.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>
#include <memory>
#include <vector>

#include <sharing/sharedlibrary.h>
#include <sharing/worktreestamps.h>

using namespace Byline;

namespace {

void waitFor(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

int status(const QString &folder, int runs)
{
    QString error;
    const auto library = Core::SharedLibrary::open(folder, &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::vector<double> times;
    qsizetype articles = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const Core::SharedLibrary::Status status = library->status();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        articles = status.articles.size();
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"median_ms\": %.2f, \"best_ms\": %.2f, \"changed\": %lld}\n", times[times.size() / 2], times.front(),
                static_cast<long long>(articles));
    return 0;
}

// How long the check of a clean library's stamps takes (what a sync with nothing to do does
// instead of a status), RUNS times.
int stamps(const QString &folder, int runs)
{
    const Core::WorktreeStamps stamps(folder, QDir(folder).filePath(QStringLiteral(".git")));
    std::vector<double> times;
    bool clean = true;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        const Core::WorktreeStamps::Check check = stamps.check();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        clean = clean && check.foldersHold && check.changed.isEmpty() && !check.head.isEmpty();
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"median_ms\": %.2f, \"best_ms\": %.2f, \"clean\": %s}\n", times[times.size() / 2], times.front(),
                clean ? "true" : "false");
    return 0;
}

int window(const QString &folder, const QString &file)
{
    WidgetUi::DeskServices services;
    WidgetUi::MainWindow window(services);
    window.resize(1400, 900);
    window.show();
    window.parts().libraryController->openFolder(folder);
    WidgetUi::LibraryService &library = *window.parts().library;
    WidgetUi::SharingController &sharing = *window.parts().sharing;
    waitFor([&] { return library.isIndexed() && sharing.isShared() && !sharing.statusText().isEmpty(); });
    QTimer settle;
    settle.setSingleShot(true);
    settle.start(2000);
    waitFor([&] { return !settle.isActive(); });

    QFile changed(file);
    if (!changed.open(QIODevice::Append))
        return 1;
    changed.write("\nOne more line.\n");
    changed.close();

    bool finished = false;
    bool ok = false;
    qint64 during = 0;
    int duringOver = 0;
    auto stalls = std::make_unique<StallClock>();
    QObject::connect(&sharing, &WidgetUi::SharingController::syncFinished, &sharing,
                     [&](const Core::SyncReport &report) {
                         finished = true;
                         ok = report.ok();
                         during = stalls->longest;
                         duringOver = stalls->overFrame;
                     });
    QElapsedTimer clock;
    clock.start();
    sharing.sync();
    waitFor([&] { return finished; });
    const qint64 syncMs = clock.elapsed();
    // Then the window takes in what the sync did: the status, the marks, the index: measured apart.
    stalls = std::make_unique<StallClock>();
    settle.start(1500);
    waitFor([&] { return !settle.isActive(); });
    std::printf("{\"ok\": %s, \"sync_ms\": %lld, \"longest_stall_during_sync_ms\": %lld, "
                "\"stalls_over_16ms_during\": %d, \"longest_stall_after_ms\": %lld, \"stalls_over_16ms_after\": %d}\n",
                ok ? "true" : "false", static_cast<long long>(syncMs), static_cast<long long>(during), duringOver,
                static_cast<long long>(stalls->longest), stalls->overFrame);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    const QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("status"))
        return status(args[2], args.size() > 3 ? args[3].toInt() : 20);
    if (args.size() >= 3 && args[1] == QLatin1String("stamps"))
        return stamps(args[2], args.size() > 3 ? args[3].toInt() : 20);
    if (args.size() >= 4 && args[1] == QLatin1String("window"))
        return window(args[2], args[3]);
    std::fputs("usage: byline_sync_bench status DIR [RUNS] | window DIR FILE\n", stderr);
    return 2;
}
