#include "boundedrender.h"

#include <QPromise>

#include <atomic>
#include <future>
#include <memory>
#include <thread>

namespace Byline::Core {

namespace {

std::atomic<int> runningRenders {0};

// Detached threads rather than a thread pool: a pool would wait for an abandoned render at exit
// and would run out of threads if several hostile renders were stuck at once.
template<typename Deliver>
void runDetached(QString markdown, RenderOptions options, Deliver deliver)
{
    ++runningRenders;
    std::thread([markdown = std::move(markdown), options = std::move(options), deliver = std::move(deliver)]() mutable {
        deliver(Renderer::render(markdown, options));
        --runningRenders;
    }).detach();
}

} // namespace

std::optional<RenderResult> BoundedRender::renderWithin(const QString &markdown, const RenderOptions &options,
                                                        std::chrono::milliseconds limit)
{
    auto promise = std::make_shared<std::promise<RenderResult>>();
    std::future<RenderResult> future = promise->get_future();
    runDetached(markdown, options, [promise](RenderResult &&result) { promise->set_value(std::move(result)); });
    if (future.wait_for(limit) != std::future_status::ready)
        return std::nullopt;
    return future.get();
}

QFuture<RenderResult> BoundedRender::start(const QString &markdown, const RenderOptions &options)
{
    auto promise = std::make_shared<QPromise<RenderResult>>();
    QFuture<RenderResult> future = promise->future();
    promise->start();
    runDetached(markdown, options, [promise](RenderResult &&result) {
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

int BoundedRender::running()
{
    return runningRenders.load();
}

} // namespace Byline::Core
