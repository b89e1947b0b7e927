#pragma once

#include <QString>

#include <memory>
#include <optional>

#include <git2.h>

// Owning handles for libgit2's objects, and its last error as a message. Private to core/sharing:
// nothing outside it sees a git_* type.
namespace Byline::Core::Git {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *object) const { Free(object); }
};

template<typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, Deleter<T, Free>>;

using Repository = Owned<git_repository, git_repository_free>;
using Reference = Owned<git_reference, git_reference_free>;
using Commit = Owned<git_commit, git_commit_free>;
using Tree = Owned<git_tree, git_tree_free>;
using TreeEntry = Owned<git_tree_entry, git_tree_entry_free>;
using Blob = Owned<git_blob, git_blob_free>;
using Index = Owned<git_index, git_index_free>;
using Remote = Owned<git_remote, git_remote_free>;
using Signature = Owned<git_signature, git_signature_free>;
using StatusList = Owned<git_status_list, git_status_list_free>;
using Diff = Owned<git_diff, git_diff_free>;
using Revwalk = Owned<git_revwalk, git_revwalk_free>;
using Config = Owned<git_config, git_config_free>;
using ConflictIterator = Owned<git_index_conflict_iterator, git_index_conflict_iterator_free>;
using AnnotatedCommit = Owned<git_annotated_commit, git_annotated_commit_free>;
using Object = Owned<git_object, git_object_free>;

// Starts libgit2 once for the process; every entry point of core/sharing calls it first.
void initialize();

// libgit2's message for the last failure on this thread, or `fallback` when it left none.
[[nodiscard]] QString lastError(const QString &fallback = {});
[[nodiscard]] int lastErrorClass();

// Writes one of Byline's small state files in the .git folder (the last sync's record, the
// stamps): whole or not at all (a rename), without waiting for the disk — losing one to a power
// cut only makes the next sync look at everything again.
bool writeState(const QString &path, const QByteArray &bytes);

// The blob `path` names in `commit`'s tree; nothing when it has none (or no commit is given).
[[nodiscard]] std::optional<git_oid> blobIn(git_commit *commit, const QByteArray &path);

[[nodiscard]] inline QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

} // namespace Byline::Core::Git
