#pragma once

#include <QFontMetrics>

#include <algorithm>

namespace Byline::WidgetUi {

// The side margin that centres a text column `characters` wide (0: the whole width) in a view
// `width` pixels wide: the editor and the compare window's views share the column.
[[nodiscard]] inline int centredColumnMargin(const QFontMetrics &metrics, int characters, qreal documentMargin,
                                             int width)
{
    if (characters <= 0)
        return 0;
    const int column = metrics.averageCharWidth() * characters + 2 * int(documentMargin);
    return std::max(0, (width - column) / 2);
}

} // namespace Byline::WidgetUi
