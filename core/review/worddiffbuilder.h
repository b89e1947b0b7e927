#pragma once

#include "worddiff.h"

namespace Byline::Core {

// The comparison behind WordDiff::compare(): the line pass (anchored on the lines each text has
// once), the moves, and the token pass over each stretch of changed lines. The texts differ and
// are no longer than DiffScript::longestText; their lines are found here, or given as linesOf()
// found them.
[[nodiscard]] WordDiff buildWordDiff(QStringView before, QStringView after);
[[nodiscard]] WordDiff buildWordDiff(QStringView before, QStringView after, const DiffScript::Pieces &oldLines,
                                     const DiffScript::Pieces &newLines);

} // namespace Byline::Core
