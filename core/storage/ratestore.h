#pragma once

#include "domain/exchangerate.h"

#include <QList>
#include <QString>

namespace crm {

class Database;

// The officers' table of yearly average exchange rates (per US dollar). Every change is one
// transaction and is written to the audit log (kind "exchange_rate", id "JPY 2024").
class RateStore final
{
public:
    explicit RateStore(Database &db) : m_db(db) {}

    // Every rate, by currency then year.
    QList<ExchangeRate> list() const;
    // Adds or replaces the rate of a currency for a year. Throws crm::Error (Invalid) naming the
    // field: "currency" (not ISO 4217, or USD), "year" (outside 1950-2100), "per_usd" (not a
    // positive decimal with at most 8 decimals). Returns the rate as stored.
    ExchangeRate set(const QString &currency, int year, const QString &perUsd, const QString &source = {});
    // Throws crm::Error (NotFound) when there is no such rate.
    void remove(const QString &currency, int year);

private:
    Database &m_db;
};

} // namespace crm
