#pragma once

#include <QByteArray>

// The article the tests of the open article start from.
namespace {

// A short column with front matter, as it is on disk.
const QByteArray original = "---\ntitle: Column\n---\n\nThe first paragraph.\n";

} // namespace
