#include "table.h"

namespace crm::interchange {

QVariant Table::cell(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return {};
    return rows.at(row).at(column);
}

} // namespace crm::interchange
