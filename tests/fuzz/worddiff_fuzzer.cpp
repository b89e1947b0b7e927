// The word diff on any two texts: the input's first two bytes say where the first text ends, the
// rest is both. Checks what the diff promises: its changes lie in order in both texts, and
// replaying them on the old text gives the new one; and what DiffSuggestions promises: either a
// reason, or marks that accept to the new body and reject to the old; and drafts prepared where
// they are read compare as their texts do.
#include "fuzzcheck.h"

#include <review/diffsuggestions.h>
#include <review/reviewedits.h>
#include <review/worddiff.h>

using namespace Byline::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QString both = FuzzCheck::text(data + 2, size - 2);
    const qsizetype split = both.isEmpty() ? 0 : qsizetype(data[0] | (data[1] << 8)) % (both.size() + 1);
    const QString before = both.first(split);
    const QString after = both.sliced(split);

    const WordDiff diff = WordDiff::compare(before, after);
    QString replayed;
    qsizetype at = 0;
    qsizetype afterAt = 0;
    for (const WordDiff::Change &change : diff.changes()) {
        FUZZ_CHECK(change.before.start >= at && change.before.end >= change.before.start);
        FUZZ_CHECK(change.after.start >= afterAt && change.after.end >= change.after.start);
        FUZZ_CHECK(change.before.end <= before.size() && change.after.end <= after.size());
        if (change.isMove())
            FUZZ_CHECK(diff.changes().at(change.movedWith).movedWith >= 0);
        replayed += QStringView(before).sliced(at, change.before.start - at);
        replayed += change.after.of(after);
        at = change.before.end;
        afterAt = change.after.end;
    }
    replayed += QStringView(before).sliced(at);
    FUZZ_CHECK(replayed == after);
    FUZZ_CHECK(diff.isEmpty() == (before == after));

    // Drafts prepared as `byline diff` reads them (lines found once, bodies only) compare as
    // their texts do.
    const qsizetype beforeBody = DiffSuggestions::bodyStart(before);
    const qsizetype afterBodyStart = DiffSuggestions::bodyStart(after);
    const WordDiff bodies = WordDiff::compare(before, after, beforeBody, afterBodyStart);
    const WordDiff prepared = WordDiff::compare(WordDiff::Prepared(before, beforeBody, LineStarts(before)),
                                                WordDiff::Prepared(after, afterBodyStart, LineStarts(after)));
    FUZZ_CHECK(prepared.changes() == bodies.changes());

    const Attribution by {QStringLiteral("Ed"), QDateTime(QDate(2026, 12, 4), QTime(18, 0), Qt::UTC)};
    const DiffSuggestions::Result result = DiffSuggestions::make(before, after, by);
    if (!result.ok())
        return 0;
    const qsizetype afterBody = DiffSuggestions::bodyStart(after);
    FUZZ_CHECK(result.text.startsWith(QStringView(after).first(afterBody)));
    // Drafts without marks of their own: every suggestion decided gives one draft or the other.
    if (Review::read(before).items().isEmpty() && Review::read(after).items().isEmpty() && !before.contains(u'{')
        && !after.contains(u'{')) {
        const Review review = Review::read(result.text);
        const auto decided = [&](ReviewEdits::Decision decision) {
            return ReviewEdits::apply(result.text, ReviewEdits::decideAll(result.text, review, decision));
        };
        FUZZ_CHECK(decided(ReviewEdits::Decision::Accept) == after);
        const QString rejected = after.first(afterBody) + before.sliced(DiffSuggestions::bodyStart(before));
        FUZZ_CHECK(decided(ReviewEdits::Decision::Reject) == rejected);
    }
    return 0;
}
