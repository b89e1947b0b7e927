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

} // namespace Byline::Core
