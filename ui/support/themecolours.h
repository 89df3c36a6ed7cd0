#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace crm::ui {

// What a coloured text says; its colour is picked for the palette it is drawn on, never fixed.
enum class Tone
{
    Error,   // what is wrong (a field, a failed export)
    Warning, // what needs care (rates missing, a stage moved back)
    Muted,   // secondary text: where a value came from, an empty list's hint
};

// A colour between a and b (0: a, 1: b), alpha ignored.
QColor mixColours(const QColor &a, const QColor &b, qreal amountOfB);

// WCAG 2 contrast ratio of two colours (1 to 21); a translucent foreground is first laid on the background.
double contrastRatio(const QColor &foreground, const QColor &background);

// colour itself when it reads on background at WCAG AA (4.5:1, with a little room for rounding), else the
// same hue made darker on a light background or lighter on a dark one until it does.
QColor readableOn(const QColor &colour, const QColor &background);

// The tone's colour readable on background, in the hues of palette (Muted starts from its placeholder text).
QColor toneColour(Tone tone, const QColor &background, const QPalette &palette);

// The tone's colour readable on both of a list's row colours (Base and AlternateBase).
QColor listToneColour(Tone tone, const QPalette &palette);

// The colour a widget's text is drawn on: its own or its nearest ancestor's filled background, else the
// window's.
QColor drawnBackground(const QWidget *widget);

} // namespace crm::ui
