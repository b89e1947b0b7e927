#include "comparerunner.h"

#include <QLoggingCategory>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

Q_LOGGING_CATEGORY(lcCompare, "byline.ui.compare", QtInfoMsg)

CompareRunner::CompareRunner(QObject *parent)
    : QObject(parent)
{
    m_watcher.setObjectName(QStringLiteral("compareRunner"));
    connect(&m_watcher, &QFutureWatcher<CompareResult>::finished, this, &CompareRunner::take);
}

CompareRunner::~CompareRunner()
{
    m_watcher.waitForFinished();
}

void CompareRunner::run(const QString &before, const QString &after, const CompareStyle &style)
{
    Request request {before, after, style};
    if (m_running) {
        m_waiting = std::move(request);
        return;
    }
    start(request);
}

void CompareRunner::start(const Request &request)
{
    m_running = true;
    m_clock.start();
    QThread *home = thread();
    m_watcher.setFuture(QtConcurrent::run([request, home] {
        CompareResult result;
        result.comparison = Comparison::make(request.before, request.after);
        result.documents = CompareDocuments::build(result.comparison, request.style, home);
        return result;
    }));
}

void CompareRunner::take()
{
    if (m_watcher.future().resultCount() > 0)
        m_result = std::make_shared<const CompareResult>(m_watcher.result());
    m_lastMs = m_clock.elapsed();
    qCDebug(lcCompare) << "compared in" << m_lastMs << "ms:" << (m_result ? m_result->comparison.changes().size() : 0)
                       << "changes";
    m_running = false;
    if (std::optional<Request> next = std::exchange(m_waiting, std::nullopt)) {
        start(*next);
        return; // the comparison shown would be out of date at once
    }
    Q_EMIT finished();
}

} // namespace Byline::WidgetUi
