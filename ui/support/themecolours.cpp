#include "support/themecolours.h"

#include <QWidget>
#include <cmath>

namespace crm::ui {
namespace {
// A little above 4.5 so that rounding to 8-bit channels never lands just under it.
constexpr double kReadable = 4.6;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

QColor opaque(const QColor &colour, const QColor &background)
{
    if (colour.alpha() == 255) {
        return colour;
    }
    const QColor solid = mixColours(background, colour, colour.alphaF());
    return solid;
}

// The hue each tone starts from: the light theme's colour, which readableOn() lightens on a dark one.
QColor baseColour(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Tone::Error:
        return QColor(0xb0, 0x00, 0x20);
    case Tone::Warning:
        return QColor(0x8a, 0x4b, 0x00);
    case Tone::Muted:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}
} // namespace

QColor mixColours(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * amountOfB),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * amountOfB),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * amountOfB));
}

double contrastRatio(const QColor &foreground, const QColor &background)
{
    const double a = luminance(opaque(foreground, background)) + 0.05;
    const double b = luminance(background) + 0.05;
    return a > b ? a / b : b / a;
}

QColor readableOn(const QColor &colour, const QColor &background)
{
    QColor result = opaque(colour, background);
    if (contrastRatio(result, background) >= kReadable) {
        return result;
    }
    // Towards whichever of black and white stands out more from this background.
    const bool darken = contrastRatio(Qt::black, background) > contrastRatio(Qt::white, background);
    const QColor target = darken ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mixColours(opaque(colour, background), target, step / 20.0);
        if (contrastRatio(candidate, background) >= kReadable) {
            return candidate;
        }
        result = candidate;
    }
    return result;
}

QColor toneColour(Tone tone, const QColor &background, const QPalette &palette)
{
    return readableOn(baseColour(tone, palette), background);
}

QColor listToneColour(Tone tone, const QPalette &palette)
{
    // Both row colours are light, or both dark: moving away from one moves away from the other.
    return readableOn(toneColour(tone, palette.color(QPalette::Base), palette), palette.color(QPalette::AlternateBase));
}

QColor drawnBackground(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        if (w->autoFillBackground() || w->testAttribute(Qt::WA_StyledBackground)) {
            return w->palette().color(w->backgroundRole());
        }
    }
    return widget->palette().color(QPalette::Window);
}

} // namespace crm::ui
