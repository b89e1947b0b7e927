#pragma once

#include "settings.h"

#include <QColor>

// Light and dark palettes for the whole application: editor, preview and UI change together
// because they all draw from the application palette. System keeps the palette the platform
// gave at start-up.
namespace Byline::WidgetUi::Theme {
void apply(Settings::Theme theme);
// `a` moved `amount` (0 to 1) of the way to `b`: quiet text is text mixed into its background.
[[nodiscard]] QColor mix(const QColor &a, const QColor &b, double amount);
} // namespace Byline::WidgetUi::Theme
