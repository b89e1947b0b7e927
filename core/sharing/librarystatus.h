#pragma once

#include "gitobjects.h"
#include "sharedlibrary.h"

// What SharedLibrary's status and commits share: the library's status as libgit2 takes it, and
// reading its entries. Private to core/sharing.
namespace Byline::Core::LibraryStatus {

// Every file that differs from HEAD, in the index or the folder, new files too; `refresh` keeps
// the stat data of files found unchanged (the index is written when any was stale).
[[nodiscard]] Git::StatusList take(git_repository *repository, bool refresh);

// Paths the repository gives, as the library's relative paths.
[[nodiscard]] inline QString pathOf(const git_status_entry *entry)
{
    const git_diff_delta *delta = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
    if (!delta)
        return {};
    return Git::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
}

[[nodiscard]] inline SharedLibrary::State stateOf(unsigned int flags)
{
    if (flags & (GIT_STATUS_WT_NEW | GIT_STATUS_INDEX_NEW))
        return SharedLibrary::State::NewHere;
    if (flags & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
        return SharedLibrary::State::DeletedHere;
    return SharedLibrary::State::ChangedHere;
}

[[nodiscard]] inline Git::Tree treeOf(git_repository *repository, const git_oid *commitId)
{
    git_commit *commit = nullptr;
    if (!commitId || git_commit_lookup(&commit, repository, commitId) != 0)
        return {};
    const Git::Commit owned(commit);
    git_tree *tree = nullptr;
    git_commit_tree(&tree, commit);
    return Git::Tree(tree);
}

} // namespace Byline::Core::LibraryStatus
