#pragma once

#include <functional>

class QWidget;

namespace crm::ui {

// Runs apply(widget) now and again whenever the widget's palette changes (a theme changed while the
// application runs included), so colours derived from the palette follow it. apply may set the
// widget's palette: that change does not call it again.
void followPalette(QWidget *widget, std::function<void(QWidget *)> apply);

} // namespace crm::ui
