#pragma once

#include <QPlainTextEdit>

namespace crm::ui {

// Plain text over a few lines: asks for the height of those lines (not the 192 pixels of any
// scroll area), and Tab moves on to the next field instead of typing a tab.
class TextArea : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TextArea(int visibleLines, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int m_lines;
};

} // namespace crm::ui
