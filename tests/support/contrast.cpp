#include "contrast.h"

#include <cmath>

namespace crm::test {
namespace {
// sRGB to linear light, WCAG 2's definition (0.03928 there; 0.04045 in IEC 61966-2-1: the same
// values for 8-bit channels).
double linearised(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearised(rgb.red()) + 0.7152 * linearised(rgb.green()) + 0.0722 * linearised(rgb.blue());
}

double contrastRatio(const QColor &foreground, const QColor &background)
{
    const QColor back = background.toRgb();
    QColor front = foreground.toRgb();
    if (front.alpha() < 255) {
        const double a = front.alphaF();
        const auto blend = [a](int f, int b) { return int(std::lround(f * a + b * (1 - a))); };
        front = QColor(blend(front.red(), back.red()), blend(front.green(), back.green()),
                       blend(front.blue(), back.blue()));
    }
    const double lighter = std::max(relativeLuminance(front), relativeLuminance(back));
    const double darker = std::min(relativeLuminance(front), relativeLuminance(back));
    return (lighter + 0.05) / (darker + 0.05);
}

} // namespace crm::test
