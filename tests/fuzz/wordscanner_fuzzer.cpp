// The spelling scanner on any Markdown, up to megabyte lines. Checks: every word lies inside its
// line, words come in text order without overlapping, none is empty, and none starts or ends on half
// of a surrogate pair; a super-linear path shows as a timeout.
#include "fuzzcheck.h"

#include <spell/wordscanner.h>

using namespace Byline::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzCheck::text(data, size);
    qsizetype end = 0;
    for (const WordScanner::TextWord &word : WordScanner().scanText(text)) {
        FUZZ_CHECK(word.length > 0);
        FUZZ_CHECK(word.position >= end && word.position >= word.lineStart);
        end = word.position + word.length;
        FUZZ_CHECK(end <= text.size());
        FUZZ_CHECK(!text.sliced(word.position, word.length).contains(QLatin1Char('\n')));
        FUZZ_CHECK(!text[word.position].isLowSurrogate() && !text[end - 1].isHighSurrogate());
        FUZZ_CHECK(word.lineStart == 0 || text[word.lineStart - 1] == QLatin1Char('\n'));
    }
    return 0;
}
