#pragma once

namespace Byline::WidgetUi {

class MainWindow;

// Offers, at start, the unsaved text that sessions which crashed or were killed left in the
// recovery journal: Restore opens it (into `window`, or a window of its own when `window` already
// holds unsaved text), Discard forgets it, Later asks again next time.
void offerRecovery(MainWindow &window);

} // namespace Byline::WidgetUi
