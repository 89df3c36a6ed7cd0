#include "errorlabel.h"

#include <QEvent>
#include <QResizeEvent>

namespace crm::ui {
namespace {
constexpr int preferredChars = 50;
}

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeading | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyColour();
}

QSize ErrorLabel::sizeHint() const
{
    const int preferred = fontMetrics().averageCharWidth() * preferredChars;
    const int width = this->width() > 1 ? this->width() : preferred;
    return {std::min(QLabel::sizeHint().width(), preferred), heightForWidth(width)};
}

QSize ErrorLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 10, sizeHint().height()};
}

void ErrorLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        updateGeometry(); // the height for the new width
    }
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColour) {
        applyColour();
    }
}

// Readable on a light or a dark window.
void ErrorLabel::applyColour()
{
    QPalette p = palette();
    const QColor colour =
        p.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    if (p.color(QPalette::WindowText) == colour) {
        return;
    }
    p.setColor(QPalette::WindowText, colour);
    m_applyingColour = true;
    setPalette(p);
    m_applyingColour = false;
}

} // namespace crm::ui
