// The renderer on any Markdown, through BoundedRender as the window and the exports run it. Checks:
// the caller gets control back by the limit (cmark 0.30.2 itself is slow on some inputs, which the
// bound is for); a finished render has no script and no javascript: link, and its blocks name
// lines in order.
#include "fuzzcheck.h"

#include <markdown/boundedrender.h>

#include <QElapsedTimer>

using namespace Byline::Core;
using namespace std::chrono_literals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RenderOptions options;
    options.sourceAnchors = true;
    options.splitBlocks = size % 2 == 1; // both ways the preview renders, chosen by the input
    options.omitHeadingMatching = QStringLiteral("Headline");
    QElapsedTimer clock;
    clock.start();
    const std::optional<RenderResult> result
        = BoundedRender::renderWithin(FuzzCheck::text(data, size), options, BoundedRender::defaultLimit);
    FUZZ_CHECK(std::chrono::milliseconds(clock.elapsed()) < BoundedRender::defaultLimit + 1s);
    if (!result)
        return 0;

    QString html = result->html;
    int line = 0;
    for (const RenderedBlock &block : result->blocks) {
        FUZZ_CHECK(block.firstLine >= line && block.lastLine >= block.firstLine);
        line = block.lastLine;
        html += block.html;
    }
    FUZZ_CHECK(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    FUZZ_CHECK(!html.contains(QLatin1String("href=\"javascript:"), Qt::CaseInsensitive));
    FUZZ_CHECK(result->stats.words >= 0);
    return 0;
}
