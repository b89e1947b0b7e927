#pragma once

#include "gitobjects.h"

#include <QStringList>

namespace Byline::Core::Git {

// The paths of the files that differ between two trees (either may be null: the empty tree),
// found by walking both side by side and entering only the folders whose ids differ: a change
// to one article of a library of thousands looks at a handful of trees, where libgit2's diff
// looks at every entry of both.
[[nodiscard]] QStringList changedPaths(git_repository *repository, const git_tree *from, const git_tree *to);

} // namespace Byline::Core::Git
