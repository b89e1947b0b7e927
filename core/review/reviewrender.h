#pragma once

#include "markdown/renderer.h"
#include "reviewedits.h"

namespace Byline::Core {

// A Markdown body rendered in one view of its review (see ReviewEdits::View), by the one Renderer:
// - Final and Original render the text with every change accepted or rejected, comments out.
// - Markup shows everything, as Word's "All Markup": additions underlined and deletions struck
//   through in their reviewer's colour, substitutions as both, highlights marked, and each thread
//   as a note where it stands, with reviewers and times. A mark over several lines or paragraphs is
//   drawn on each. The marks never reach cmark, whose smart punctuation would read `{--` as a dash.
// Whatever the view, statistics are the final text's: a deleted word is not counted, nor is a
// comment. Line numbers (anchors, outline, blocks) stay those of the body.
class ReviewRender final
{
public:
    using View = ReviewEdits::View;

    struct Options
    {
        View view = View::Final;
        bool showResolved = false; // resolved threads are left out of the markup view unless asked for
    };

    [[nodiscard]] static RenderResult render(const QString &body, const RenderOptions &options, const Options &review);
    // The same with the body's review read already (Review::read(body, CriticMarkup::Start::Body)).
    [[nodiscard]] static RenderResult render(const QString &body, const Review &read, const RenderOptions &options,
                                             const Options &review);

    // The body with its review as decorations for the Renderer, or nothing when it has more marks
    // than decorations can hold.
    [[nodiscard]] static std::optional<QString> decorate(QStringView body, const Review &review, bool showResolved,
                                                         InlineDecorations &decorations);

    // The colour of the `index`th reviewer of a text (Review::reviewers()), the same in editor,
    // preview and print; -1 for changes nobody signed.
    [[nodiscard]] static QString reviewerColor(qsizetype index);
    // `20 Nov 2026 10:04`, in local time, as notes show it. The time zone's offset is looked up once
    // per quarter hour (zones change offsets on quarter hours), not once for each of a thousand notes.
    [[nodiscard]] static QString displayTime(const QDateTime &time);
};

} // namespace Byline::Core
