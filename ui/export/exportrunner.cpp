#include "exportrunner.h"

#include <article/articlefile.h>
#include <export/exporter.h>

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

namespace {

// `target`, or the same name numbered when this run has written it already.
QString freeTarget(const QString &target, QSet<QString> &taken)
{
    const QFileInfo info(QFileInfo(target).absoluteFilePath());
    QString candidate = info.filePath();
    for (int n = 2; taken.contains(candidate); ++n) {
        candidate
            = info.dir().filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    }
    taken.insert(candidate);
    return candidate;
}

} // namespace

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

bool ExportRunner::start(const QList<ExportJob> &jobs, const Core::ExportOptions &options)
{
    if (isRunning())
        return false;
    m_total = int(jobs.size());
    m_report = std::make_shared<ExportReport>();
    m_watcher.setFuture(QtConcurrent::run([jobs, options, report = m_report](QPromise<void> &promise) {
        promise.setProgressRange(0, int(jobs.size()));
        *report = run(jobs, options, [&promise](int done, const QString &current) {
            promise.setProgressValueAndText(done, current);
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

ExportReport ExportRunner::run(const QList<ExportJob> &jobs, const Core::ExportOptions &options,
                               const std::function<bool(int, const QString &)> &progress)
{
    ExportReport report;
    report.total = int(jobs.size());
    QSet<QString> taken;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const ExportJob &job = jobs.at(i);
        if (!progress(int(i), job.source)) {
            report.cancelled = true;
            break;
        }
        const Core::ExportOutput output
            = Core::Exporter::produce(Core::TextFormats::article(job.source, job.text), options);
        for (const QString &warning : output.warnings)
            report.warnings.append({job.source, warning});
        if (!output.ok()) {
            report.failures.append({job.source, output.error});
            continue;
        }
        const QString target = freeTarget(job.target, taken);
        if (!job.source.isEmpty() && target == QFileInfo(job.source).absoluteFilePath()) {
            report.failures.append(
                {job.source, tr("the export would replace the article itself; choose another file or folder")});
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            report.failures.append(
                {job.source,
                 tr("the folder %1 cannot be created; check its permissions").arg(QFileInfo(target).absolutePath())});
            continue;
        }
        const Core::SaveResult saved = Core::ArticleFile::writeBytes(target, output.bytes);
        if (saved.ok)
            report.written.append(target);
        else
            report.failures.append({job.source, saved.error});
    }
    if (!report.cancelled)
        progress(int(jobs.size()), {});
    return report;
}

} // namespace Byline::WidgetUi
