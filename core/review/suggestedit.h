#pragma once

#include "reviewedits.h"

namespace Byline::Core {

// Suggest mode (track changes): what an edit a writer makes becomes, as CriticMarkup attributed to
// them. The edit is given as the plain one the editor would make ([start, end) replaced by
// `inserted`); the result is the text edits that suggest it instead, and where the cursor goes.
//
// - Typing makes an addition, and typing on extends it: at the edge of your own addition (or the
//   new text of your substitution) the words go inside it.
// - Deleting wraps the text in a deletion, merged with your deletion beside it; deleting inside
//   your own addition removes the characters (and the addition once it is empty). Deleted text
//   stays deleted text: deleting it again changes nothing. Comments are never deleted this way.
// - Typing over a selection makes a substitution.
// - Typing inside another reviewer's addition splits it around yours; their parts keep their name.
// - What cannot be suggested without rewriting another reviewer's suggestion or a commented range
//   (deleting inside them) is refused, with the reason, and nothing changes.
// Whatever happens, the original text (every change rejected) stays as it was: a suggestion can
// never lose what was there. Each result is checked for this before it is returned.
class SuggestEdit final
{
public:
    struct Result
    {
        TextEdits edits; // empty when there is nothing to do or it was refused
        // Where the cursor goes in the text after the edits: before what was deleted (Backspace)
        // or after it (Delete); after typed words, both.
        qsizetype cursorBefore = 0;
        qsizetype cursorAfter = 0;
        QString refusal; // why nothing was done, said plainly; empty otherwise

        [[nodiscard]] bool refused() const { return !refusal.isEmpty(); }
    };

    // `textStart` says whether `text` is a whole article (which may open with front matter) or a
    // part of one from a paragraph on (CriticMarkup::Start::Body), as suggest mode reads a window.
    [[nodiscard]] static Result make(QStringView text, const Review &review, qsizetype start, qsizetype end,
                                     const QString &inserted, const Attribution &by,
                                     CriticMarkup::Start textStart = CriticMarkup::Start::MayHaveFrontMatter);
};

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
