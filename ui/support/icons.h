#pragma once

#include <QIcon>
#include <QString>

namespace crm::ui {

// The application's own SVG icons, compiled into crm_ui under ":/icons" (resources/icons/<name>.svg).
// Rendered by Qt's SVG image plugin (Debian: libqt6svg6), so they stay crisp at any size; the line
// icons are drawn in the palette's colours (support/paletteiconengine.h).
QIcon icon(const QString &name);

} // namespace crm::ui
