#pragma once

#include <QString>
#include <QStringList>

#include <review/review.h>

namespace Byline::Core {

// A three-way merge of two drafts of one article made from a common base, by words rather than
// by lines: in Markdown a paragraph is one line, so a line merge (git's) calls any two edits of
// one paragraph a conflict, where by words edits of different sentences merge cleanly.
//
// - The bodies are compared with the base word by word (WordDiff). A change one side made where
//   the other made none is taken. Where both changed the same words (their changes overlap in
//   the base, or both add words at one place) and differently, that is a conflict: the merged
//   text keeps our wording and holds theirs as CriticMarkup suggestions signed by them, made by
//   DiffSuggestions from the two wordings, so accepting every suggestion gives their version of
//   each conflict and rejecting every one ours. No version is lost, and no conflict markers are
//   ever written into an article: the review panel resolves it.
// - The front matter merges key by key: a key one side changed takes that change; a key both
//   changed differently takes the later change (by the sides' times), and a note says so.
class ArticleMerge final
{
public:
    struct Side
    {
        QString text;
        Attribution by; // who made this draft, and when (the later wins a front matter key)
    };

    struct Result
    {
        QString text; // the merged article; empty when `error` is set
        qsizetype taken = 0; // changes taken from one side or the other (or both, alike)
        qsizetype conflicts = 0; // places both changed differently, now suggestions
        QStringList notes; // front matter keys both changed, and which change was kept; translated
        QString error; // translated; when set, nothing was merged and both drafts stand

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    [[nodiscard]] static Result merge(const QString &base, const Side &ours, const Side &theirs);

    // Someone else's changes to `base`, brought into an unsaved draft made from it (an open
    // article whose file a sync changed): every change of theirs becomes a suggestion signed by
    // them, clean or not, so the writer sees what came in. Rejecting every suggestion gives the
    // draft back; accepting every one gives the merge with their wording where both changed the
    // same words. `conflicts` counts the suggestions.
    [[nodiscard]] static Result intoDraft(const QString &base, const Side &draft, const Side &theirs);

private:
    // The merged text twice: every conflict in our wording, and in theirs. Empty on an error,
    // which `result` holds with the counts and notes.
    struct Versions
    {
        QString ours;
        QString theirs;
    };
    [[nodiscard]] static Versions versions(const QString &base, const Side &ours, const Side &theirs, Result &result);
};

} // namespace Byline::Core
