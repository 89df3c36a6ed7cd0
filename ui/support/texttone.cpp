#include "support/texttone.h"

#include "support/palettefollower.h"

#include <QWidget>

namespace crm::ui {

void setTextTone(QWidget *widget, Tone tone)
{
    followPalette(widget, [tone](QWidget *w) {
        const QColor colour = toneColour(tone, drawnBackground(w), w->palette());
        QPalette palette = w->palette();
        if (palette.color(w->foregroundRole()) == colour && palette.color(QPalette::ButtonText) == colour) {
            return;
        }
        palette.setColor(w->foregroundRole(), colour);
        palette.setColor(QPalette::ButtonText, colour);
        w->setPalette(palette);
    });
}

} // namespace crm::ui
