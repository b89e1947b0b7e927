#pragma once

#include "frontmatter.h"

// The format-specific halves of FrontMatter: parsing a block into top-level entries with their
// line spans, and writing one `key: value` (or `key = value`) in the format's own syntax.
namespace Byline::Core::FrontMatterBackend {

struct ParseOutcome
{
    QList<FrontMatter::Entry> entries;
    bool ok = true;
    bool linesReliable = true;
    bool tooComplex = false; // well-formed, but past what Byline reads safely (alias bombs, deep nesting)
    int errorLine = 0; // 0-based line of the block
    QString error;
};

[[nodiscard]] ParseOutcome parseYaml(const QString &block);
[[nodiscard]] QString emitYaml(const QString &key, const QVariant &value);

[[nodiscard]] ParseOutcome parseToml(const QString &block);
[[nodiscard]] QString emitToml(const QString &key, const QVariant &value);

} // namespace Byline::Core::FrontMatterBackend
