#include "textarea.h"

namespace crm::ui {

TextArea::TextArea(int visibleLines, QWidget *parent) : QPlainTextEdit(parent), m_lines(visibleLines)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QSize TextArea::sizeHint() const
{
    const QMargins margins = contentsMargins() + viewportMargins();
    // A few pixels beyond the lines themselves, so that a full last line does not raise a scroll bar.
    const int height = fontMetrics().lineSpacing() * m_lines + int(2 * document()->documentMargin()) + margins.top() +
                       margins.bottom() + 4;
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize TextArea::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), sizeHint().height()};
}

} // namespace crm::ui
