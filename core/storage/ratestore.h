#pragma once

#include "domain/exchangerate.h"

#include <QList>
#include <QString>

namespace crm {

// The officers' table of yearly average exchange rates (per US dollar). Every change is one
// transaction and is written to the audit log (kind "exchange_rate", id "JPY 2024").
class RateStore
{
public:
    virtual ~RateStore() = default;

    // Every rate, by currency then year.
    virtual QList<ExchangeRate> list() const = 0;
    // Adds or replaces the rate of a currency for a year. Throws crm::Error (Invalid) naming the
    // field: "currency" (not ISO 4217, or USD), "year" (outside 1950-2100), "per_usd" (not a
    // positive decimal with at most 8 decimals). Returns the rate as stored.
    virtual ExchangeRate set(const QString &currency, int year, const QString &perUsd, const QString &source = {}) = 0;
    // Throws crm::Error (NotFound) when there is no such rate.
    virtual void remove(const QString &currency, int year) = 0;

protected:
    RateStore() = default;
};

} // namespace crm
