#pragma once

#include "settings.h"

// Light and dark palettes for the whole application: editor, preview and UI change together
// because they all draw from the application palette. System keeps the palette the platform
// gave at start-up.
namespace Byline::WidgetUi::Theme {
void apply(Settings::Theme theme);
} // namespace Byline::WidgetUi::Theme
