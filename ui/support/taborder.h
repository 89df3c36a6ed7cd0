#pragma once

#include <QList>

class QWidget;

namespace crm::ui {

// Moves widgets after every other widget of window in its focus chain, keeping the order Tab
// reaches them in now; a button box is taken as its buttons. For what a window creates before the
// fields it closes (a dialog's buttons made in its initializer list, a check box under a table
// built later), so that Tab reads the fields first.
void moveToEndOfTabOrder(QWidget &window, const QList<QWidget *> &widgets);

} // namespace crm::ui
