#include "dialogbuttons.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace crm::ui {

QPushButton *addActionButton(QDialogButtonBox &buttons, const QString &text, const QString &name,
                             const std::function<void()> &action)
{
    QPushButton *button = buttons.addButton(text, QDialogButtonBox::ActionRole);
    button->setObjectName(name);
    QObject::connect(button, &QPushButton::clicked, &buttons, action);
    return button;
}

} // namespace crm::ui
