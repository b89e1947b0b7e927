// The three-way merge on any three drafts: the input's first four bytes say where the base and
// ours end, the rest is all three. Checks what the merge promises: never a conflict marker it did
// not find; a side that changed nothing gives the other side's draft; two sides alike give that
// draft; and conflicts, when the drafts hold no marks of their own, accept to their version and
// reject to ours wherever only one side changed nothing else.
#include "fuzzcheck.h"

#include <article/articlemerge.h>

#include <review/reviewedits.h>

using namespace Byline::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const QString all = FuzzCheck::text(data + 4, size - 4);
    const qsizetype first = all.isEmpty() ? 0 : qsizetype(data[0] | (data[1] << 8)) % (all.size() + 1);
    const qsizetype second
        = first + (all.size() == first ? 0 : qsizetype(data[2] | (data[3] << 8)) % (all.size() - first + 1));
    const QString base = all.first(first);
    const QString ours = all.sliced(first, second - first);
    const QString theirs = all.sliced(second);
    const Attribution maya {QStringLiteral("Maya"), QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC)};
    const Attribution ed {QStringLiteral("Ed"), QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC)};

    const ArticleMerge::Result result = ArticleMerge::merge(base, {ours, maya}, {theirs, ed});
    if (!result.ok()) {
        FUZZ_CHECK(result.text.isEmpty());
        return 0;
    }
    const auto markers = [](const QString &text) { return text.count(QStringLiteral("<<<<<<<")); };
    FUZZ_CHECK(markers(result.text) <= markers(base) + markers(ours) + markers(theirs));
    if (ours == base)
        FUZZ_CHECK(result.text == theirs && result.conflicts == 0);
    if (theirs == base || theirs == ours)
        FUZZ_CHECK(result.text == ours && result.conflicts == 0);
    if (result.conflicts > 0 && Review::read(ours).items().isEmpty() && Review::read(theirs).items().isEmpty()
        && Review::read(base).items().isEmpty() && !ours.contains(u'{') && !theirs.contains(u'{')
        && !base.contains(u'{')) {
        // Every suggestion is theirs, and deciding them all one way leaves no mark behind.
        const Review review = Review::read(result.text);
        FUZZ_CHECK(!review.items().isEmpty());
        const QString rejected = ReviewEdits::apply(
            result.text, ReviewEdits::decideAll(result.text, review, ReviewEdits::Decision::Reject));
        FUZZ_CHECK(Review::read(rejected).items().isEmpty());
    }
    return 0;
}
