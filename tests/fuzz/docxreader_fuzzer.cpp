// A Word document from anywhere (DocxReader): whatever the bytes — a damaged package, a ZIP
// bomb, XML of any shape — reading never crashes nor runs away with memory, and what it gives
// is either an error with no text or an article whose review marks all read back.
#include "fuzzcheck.h"

#include <docx/docxreader.h>
#include <review/review.h>

using namespace Byline::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const DocxReader::Result read = DocxReader::read(FuzzCheck::bytes(data, size), QStringLiteral("images"));
    if (!read.ok()) {
        FUZZ_CHECK(read.text.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!read.text.isEmpty());
    // Every mark the reader wrote is one CriticMarkup reads: no delimiter left open.
    const Review review = Review::read(read.text);
    FUZZ_CHECK(review.problems().isEmpty());
    return 0;
}
