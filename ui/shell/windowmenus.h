#pragma once

namespace Byline::WidgetUi {

class MainWindow;
class ShellActions;

// The menu bar: each feature's actions, placed in File, Edit, Format, View and Help, and added to
// the window too, so their shortcuts work with the menu bar hidden (full screen).
void placeMenus(MainWindow &window, const ShellActions &shell);

} // namespace Byline::WidgetUi
