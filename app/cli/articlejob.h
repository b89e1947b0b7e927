#pragma once

#include <export/renderedarticle.h>

namespace Byline::Cli {

using ArticleJob = Core::RenderedArticle;

// Prints an article's warnings and errors to standard error as `path:line: message`.
void reportDiagnostics(const QString &path, const Core::Diagnostics &diagnostics);

} // namespace Byline::Cli
