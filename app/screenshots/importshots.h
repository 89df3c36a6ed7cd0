#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace crm::ui {
class DatabaseSession;
}

// The import wizard's pages on a Shift_JIS CSV as Japanese Excel saves it, with a duplicate and a
// company the sample data does not know: prefix + "mapping.png", "preview.png", "duplicates.png".
bool importShots(crm::ui::DatabaseSession &session, QWidget *window, const QString &outDir, const QString &prefix,
                 const std::function<bool(QWidget *, const QString &)> &save);
