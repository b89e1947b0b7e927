// The review reading and its edits on any text: attribution, threads, accept and reject. Checks what
// they promise: items in order and inside the text, views that keep line numbers keep them, and
// deciding every change one at a time gives what deciding them all at once does (spacing aside).
#include "fuzzcheck.h"

#include <review/review.h>
#include <review/reviewedits.h>

using namespace Byline::Core;

namespace {

QString rawApply(const QString &text, const Review &review, ReviewEdits::Decision decision)
{
    QString result = text;
    for (qsizetype i = review.items().size() - 1; i >= 0; --i) {
        const Review::Item &item = review.items().at(i);
        if (item.isChange())
            result = ReviewEdits::apply(result, ReviewEdits::decide(result, item, decision));
    }
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzCheck::text(data, size);
    const Review review = Review::read(text);
    qsizetype end = 0;
    for (const Review::Item &item : review.items()) {
        FUZZ_CHECK(item.whole.start >= end && item.whole.end <= text.size());
        FUZZ_CHECK(item.mark.whole.start == item.whole.start && item.mark.whole.end <= item.whole.end);
        FUZZ_CHECK(item.line >= 1 && item.column >= 1);
        FUZZ_CHECK(review.itemAt(item.whole.start) >= 0);
        end = item.whole.end;
    }
    // Views that keep line numbers do.
    for (const ReviewEdits::View view : {ReviewEdits::View::Final, ReviewEdits::View::Original}) {
        const QString kept = ReviewEdits::view(text, view, CriticMarkup::Start::MayHaveFrontMatter, true);
        FUZZ_CHECK(kept.count(QLatin1Char('\n')) == text.count(QLatin1Char('\n')));
    }
    // Deciding them one by one, last first, gives the same words as all at once.
    const QString oneByOne = rawApply(text, review, ReviewEdits::Decision::Reject);
    const QString allAtOnce
        = ReviewEdits::apply(text, ReviewEdits::decideAll(text, review, ReviewEdits::Decision::Reject));
    FUZZ_CHECK(oneByOne.simplified().remove(QLatin1Char(' ')) == allAtOnce.simplified().remove(QLatin1Char(' ')));
    return 0;
}
