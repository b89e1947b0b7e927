#pragma once

#include "settings.h"

namespace Byline::WidgetUi {

// Light and dark palettes for the whole application: editor, preview and UI change together
// because they all draw from the application palette. System keeps the palette the platform
// gave at start-up.
namespace Theme {
void apply(Settings::Theme theme);
[[nodiscard]] bool isDark();
} // namespace Theme

} // namespace Byline::WidgetUi
