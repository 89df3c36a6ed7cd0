#pragma once

#include "storage/timelinequery.h"

namespace crm {
class SqliteDatabase;
}

namespace crm {

class SqliteTimelineQuery final : public TimelineQuery
{
public:
    explicit SqliteTimelineQuery(SqliteDatabase &db) : m_db(db) {}

    QList<TimelineRow> forDelegate(const QString &delegateId) const override;
    QList<TimelineRow> forInvestor(const QString &investorId) const override;
    QList<TimelineRow> forDeal(const QString &dealId) const override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm
