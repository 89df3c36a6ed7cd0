#pragma once

#include "storage/dashboardquery.h"

namespace crm {
class SqliteDatabase;
}

namespace crm {

class SqliteDashboardQuery final : public DashboardQuery
{
public:
    explicit SqliteDashboardQuery(SqliteDatabase &db) : m_db(db) {}

    QStringList hostCountries() const override;
    std::optional<std::pair<int, int>> activityYears() const override;
    QList<OverdueRow> overdueFollowUps(const QDate &today, const QList<QDate> &bucketStarts) const override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm
