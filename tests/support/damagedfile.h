#pragma once

#include <QList>
#include <QString>

namespace crm::test {

// The leaf pages of a table's b-tree in a closed database file, in file order (SQLite's dbstat).
QList<int> leafPages(const QString &path, const QString &table);
// Overwrites one page of the file with garbage, as a failing disk sector would.
void damagePage(const QString &path, int page);

} // namespace crm::test
