#include "standardkeys.h"

namespace crm::ui {

QList<QKeySequence> redoShortcuts(const QList<QKeySequence> &platform)
{
    QList<QKeySequence> keys;
    for (const QKeySequence &key : platform) {
        if (!key.isEmpty() && !keys.contains(key)) {
            keys << key;
        }
    }
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    if (!keys.contains(ctrlY)) {
        keys << ctrlY;
    }
    return keys;
}

} // namespace crm::ui
