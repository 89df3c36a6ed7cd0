#include "sqlitebriefingquery.h"

#include "impactrows.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace crm {

QList<InvestorDealRow> SqliteBriefingQuery::deals(const QString &investorId) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    QList<InvestorDealRow> rows;
    QHash<QString, qsizetype> index;
    {
        storage::SqlStatement q(db, u"SELECT id, title, stage, host_country, created_at FROM deal "
                                    u"WHERE investor_id = ? AND deleted_at IS NULL ORDER BY sort_key, id"_s);
        q.bind(investorId).exec();
        while (q.next()) {
            InvestorDealRow row;
            row.dealId = q.value(0).toString();
            row.title = q.value(1).toString();
            row.stage = q.value(2).toString();
            row.hostCountry = q.value(3).toString();
            row.createdAt = q.value(4).toString();
            index.insert(row.dealId, rows.size());
            rows << row;
        }
    }
    {
        storage::SqlStatement q(db,
                                u"SELECT s.deal_id, s.stage, s.date FROM deal_stage_change s "
                                u"JOIN deal d ON d.id = s.deal_id "
                                u"WHERE d.investor_id = ? AND d.deleted_at IS NULL ORDER BY s.deal_id, s.position"_s);
        q.bind(investorId).exec();
        while (q.next()) {
            if (const auto it = index.constFind(q.value(0).toString()); it != index.constEnd()) {
                rows[*it].stages.append({q.value(1).toString(), q.value(2).toString()});
            }
        }
    }
    storage::SqlStatement q(db, u"SELECT i.deal_id, i.indicator, i.status, i.value, i.currency, i.as_of "
                                u"FROM deal_impact i JOIN deal d ON d.id = i.deal_id "
                                u"WHERE d.investor_id = ? AND d.deleted_at IS NULL ORDER BY i.deal_id, i.position"_s);
    q.bind(investorId).exec();
    storage::attachImpactFigures(q, rows, index);
    return rows;
}

QList<InvestorFollowUpRow> SqliteBriefingQuery::openFollowUps(const QString &investorId) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    // A follow-up has one link, so each row is one follow-up: no duplicates to remove.
    storage::SqlStatement q(
        db, u"SELECT f.id, f.title, f.due_date, f.notes, f.linked_kind, f.linked_id, d.title, m.starts_at, "
            u"m.time_zone FROM followup f "
            u"LEFT JOIN deal d ON f.linked_kind = 'deal' AND d.id = f.linked_id "
            u"LEFT JOIN meeting m ON f.linked_kind = 'meeting' AND m.id = f.linked_id "
            u"LEFT JOIN contact c ON f.linked_kind = 'contact' AND c.id = f.linked_id "
            u"WHERE f.done = 0 AND f.deleted_at IS NULL AND ("
            u"(f.linked_kind = 'investor' AND f.linked_id = ?) "
            u"OR (d.investor_id = ? AND d.deleted_at IS NULL) "
            u"OR (m.investor_id = ? AND m.deleted_at IS NULL) "
            u"OR (c.investor_id = ? AND c.deleted_at IS NULL)) "
            u"ORDER BY f.due_date, f.sort_key, f.id"_s);
    q.bind({investorId, investorId, investorId, investorId}).exec();
    QList<InvestorFollowUpRow> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString()});
    }
    return rows;
}

} // namespace crm
