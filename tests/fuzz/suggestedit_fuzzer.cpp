// Suggest mode on any text: the input's first bytes choose an edit (where, how long, what is typed
// and by whom), the rest is the text. Checks what suggest mode promises: the original text (every
// change rejected) never changes, the cursor stays in the text, and a refusal changes nothing. The
// same edit, and a second one before it, as one command (SuggestBatch) keep the original too, and
// every position it places lies in the text it made.
#include "fuzzcheck.h"

#include <review/suggestbatch.h>

using namespace Byline::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const QString text = FuzzCheck::text(data + 4, size - 4);
    const qsizetype start = text.isEmpty() ? 0 : qsizetype(data[0] | (data[1] << 8)) % (text.size() + 1);
    const qsizetype end = std::min(text.size(), start + qsizetype(data[2] % 24));
    static const QStringList typed = {QString(),
                                      QStringLiteral("x"),
                                      QStringLiteral(" a word"),
                                      QStringLiteral("\n"),
                                      QStringLiteral("\n\n"),
                                      QStringLiteral("é"),
                                      QStringLiteral("{")};
    const QString inserted = typed.at(data[3] % typed.size());
    const Attribution by {(data[3] & 0x80) ? QStringLiteral("Ed") : QStringLiteral("Maya"),
                          QDateTime(QDate(2026, 11, 20), QTime(10, 4), Qt::UTC)};
    const Review review = Review::read(text);
    const SuggestEdit::Result result = SuggestEdit::make(text, review, start, end, inserted, by);
    if (result.refused()) {
        FUZZ_CHECK(result.edits.isEmpty());
        return 0;
    }
    qsizetype at = 0;
    for (const TextEdit &edit : result.edits) {
        FUZZ_CHECK(edit.start >= at && edit.end >= edit.start && edit.end <= text.size());
        at = edit.end;
    }
    const QString edited = ReviewEdits::apply(text, result.edits);
    FUZZ_CHECK(ReviewEdits::rawView(edited, ReviewEdits::View::Original)
               == ReviewEdits::rawView(text, ReviewEdits::View::Original));
    FUZZ_CHECK(result.cursorBefore >= 0 && result.cursorBefore <= edited.size());
    FUZZ_CHECK(result.cursorAfter >= result.cursorBefore && result.cursorAfter <= edited.size());

    // A command's edits at once: this one and a replacement of the word before it.
    TextEdits edits {{start, end, inserted}};
    if (start >= 2)
        edits.append({start / 2, start / 2 + 1, QStringLiteral("Y")});
    const SuggestBatch batch = SuggestBatch::make(text, edits, by);
    const QString made = batch.apply(text);
    FUZZ_CHECK(ReviewEdits::rawView(made, ReviewEdits::View::Original)
               == ReviewEdits::rawView(text, ReviewEdits::View::Original));
    // Positions in the text the plain edits would have made.
    qsizetype plainSize = text.size();
    for (const TextEdit &edit : edits)
        plainSize += edit.text.size() - (edit.end - edit.start);
    for (qsizetype position : {qsizetype(0), start, start + inserted.size(), plainSize}) {
        position = std::min(position, plainSize);
        for (const auto bias :
             {SuggestBatch::Bias::Typing, SuggestBatch::Bias::Backspace, SuggestBatch::Bias::Around}) {
            const qsizetype placed = batch.place(position, bias);
            FUZZ_CHECK(placed >= 0 && placed <= made.size());
        }
    }
    return 0;
}
