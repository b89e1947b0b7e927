#pragma once

#include "renderer.h"

#include <QFuture>
#include <QPromise>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace Byline::Core {

// Runs Renderer off the calling thread with a time limit. cmark 0.30.2 is super-linear on some
// hostile inputs and cannot be interrupted, so a render that overruns is abandoned: it finishes
// (or not) on its own detached thread while the caller carries on.
class BoundedRender final
{
public:
    static constexpr std::chrono::milliseconds defaultLimit {2000};

    // The result, or std::nullopt when the render took longer than `limit`.
    [[nodiscard]] static std::optional<RenderResult> renderWithin(const QString &markdown, const RenderOptions &options,
                                                                  std::chrono::milliseconds limit = defaultLimit);

    // Starts a render on a thread of its own; watch it with a QFutureWatcher.
    [[nodiscard]] static QFuture<RenderResult> start(const QString &markdown, const RenderOptions &options);
    // Starts any work that renders untrusted text (a parse and a render, say) the same way.
    template<typename Task>
    [[nodiscard]] static QFuture<std::invoke_result_t<Task>> start(Task task);

    // Runs `task` (work on untrusted text) the same way, waiting at most `limit` for its result.
    template<typename Task>
    [[nodiscard]] static std::optional<std::invoke_result_t<Task>> runWithin(Task task,
                                                                             std::chrono::milliseconds limit);

    // Renders still running, including abandoned ones. A process that exits with renders still
    // running should leave with std::quick_exit-style termination rather than wait for them.
    [[nodiscard]] static int running();

private:
    // Runs `work` on a detached thread of its own, counted in running().
    static void detach(std::function<void()> work);
};

template<typename Task>
QFuture<std::invoke_result_t<Task>> BoundedRender::start(Task task)
{
    using Result = std::invoke_result_t<Task>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    detach([promise, task = std::move(task)]() mutable {
        promise->addResult(task());
        promise->finish();
    });
    return future;
}

template<typename Task>
std::optional<std::invoke_result_t<Task>> BoundedRender::runWithin(Task task, std::chrono::milliseconds limit)
{
    using Result = std::invoke_result_t<Task>;
    auto promise = std::make_shared<std::promise<Result>>();
    std::future<Result> future = promise->get_future();
    detach([promise, task = std::move(task)]() mutable { promise->set_value(task()); });
    if (future.wait_for(limit) != std::future_status::ready)
        return std::nullopt;
    return future.get();
}

} // namespace Byline::Core
