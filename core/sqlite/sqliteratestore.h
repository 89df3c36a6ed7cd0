#pragma once

#include "storage/ratestore.h"

namespace crm {
class SqliteDatabase;
}

namespace crm {

class SqliteRateStore final : public RateStore
{
public:
    explicit SqliteRateStore(SqliteDatabase &db) : m_db(db) {}

    QList<ExchangeRate> list() const override;
    ExchangeRate set(const QString &currency, int year, const QString &perUsd, const QString &source) override;
    void remove(const QString &currency, int year) override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm
