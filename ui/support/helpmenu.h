#pragma once

class QMenuBar;
class QWidget;

namespace crm::ui {

// The Help menu: User Guide (F1), About Delegates CRM and About Qt.
void addHelpMenu(QMenuBar *menuBar, QWidget *window);

} // namespace crm::ui
