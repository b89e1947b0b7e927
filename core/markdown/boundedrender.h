#pragma once

#include "renderer.h"

#include <QFuture>

#include <chrono>
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

    // Renders still running, including abandoned ones. A process that exits with renders still
    // running should leave with std::quick_exit-style termination rather than wait for them.
    [[nodiscard]] static int running();
};

} // namespace Byline::Core
