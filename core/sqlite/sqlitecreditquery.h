#pragma once

#include "storage/creditquery.h"

namespace crm {
class SqliteDatabase;
}

namespace crm {

class SqliteCreditQuery final : public CreditQuery
{
public:
    explicit SqliteCreditQuery(SqliteDatabase &db) : m_db(db) {}

    QList<CreditedDealRow> forDelegate(const QString &delegateId) const override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm
