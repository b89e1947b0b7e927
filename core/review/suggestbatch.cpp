#include "suggestbatch.h"

#include <algorithm>

namespace Byline::Core {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019) || c.isMark();
}

} // namespace

TextEdit SuggestBatch::narrowed(QStringView text, const TextEdit &edit)
{
    const QStringView old = text.sliced(edit.start, edit.end - edit.start);
    const QStringView inserted = edit.text;
    const qsizetype shorter = std::min(old.size(), inserted.size());
    qsizetype head = 0;
    while (head < shorter && old[head] == inserted[head])
        ++head;
    qsizetype tail = 0;
    while (tail < shorter - head && old[old.size() - 1 - tail] == inserted[inserted.size() - 1 - tail])
        ++tail;
    // A change inside a word replaces the word: back to where a word starts, on to where it ends.
    const auto wordAt
        = [](QStringView in, qsizetype index) { return index >= 0 && index < in.size() && isWordCharacter(in[index]); };
    while (head > 0 && wordAt(old, head - 1) && (wordAt(old, head) || wordAt(inserted, head)))
        --head;
    while (tail > 0 && wordAt(old, old.size() - tail)
           && (wordAt(old, old.size() - tail - 1) || wordAt(inserted, inserted.size() - tail - 1)))
        --tail;
    return {edit.start + head, edit.end - tail, inserted.sliced(head, inserted.size() - head - tail).toString()};
}

SuggestBatch SuggestBatch::make(QStringView text, TextEdits edits, const Attribution &by, CriticMarkup::Start textStart)
{
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.start > b.start; });
    SuggestBatch batch;
    QString current = text.toString();
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const TextEdit &edit = edits.at(i);
        const TextEdit core = narrowed(current, edit);
        Placed placed {edit.start,       edit.end - edit.start,
                       edit.text.size(), core.start - edit.start,
                       core.text.size(), core.start,
                       core.end,         0};
        if (core.start == core.end && core.text.isEmpty()) {
            batch.m_placed.prepend(placed);
            continue;
        }
        const SuggestEdit::Result result = SuggestEdit::make(current, Review::read(current, textStart), core.start,
                                                             core.end, core.text, by, textStart);
        if (result.refused()) {
            if (batch.m_refused++ == 0)
                batch.m_refusal = result.refusal;
            placed.cursorAfter = placed.cursorBefore; // nothing was inserted
            placed.coreInserted = 0;
            placed.inserted = placed.removed = 0;
            batch.m_placed.prepend(placed);
            continue;
        }
        placed.cursorBefore = result.cursorBefore;
        placed.cursorAfter = result.cursorAfter;
        for (const TextEdit &made : result.edits) {
            if (&made == &result.edits.front())
                placed.madeStart = made.start + placed.delta;
            placed.madeEnd = made.start + placed.delta + made.text.size();
            placed.delta += made.text.size() - (made.end - made.start);
        }
        batch.m_placed.prepend(placed);
        if (result.edits.isEmpty())
            continue;
        current = ReviewEdits::apply(current, result.edits);
        batch.m_steps.append(result.edits);
        // A suggestion joined to a mark before it may reach below the next edit: that one moves too.
        const qsizetype lowest = result.edits.front().start;
        for (qsizetype j = i + 1; j < edits.size() && lowest < edits.at(j).end; ++j) {
            edits[j].start = ReviewEdits::mapPosition(edits.at(j).start, result.edits);
            edits[j].end = ReviewEdits::mapPosition(edits.at(j).end, result.edits);
        }
    }
    return batch;
}

qsizetype SuggestBatch::place(qsizetype position, Bias bias) const
{
    qsizetype plainShift = 0;
    qsizetype madeShift = 0;
    for (const Placed &placed : m_placed) {
        const qsizetype coreStart = placed.start + plainShift + placed.coreOffset;
        const qsizetype coreEnd = coreStart + placed.coreInserted;
        if (position < coreStart)
            break;
        if (position <= coreEnd) {
            if (placed.coreInserted == 0)
                return (bias == Bias::Backspace ? placed.cursorBefore : placed.cursorAfter) + madeShift;
            if (bias == Bias::Around && placed.madeEnd > placed.madeStart
                && (position == coreStart || position == coreEnd))
                return (position == coreStart ? placed.madeStart : placed.madeEnd) + madeShift;
            return placed.cursorAfter - (coreEnd - position) + madeShift;
        }
        plainShift += placed.inserted - placed.removed;
        madeShift += placed.delta;
    }
    return position - plainShift + madeShift;
}

QString SuggestBatch::apply(QStringView text) const
{
    QString result = text.toString();
    for (const TextEdits &step : m_steps)
        result = ReviewEdits::apply(result, step);
    return result;
}

} // namespace Byline::Core
