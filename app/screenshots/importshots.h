#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace crm::ui {
class DatabaseSession;
}

// The import wizard's pages on a Shift_JIS CSV as Japanese Excel saves it, with a duplicate and a
// company the sample data does not know, then imported, and a folder of business cards. Saves the
// wanted ones of: source, mapping, preview, duplicates, rows, done, history, cards, cards-mapping
// (as prefix + name + ".png").
bool importShots(crm::ui::DatabaseSession &session, QWidget *window, const QString &outDir, const QString &prefix,
                 const QStringList &wanted, const std::function<bool(QWidget *, const QString &)> &save);
