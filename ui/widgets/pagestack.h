#pragma once

#include <QStackedWidget>

namespace crm::ui {

// A stacked widget that asks only for the room of the page on show. QStackedWidget asks for the
// largest of all its pages: once the wide pipeline had been visited, a list beside the record pane
// made the main window wider than a laptop's screen, and the record form was crushed to fit.
class PageStack final : public QStackedWidget
{
    Q_OBJECT

public:
    explicit PageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace crm::ui
