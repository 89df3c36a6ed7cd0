#pragma once

#include "sqlstatement.h"
#include "storage/creditquery.h"

#include <QHash>

namespace crm::storage {

// Reads "SELECT deal_id, indicator, status, value, currency, as_of" rows into the figures of the
// deal rows found by id in index; figures of deals not in rows (in the Trash) are skipped. Shared
// by the delegate page's and the pipeline board's queries.
template<class Row>
void attachImpactFigures(SqlStatement &q, QList<Row> &rows, const QHash<QString, qsizetype> &index)
{
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.constEnd()) {
            continue;
        }
        const QVariant value = q.value(3);
        rows[*it].figures.append({q.value(1).toString(), q.value(2).toString(),
                                  value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong()),
                                  q.value(4).toString(), q.value(5).toString()});
    }
}

} // namespace crm::storage
