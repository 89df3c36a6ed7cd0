#include "sqlitecreditquery.h"

#include "impactrows.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace crm {

QList<CreditedDealRow> SqliteCreditQuery::forDelegate(const QString &delegateId) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    QList<CreditedDealRow> rows;
    QHash<QString, qsizetype> index;
    {
        // The roles come in credit order; a delegate credited twice on a deal gets both.
        storage::SqlStatement q(
            db, u"SELECT d.id, d.title, d.stage, d.host_country, d.sector, v.name, "
                u"(SELECT group_concat(role, ',') FROM (SELECT role FROM deal_credit WHERE deal_id = d.id "
                u"AND credited_kind = 'delegate' AND credited_id = ? ORDER BY position)) "
                u"FROM deal d JOIN investor v ON v.id = d.investor_id WHERE d.deleted_at IS NULL AND d.id IN "
                u"(SELECT deal_id FROM deal_credit WHERE credited_id = ? AND credited_kind = 'delegate') "
                u"ORDER BY d.sort_key, d.id"_s);
        q.bind({delegateId, delegateId}).exec();
        while (q.next()) {
            CreditedDealRow row;
            row.dealId = q.value(0).toString();
            row.title = q.value(1).toString();
            row.stage = q.value(2).toString();
            row.hostCountry = q.value(3).toString();
            row.sector = q.value(4).toString();
            row.investorName = q.value(5).toString();
            row.roles = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
            index.insert(row.dealId, rows.size());
            rows << row;
        }
    }
    storage::SqlStatement q(db,
                            u"SELECT i.deal_id, i.indicator, i.status, i.value, i.currency, i.as_of "
                            u"FROM deal_impact i WHERE i.deal_id IN (SELECT deal_id FROM deal_credit "
                            u"WHERE credited_id = ? AND credited_kind = 'delegate') ORDER BY i.deal_id, i.position"_s);
    q.bind(delegateId).exec();
    storage::attachImpactFigures(q, rows, index);
    return rows;
}

} // namespace crm
