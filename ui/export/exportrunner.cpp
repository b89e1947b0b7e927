#include "exportrunner.h"

#include <export/exporter.h>

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

ExportRunner::ExportRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this,
            [this](int done) { Q_EMIT progress(done, m_total, m_watcher.progressText()); });
    // The report is read once the worker has returned; a cancelled future would drop a result.
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] { Q_EMIT finished(*m_report); });
}

ExportRunner::~ExportRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ExportRunner::start(const QList<Core::ExportJob> &jobs, const Core::ExportOptions &options)
{
    if (isRunning())
        return false;
    m_total = int(jobs.size());
    m_report = std::make_shared<Core::ExportReport>();
    m_watcher.setFuture(QtConcurrent::run([jobs, options, report = m_report](QPromise<void> &promise) {
        promise.setProgressRange(0, int(jobs.size()));
        *report = Core::ExportBatch::run(jobs, options, &Core::Exporter::produce,
                                         [&promise](const Core::ExportReport &sofar, const QString &next) {
                                             promise.setProgressValueAndText(int(sofar.articles.size()), next);
                                             return !promise.isCanceled();
                                         });
    }));
    return true;
}

void ExportRunner::cancel()
{
    if (isRunning())
        m_watcher.future().cancel();
}

bool ExportRunner::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace Byline::WidgetUi
