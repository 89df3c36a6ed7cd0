#pragma once

#include "storage/briefingquery.h"

namespace crm {
class SqliteDatabase;
}

namespace crm {

class SqliteBriefingQuery final : public BriefingQuery
{
public:
    explicit SqliteBriefingQuery(SqliteDatabase &db) : m_db(db) {}

    QList<InvestorDealRow> deals(const QString &investorId) const override;
    QList<InvestorFollowUpRow> openFollowUps(const QString &investorId) const override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm
