#pragma once

#include "sharedlibrary.h"
#include "syncprogress.h"
#include "syncreport.h"

namespace Byline::Core {

// Sharing a library through git, the whole of it in three calls that block their thread (run
// them off the UI thread): a sync commits what changed here, fetches, merges (fast-forward, or
// by words per article: TreeMerge), pushes, and when the push is refused because the remote
// moved meanwhile, fetches, merges and pushes again. Every step can be cancelled; a failure at
// any step leaves the articles as they were, the changes here committed and waiting.
class LibrarySync final
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::LibrarySync)

public:
    // Rounds of fetch, merge and push before giving up on a remote that keeps moving.
    static constexpr int maxRounds = 4;

    [[nodiscard]] static SyncReport sync(const QString &folder, const SharingIdentity &identity,
                                         const SyncControl &control = {});
    // Makes `folder` a shared library with the remote `url` (an empty repository, or one that
    // already holds a library: the two are merged), then syncs.
    [[nodiscard]] static SyncReport share(const QString &folder, const QString &url, const SharingIdentity &identity,
                                          const SyncControl &control = {});
    // Clones the library at `url` into `folder`, which must be missing or empty.
    [[nodiscard]] static SyncReport clone(const QString &url, const QString &folder, const SyncControl &control = {});
};

} // namespace Byline::Core
