#pragma once

#include "support/themecolours.h"

class QWidget;

namespace crm::ui {

// Draws the widget's text (its foreground role, and a button's text) in tone, readable on the background
// it is drawn on, and picks the colour again whenever the palette changes. Once per widget.
void setTextTone(QWidget *widget, Tone tone);

} // namespace crm::ui
