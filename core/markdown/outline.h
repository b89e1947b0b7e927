#pragma once

#include <QList>
#include <QString>

namespace Byline::Core {

// One heading of an article's outline. `line` is the line of the source file it starts on.
struct Heading
{
    int level = 1;
    QString text;
    int line = 0;

    friend bool operator==(const Heading &, const Heading &) = default;
};

using Outline = QList<Heading>;

namespace OutlineText {

// The first heading of a Markdown text, as plain text; empty when it has none near the top.
// Reads only the opening few kilobytes, so it stays instant on any input.
[[nodiscard]] QString leadingHeading(const QString &markdown);

} // namespace OutlineText

} // namespace Byline::Core
