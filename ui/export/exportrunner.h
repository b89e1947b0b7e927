#pragma once

#include <export/exportbatch.h>

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Byline::WidgetUi {

// Runs an export batch (Core::ExportBatch) on a worker thread, so the window stays responsive
// however many articles there are, and reports its progress; cancelling stops it between two
// articles.
class ExportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRunner)

public:
    explicit ExportRunner(QObject *parent = nullptr);
    ~ExportRunner() override;

    // Starts the jobs unless an export is already running (then returns false).
    bool start(const QList<Core::ExportJob> &jobs, const Core::ExportOptions &options);
    // Stops after the article being exported; finished() still comes, with `cancelled` set.
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    // `done` of the jobs are finished; `current` is being exported.
    void progress(int done, int total, const QString &current);
    void finished(const Byline::Core::ExportReport &report);

private:
    QFutureWatcher<void> m_watcher;
    int m_total = 0;
    std::shared_ptr<Core::ExportReport> m_report; // filled by the worker, read when it is done
};

} // namespace Byline::WidgetUi

// For the queued finished() signal and QSignalSpy.
Q_DECLARE_METATYPE(Byline::Core::ExportReport)
