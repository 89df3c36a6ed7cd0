#include "readonlywidgets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// Switches a button or a choice back off whenever its own code enables it again.
class KeepDisabled final : public QObject
{
public:
    explicit KeepDisabled(QObject *parent) : QObject(parent) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isEnabled()) {
                widget->setEnabled(false); // a second EnabledChange, with the widget off: nothing more
            }
        }
        return false;
    }
};

void keepDisabled(QWidget *widget, KeepDisabled *filter)
{
    widget->setEnabled(false);
    widget->installEventFilter(filter);
}
} // namespace

void makeReadOnly(QWidget *root)
{
    auto *filter = root->findChild<KeepDisabled *>(QString(), Qt::FindDirectChildrenOnly);
    if (!filter) {
        filter = new KeepDisabled(root);
    }
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setReadOnly(true);
        } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
            text->setReadOnly(true);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            plain->setReadOnly(true);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
            spin->setReadOnly(true); // dates and times too
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setDragDropMode(QAbstractItemView::NoDragDrop);
        } else if (qobject_cast<QComboBox *>(widget)) {
            keepDisabled(widget, filter);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->objectName() != u"openButton"_s) {
                keepDisabled(button, filter);
            }
        }
    }
}

} // namespace crm::ui
