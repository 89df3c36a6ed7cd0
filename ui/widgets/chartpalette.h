#pragma once

#include <QPalette>

class QChart;

namespace crm::ui {

// Draws a chart's background, axes, grid, titles and legend in the palette's colours (Qt Charts'
// own theme is a white card whatever the desktop's theme); the bars keep their colours.
void applyPalette(QChart *chart, const QPalette &palette);

} // namespace crm::ui
