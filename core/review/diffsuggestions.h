#pragma once

#include "review.h"
#include "worddiff.h"

namespace Byline::Core {

// The difference between two drafts as suggestions: the new draft with every word that changed
// from the old one marked as CriticMarkup, so that accepting every suggestion gives the new draft
// and rejecting every one gives the old. This is how an article an editor changed in another
// program (or an older revision) comes back as review: `byline diff --criticmarkup`, Compare as
// Suggestions.
//
// - Each change becomes an addition, a deletion or a substitution, attributed to `by` (no
//   attribution when `by` names nobody). A change whose text holds the closing delimiter of its
//   mark is split where the delimiter would close it early.
// - Marks are plain text in code, so a change in a code span takes its whole line, and a change
//   in a code block the whole block, with the mark opening on the line before it.
// - Front matter cannot hold marks (it would no longer be YAML or TOML): the result has the new
//   draft's front matter, and says whether the old one differed, so rejecting every suggestion
//   then gives the old body under the new front matter.
// - The result is read back before it is returned: accepting all must give the new draft and
//   rejecting all the old one. Where a change cannot be made to read back so (the drafts hold
//   review marks of their own that the change cuts through), whole lines are marked instead; if
//   even that cannot be, there is no result, only the reason.
class DiffSuggestions final
{
public:
    struct Result
    {
        QString text; // empty when `error` is set (or when the new draft is empty)
        qsizetype suggestions = 0;
        bool frontMatterChanged = false;
        QString error; // translated

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    [[nodiscard]] static Result make(QStringView before, QStringView after, const Attribution &by);

    // Where the body starts: past the front matter and the line that closes it, or 0.
    [[nodiscard]] static qsizetype bodyStart(QStringView text);
};

} // namespace Byline::Core
