#include "sqlitepipelinequery.h"

#include "impactrows.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// The filter as fixed SQL fragments over the deal alias "d"; values are bound, in this order.
std::pair<QString, QVariantList> whereClause(const PipelineFilter &filter)
{
    QString sql = u"d.deleted_at IS NULL"_s;
    QVariantList values;
    if (!filter.hostCountry.isEmpty()) {
        sql += u" AND d.host_country = ?"_s;
        values << filter.hostCountry;
    }
    if (!filter.sector.isEmpty()) {
        sql += u" AND d.sector = ?"_s;
        values << filter.sector;
    }
    if (!filter.delegateId.isEmpty()) {
        sql += u" AND d.id IN (SELECT deal_id FROM deal_credit WHERE credited_kind = 'delegate' AND credited_id = ?)"_s;
        values << filter.delegateId;
    }
    if (!filter.investorId.isEmpty()) {
        sql += u" AND d.investor_id = ?"_s;
        values << filter.investorId;
    }
    if (filter.year > 0) {
        sql += u" AND d.id IN (SELECT deal_id FROM deal_stage_change WHERE substr(date, 1, 4) = ?)"_s;
        values << u"%1"_s.arg(filter.year, 4, 10, QChar(u'0'));
    }
    return {sql, values};
}
} // namespace

QList<PipelineRow> SqlitePipelineQuery::rows(const PipelineFilter &filter) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    const auto [where, values] = whereClause(filter);
    QList<PipelineRow> rows;
    QHash<QString, qsizetype> index;
    {
        // The history is kept in date order (validation refuses otherwise), so its latest date is the max.
        storage::SqlStatement q(
            db, u"SELECT d.id, d.title, d.stage, d.host_country, d.sector, v.name, v.name_latin, d.created_at, "
                u"(SELECT max(date) FROM deal_stage_change WHERE deal_id = d.id), "
                u"(SELECT group_concat(credited_id, ',') FROM (SELECT DISTINCT credited_id FROM deal_credit "
                u"WHERE deal_id = d.id AND credited_kind = 'delegate' ORDER BY credited_id)), "
                u"(SELECT group_concat(y, ',') FROM (SELECT DISTINCT substr(date, 1, 4) AS y "
                u"FROM deal_stage_change WHERE deal_id = d.id ORDER BY y)) "
                u"FROM deal d JOIN investor v ON v.id = d.investor_id WHERE "_s +
                    where + u" ORDER BY d.sort_key, d.id"_s);
        q.bind(values).exec();
        while (q.next()) {
            PipelineRow row;
            row.dealId = q.value(0).toString();
            row.title = q.value(1).toString();
            row.stage = q.value(2).toString();
            row.hostCountry = q.value(3).toString();
            row.sector = q.value(4).toString();
            row.investorName = q.value(5).toString();
            row.investorNameLatin = q.value(6).toString();
            row.createdAt = q.value(7).toString();
            row.lastStageDate = q.value(8).toString();
            row.delegateIds = q.value(9).toString().split(u',', Qt::SkipEmptyParts);
            for (const QString &year : q.value(10).toString().split(u',', Qt::SkipEmptyParts)) {
                row.stageYears << year.toInt();
            }
            index.insert(row.dealId, rows.size());
            rows << row;
        }
    }
    storage::SqlStatement q(db, u"SELECT i.deal_id, i.indicator, i.status, i.value, i.currency, i.as_of "
                                u"FROM deal_impact i JOIN deal d ON d.id = i.deal_id "
                                u"WHERE i.indicator IN ('capex', 'direct_jobs') AND "_s +
                                    where + u" ORDER BY i.deal_id, i.position"_s);
    q.bind(values).exec();
    storage::attachImpactFigures(q, rows, index);
    return rows;
}

} // namespace crm
