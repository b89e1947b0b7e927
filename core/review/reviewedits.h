#pragma once

#include "review.h"

#include <QList>
#include <QString>

#include <optional>

namespace Byline::Core {

// One replacement in a text: [start, end) becomes `text`.
struct TextEdit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};
// In text order, never overlapping: applied back to front, each leaves the others' positions.
using TextEdits = QList<TextEdit>;

// What an editor does with a review, as text edits: accept or reject a change, all of them or one
// reviewer's, comment, reply, resolve. The edits are what the window applies through its edit
// gateway (one undo step) and what the command line writes, so both give the same text.
//
// Removing text never leaves a double space or a space before punctuation at the seam: rejecting
// `the {++very ++}old {++ cold++} house` gives `the old house`, not `the old  house`.
class ReviewEdits final
{
public:
    enum class View : quint8 {
        Markup, // everything, as written
        Final, // every change accepted; comments out, highlights plain text
        Original, // every change rejected; comments out, highlights plain text
    };
    enum class Decision : quint8 { Accept, Reject };

    // The view's text. With `keepLines`, every line break inside what goes stays, so line numbers
    // still name the lines of the file (the preview's anchors and outline).
    [[nodiscard]] static QString view(QStringView text, View view,
                                      CriticMarkup::Start start = CriticMarkup::Start::MayHaveFrontMatter,
                                      bool keepLines = false);
    [[nodiscard]] static TextEdits viewEdits(QStringView text, const Review &review, View view, bool keepLines = false);
    // The view's text exactly as the marks give it, seams as they fall (no space taken out): for
    // comparing views, where tidying would make equal texts differ.
    [[nodiscard]] static QString rawView(QStringView text, View view,
                                         CriticMarkup::Start start = CriticMarkup::Start::MayHaveFrontMatter);

    // One change with its comments; for a thread or highlight, the comments go and the text stays.
    [[nodiscard]] static TextEdits decide(QStringView text, const Review::Item &item, Decision decision);
    // Every change, or every change of one reviewer (names compared without regard to case).
    // Comment threads stay: they are not changes.
    [[nodiscard]] static TextEdits decideAll(QStringView text, const Review &review, Decision decision,
                                             const QString &reviewer = {});
    // Comment threads (all, or those one reviewer started) go, highlights become plain text, and
    // changes keep only who made them.
    [[nodiscard]] static TextEdits removeComments(QStringView text, const Review &review, const QString &reviewer = {});

    // Writers of marks. Each returns no edit when the result would not read back as meant (inside
    // code, where marks are literal); `why` then says so.
    [[nodiscard]] static TextEdits reply(QStringView text, const Review::Item &item, const Attribution &by,
                                         const QString &words, QString *why = nullptr);
    [[nodiscard]] static TextEdits setResolved(QStringView text, const Review::Item &item, const Attribution &by,
                                               bool resolved, QString *why = nullptr);
    // A comment on [start, end): a highlight with its comment, or a comment at a point when the
    // range is empty. Where the range touches changes or threads, the comment joins the last one's
    // thread instead, since marks cannot nest.
    [[nodiscard]] static TextEdits addComment(QStringView text, const Review &review, qsizetype start, qsizetype end,
                                              const Attribution &by, const QString &words, QString *why = nullptr);

    // `{>>@Name 2026-11-20T10:04Z: words<<}`, with anything in `words` that would end the mark
    // early made harmless.
    [[nodiscard]] static QString commentMark(const Attribution &by, const QString &words,
                                             Review::Verb verb = Review::Verb::None);
    // A name as it can stand in a mark: one line, none of the delimiters' characters.
    [[nodiscard]] static QString cleanReviewerName(const QString &name);

    [[nodiscard]] static QString apply(QStringView text, const TextEdits &edits);
    // The position `position` moves to when `edits` are applied.
    [[nodiscard]] static qsizetype mapPosition(qsizetype position, const TextEdits &edits);

private:
    static TextEdits tidySeams(QStringView text, TextEdits edits);
};

} // namespace Byline::Core
