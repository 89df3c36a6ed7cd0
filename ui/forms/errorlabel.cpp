#include "errorlabel.h"

#include "support/texttone.h"

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
    setTextTone(this, Tone::Error);
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

} // namespace crm::ui
