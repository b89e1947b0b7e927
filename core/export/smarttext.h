#pragma once

#include <QString>

namespace Byline::Core {

// Typographic punctuation for short plain strings (titles, names, summaries) that do not pass
// through cmark: curly quotes and apostrophes, en and em dashes from `--` and `---`, and an
// ellipsis from `...`, following the same conventions as cmark's smart option.
class SmartText final
{
public:
    [[nodiscard]] static QString apply(const QString &text);
};

} // namespace Byline::Core
