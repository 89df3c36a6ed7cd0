#include "taborder.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QWidget>
#include <algorithm>

namespace crm::ui {

void moveToEndOfTabOrder(QWidget &window, const QList<QWidget *> &widgets)
{
    QList<QWidget *> moved;
    for (QWidget *widget : widgets) {
        if (auto *box = qobject_cast<QDialogButtonBox *>(widget)) {
            for (QAbstractButton *button : box->buttons()) {
                moved << button;
            }
        } else if (widget) {
            moved << widget;
        }
    }
    const auto isMoved = [&moved](const QWidget *w) {
        return std::any_of(moved.cbegin(), moved.cend(),
                           [w](const QWidget *m) { return m == w || m->isAncestorOf(w); });
    };
    // The chain as it is, the moved widgets in their order and the last of the others.
    QList<QWidget *> order;
    QWidget *last = nullptr;
    for (QWidget *w = window.nextInFocusChain(); w && w != &window; w = w->nextInFocusChain()) {
        if (moved.contains(w)) {
            order << w;
        } else if (!isMoved(w) && window.isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus) {
            last = w; // setTabOrder() ignores a widget that takes no focus
        }
    }
    for (QWidget *w : std::as_const(order)) {
        if (last) {
            QWidget::setTabOrder(last, w);
        }
        last = w;
    }
}

} // namespace crm::ui
