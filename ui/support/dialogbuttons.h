#pragma once

#include <QString>
#include <functional>

class QDialogButtonBox;
class QPushButton;

namespace crm::ui {

// A named action button (Preview, Print, Save PDF...) added to a dialog's button box, running
// action when clicked; the name is the objectName tests find it by.
QPushButton *addActionButton(QDialogButtonBox &buttons, const QString &text, const QString &name,
                             const std::function<void()> &action);

} // namespace crm::ui
