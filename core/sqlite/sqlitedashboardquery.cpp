#include "sqlitedashboardquery.h"

#include "sqlitedatabase.h"
#include "sqlstatement.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {
QSqlDatabase connection(const SqliteDatabase &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}
} // namespace

QStringList SqliteDashboardQuery::hostCountries() const
{
    storage::SqlStatement q(connection(m_db), u"SELECT DISTINCT host_country FROM deal WHERE deleted_at IS NULL "
                                              u"AND host_country IS NOT NULL AND host_country <> '' "
                                              u"ORDER BY host_country"_s);
    q.exec();
    QStringList codes;
    while (q.next()) {
        codes << q.value(0).toString();
    }
    return codes;
}

std::optional<std::pair<int, int>> SqliteDashboardQuery::activityYears() const
{
    storage::SqlStatement q(connection(m_db),
                            u"SELECT min(y), max(y) FROM ("
                            u"SELECT CAST(substr(c.date, 1, 4) AS INTEGER) AS y FROM deal_stage_change c "
                            u"JOIN deal d ON d.id = c.deal_id WHERE d.deleted_at IS NULL "
                            u"UNION ALL SELECT CAST(substr(i.as_of, 1, 4) AS INTEGER) FROM deal_impact i "
                            u"JOIN deal d ON d.id = i.deal_id WHERE d.deleted_at IS NULL AND length(i.as_of) >= 4) "
                            u"WHERE y > 0"_s);
    q.exec();
    if (!q.next() || q.value(0).isNull()) {
        return std::nullopt;
    }
    return std::pair{q.value(0).toInt(), q.value(1).toInt()};
}

QList<SqliteDashboardQuery::OverdueRow> SqliteDashboardQuery::overdueFollowUps(const QDate &today,
                                                                               const QList<QDate> &bucketStarts) const
{
    // One WHEN per bucket start; the dates themselves are bound.
    QString bucket = u"CASE"_s;
    QVariantList binds;
    for (qsizetype i = 0; i < bucketStarts.size(); ++i) {
        bucket += u" WHEN f.due_date >= ? THEN "_s + QString::number(i);
        binds << bucketStarts.at(i).toString(Qt::ISODate);
    }
    bucket += u" ELSE "_s + QString::number(bucketStarts.size()) + u" END"_s;
    binds << today.toString(Qt::ISODate);
    storage::SqlStatement q(connection(m_db),
                            u"SELECT f.owner_id, o.name, "_s + bucket +
                                u" AS bucket, count(*) FROM followup f LEFT JOIN officer o ON o.id = f.owner_id "
                                u"WHERE f.done = 0 AND f.deleted_at IS NULL AND f.due_date < ? "
                                u"GROUP BY f.owner_id, bucket ORDER BY f.owner_id, bucket"_s);
    q.bind(binds).exec();
    QList<OverdueRow> rows;
    while (q.next()) {
        const QString owner = q.value(0).toString();
        if (rows.isEmpty() || rows.constLast().ownerId != owner) {
            rows.append({owner, q.value(1).toString(), QList<int>(bucketStarts.size() + 1, 0)});
        }
        rows.last().byBucket[q.value(2).toInt()] = q.value(3).toInt();
    }
    return rows;
}

} // namespace crm
