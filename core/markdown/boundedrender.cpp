#include "boundedrender.h"

#include <atomic>
#include <future>
#include <memory>
#include <thread>

namespace Byline::Core {

namespace {

std::atomic<int> runningRenders {0};

} // namespace

// Detached threads rather than a thread pool: a pool would wait for an abandoned render at exit
// and would run out of threads if several hostile renders were stuck at once.
void BoundedRender::detach(std::function<void()> work)
{
    ++runningRenders;
    std::thread([work = std::move(work)] {
        work();
        --runningRenders;
    }).detach();
}

std::optional<RenderResult> BoundedRender::renderWithin(const QString &markdown, const RenderOptions &options,
                                                        std::chrono::milliseconds limit)
{
    auto promise = std::make_shared<std::promise<RenderResult>>();
    std::future<RenderResult> future = promise->get_future();
    detach([promise, markdown, options] { promise->set_value(Renderer::render(markdown, options)); });
    if (future.wait_for(limit) != std::future_status::ready)
        return std::nullopt;
    return future.get();
}

QFuture<RenderResult> BoundedRender::start(const QString &markdown, const RenderOptions &options)
{
    return start([markdown, options] { return Renderer::render(markdown, options); });
}

int BoundedRender::running()
{
    return runningRenders.load();
}

} // namespace Byline::Core
