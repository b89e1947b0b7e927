#pragma once

#include "gitobjects.h"

#include <QCoreApplication>
#include <QStringList>

namespace Byline::Core {

// Merges someone else's commit into ours the way prose wants: libgit2 merges the trees (renames
// found), and every article git's line merge calls a conflict is merged again by words
// (ArticleMerge), its remaining conflicts becoming suggestions signed by the other writer.
// Delete against edit keeps the edited article; an article both added merges as two drafts of
// nothing; a file that is not text keeps ours and puts theirs beside it. Nothing is dropped,
// and every such case is reported in `notes`.
class TreeMerge final
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::TreeMerge)

public:
    struct Result
    {
        Git::Index index; // resolved, ready to write as a tree; null on error
        QStringList received; // paths they changed (in their tree)
        QStringList merged; // articles both changed, merged by words
        QStringList suggestions; // articles where their wording stands as suggestions
        QStringList notes; // translated: deletes, renames, front matter choices, files kept twice
        QStringList authors; // who made their commits
        QString error;

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    [[nodiscard]] static Result merge(git_repository *repository, git_commit *ours, git_commit *theirs);
    // Who made the commits of `theirs` that `ours` lacks, newest first, each once.
    [[nodiscard]] static QStringList authors(git_repository *repository, git_commit *ours, git_commit *theirs);
};

} // namespace Byline::Core
