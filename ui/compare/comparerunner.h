#pragma once

#include "comparedocuments.h"
#include "comparison.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace Byline::WidgetUi {

// A comparison and the documents that show it, as the worker hands them over.
struct CompareResult
{
    Comparison comparison;
    CompareDocuments documents;
};

// Compares two texts off the UI thread (QtConcurrent::run, collected by a QFutureWatcher), with
// the word diff and the building of the views' documents both on the worker, so the window only
// sets the finished documents into its views. A comparison asked for while one runs waits for it;
// of several waiting, only the last runs, since the text has moved on from the others.
class CompareRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRunner)

public:
    explicit CompareRunner(QObject *parent = nullptr);
    ~CompareRunner() override;

    void run(const QString &before, const QString &after, const CompareStyle &style);
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The last comparison made; null before the first.
    [[nodiscard]] const std::shared_ptr<const CompareResult> &result() const { return m_result; }
    // How long the last one took, from being asked for to being handed over.
    [[nodiscard]] qint64 lastMilliseconds() const { return m_lastMs; }

Q_SIGNALS:
    void finished();

private:
    struct Request
    {
        QString before;
        QString after;
        CompareStyle style;
    };
    void start(const Request &request);
    void take();

    QFutureWatcher<CompareResult> m_watcher;
    std::optional<Request> m_waiting;
    std::shared_ptr<const CompareResult> m_result;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    bool m_running = false;
};

} // namespace Byline::WidgetUi
