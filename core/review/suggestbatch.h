#pragma once

#include "suggestedit.h"

namespace Byline::Core {

// Suggest mode for the edits a command makes at once (a replace-all, a heading over several
// lines, a spelling fix): each plain edit is first narrowed to what it really changes, kept to
// whole words ("teh" to "the" is one substitution of the word; "## Title" to "### Title" adds one
// `#`), then made a suggestion by SuggestEdit on the text the ones after it left. An edit that
// cannot be suggested is left out, with its reason; the others still happen.
class SuggestBatch final
{
public:
    // `edits` in any order, never overlapping, on `text`.
    [[nodiscard]] static SuggestBatch make(QStringView text, TextEdits edits, const Attribution &by,
                                           CriticMarkup::Start textStart = CriticMarkup::Start::MayHaveFrontMatter);

    // The edits to apply, in turn: each set is on the text the sets before it made.
    [[nodiscard]] const QList<TextEdits> &steps() const { return m_steps; }
    [[nodiscard]] bool isEmpty() const { return m_steps.isEmpty(); }
    // Plain edits that could not be suggested, and the first one's reason.
    [[nodiscard]] qsizetype refusedCount() const { return m_refused; }
    [[nodiscard]] const QString &refusal() const { return m_refusal; }

    // Where a position in the text the plain edits would have made lies in the text the
    // suggestions made.
    enum class Bias : quint8 {
        Typing, // in the words an edit inserted, beside those words (inside the addition, so typing
                // goes on there); past an edit that only deleted
        Backspace, // as Typing, but before an edit that only deleted
        Around, // at the very start or end of inserted words, outside the suggestion holding them, as
                // for selecting the text between two inserted markers
    };
    [[nodiscard]] qsizetype place(qsizetype position, Bias bias = Bias::Typing) const;

    // The whole text after every step.
    [[nodiscard]] QString apply(QStringView text) const;

    // The part of replacing [start, end) with `inserted` that changes something, widened to whole
    // words: a plain edit of its own.
    [[nodiscard]] static TextEdit narrowed(QStringView text, const TextEdit &edit);

private:
    // One plain edit as it was placed, kept to map positions.
    struct Placed
    {
        qsizetype start = 0; // in the text before any edit
        qsizetype removed = 0;
        qsizetype inserted = 0;
        qsizetype coreOffset = 0; // from `start` to the narrowed part
        qsizetype coreInserted = 0;
        qsizetype cursorBefore = 0; // in the text just after this edit's step
        qsizetype cursorAfter = 0;
        qsizetype delta = 0; // how much the step lengthened the text
        qsizetype madeStart = 0; // where the step's edits begin and end, in the text just after it
        qsizetype madeEnd = 0;
    };

    QList<TextEdits> m_steps;
    QList<Placed> m_placed; // in text order
    qsizetype m_refused = 0;
    QString m_refusal;
};

} // namespace Byline::Core
