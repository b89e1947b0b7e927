// The CriticMarkup parser on any text, up to megabytes. Checks what the parser promises: marks come
// in order with their delimiters where they say, the line-by-line reader the highlighter uses finds
// the same marks as the whole-text parse, and on a text without problems it shows exactly them.
#include "fuzzcheck.h"

#include <criticmarkupcheck.h>

using namespace Byline::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzCheck::text(data, size);
    const CriticMarkup::Result result = CriticMarkup::parse(text);
    FUZZ_CHECK(CriticMarkupCheck::inOrder(result.marks));
    for (const CriticMarkup::Mark &mark : result.marks) {
        FUZZ_CHECK(mark.whole.end <= text.size());
        FUZZ_CHECK(mark.whole.of(text).startsWith(CriticMarkup::opening(mark.kind)));
        FUZZ_CHECK(mark.whole.of(text).endsWith(CriticMarkup::closing(mark.kind)));
    }
    FUZZ_CHECK(CriticMarkupCheck::marksFromLines(text) == result.marks);
    if (result.problems.isEmpty()) {
        FUZZ_CHECK(CriticMarkupCheck::labelsFromLines(text) == CriticMarkupCheck::labelsFromMarks(text, result.marks));
    }
    (void)CriticMarkup::parse(text, CriticMarkup::Start::Body);
    return 0;
}
