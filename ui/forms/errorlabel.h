#pragma once

#include <QLabel>

namespace crm::ui {

// The error-coloured text (support/texttone.h) under a field that says what is wrong with it. Wrapped text in a form
// row: its height follows the width the form gives it (a plain wrapped QLabel asks for the height of a narrow column,
// leaving a gap under one-line messages).
class ErrorLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace crm::ui
