#pragma once

#include <export/exportoptions.h>

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Byline::WidgetUi {

// One article to export: read from its file, or from `text` when the editor holds it.
struct ExportJob
{
    QString source;
    QString target;
    std::optional<QString> text;
};

struct ExportReport
{
    struct Problem
    {
        QString source;
        QString message;
    };

    QStringList written; // the files written, in the order of the jobs
    QList<Problem> failures; // articles not exported, and why
    QList<Problem> warnings; // exported, with something to know (an image left out)
    int total = 0;
    bool cancelled = false;
};

// Runs exports on a worker thread, one article after another, so the window stays responsive
// however many there are. Each file is written whole or not at all (AtomicFile); an article that
// fails is reported and the others still go out. Targets that would collide get a number, and
// no export ever writes over its own article.
class ExportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRunner)

public:
    explicit ExportRunner(QObject *parent = nullptr);
    ~ExportRunner() override;

    // Starts the jobs unless an export is already running (then returns false).
    bool start(const QList<ExportJob> &jobs, const Core::ExportOptions &options);
    // Stops after the article being exported; finished() still comes, with `cancelled` set.
    void cancel();
    [[nodiscard]] bool isRunning() const;

    // Runs the jobs on the calling thread; what start() runs on the worker.
    [[nodiscard]] static ExportReport run(const QList<ExportJob> &jobs, const Core::ExportOptions &options,
                                          const std::function<bool(int done, const QString &current)> &progress);

Q_SIGNALS:
    // `done` of the jobs are finished; `current` is being exported.
    void progress(int done, int total, const QString &current);
    void finished(const Byline::WidgetUi::ExportReport &report);

private:
    QFutureWatcher<void> m_watcher;
    int m_total = 0;
    std::shared_ptr<ExportReport> m_report; // filled by the worker, read when it is done
};

} // namespace Byline::WidgetUi

Q_DECLARE_METATYPE(Byline::WidgetUi::ExportReport)
