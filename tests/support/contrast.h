#pragma once

#include <QColor>

namespace crm::test {

// WCAG 2 relative luminance of an sRGB colour: 0 for black, 1 for white (alpha ignored).
double relativeLuminance(const QColor &colour);

// WCAG 2 contrast ratio (1 to 21) of text in foreground drawn on an opaque background; a translucent
// foreground (a placeholder colour) is first laid on the background, as the painter does.
// Written apart from the application's own (ui/support/themecolours) so that the tests check it.
double contrastRatio(const QColor &foreground, const QColor &background);

} // namespace crm::test
