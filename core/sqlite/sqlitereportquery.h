#pragma once

#include "storage/reportquery.h"

namespace crm {
class SqliteDatabase;
}

namespace crm {

class SqliteReportQuery final : public ReportQuery
{
public:
    explicit SqliteReportQuery(SqliteDatabase &db) : m_db(db) {}

    QList<Stay> stays() const override;
    QList<Meeting> meetingsBetween(const QString &fromInstant, const QString &toInstant) const override;
    QList<std::pair<QString, int>> meetingCountsBySector(const QString &fromInstant,
                                                         const QString &toInstant) const override;
    QList<Mission> missionsOverlapping(const QString &firstDay, const QString &lastDay) const override;
    QList<Deal> dealsActiveIn(int fromYear, int toYear, const QString &hostCountry) const override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm
