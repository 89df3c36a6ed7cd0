#pragma once

#include "domain/exchangerate.h"
#include "domain/money.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace crm {

class Database;

// A rate a conversion needed and the table does not have.
struct MissingRate
{
    QString currency;
    int year = 0;
    friend bool operator==(const MissingRate &, const MissingRate &) = default;
    friend bool operator<(const MissingRate &a, const MissingRate &b)
    {
        return a.currency != b.currency ? a.currency < b.currency : a.year < b.year;
    }
};

// Converts amounts with the officers' yearly average rates, through the US dollar: an amount in
// JPY for 2020 becomes USD with the JPY 2020 rate, then EUR with the EUR 2020 rate. USD has the
// rate 1 implicitly; an amount already in the target currency is returned as it is.
//
// The arithmetic is exact: rates are integers scaled by 10^8, the product is formed in 128 bits
// and divided once, and the result is rounded half away from zero to the target's minor units.
// A missing rate is never guessed: convert() returns nothing and remembers the (currency, year).
class CurrencyConverter final
{
public:
    explicit CurrencyConverter(const QList<ExchangeRate> &rates);
    static CurrencyConverter fromDatabase(Database &db);

    std::optional<Money> convert(const Money &amount, int year, const QString &target);
    // The rates convert() needed and did not find, sorted, each once.
    QList<MissingRate> missingRates() const;

    // amount (minor units of a currency with sourceDigits decimals, sourcePerUsd units per USD,
    // both rates scaled by 10^8) in minor units of the target; nullopt when it does not fit.
    static std::optional<qint64> convertMinorUnits(qint64 amount, int sourceDigits, qint64 sourcePerUsd,
                                                   int targetDigits, qint64 targetPerUsd);

private:
    std::optional<qint64> perUsd(const QString &currency, int year);

    QHash<QString, qint64> m_rates; // "JPY 2020" -> rate scaled by 10^8
    QList<MissingRate> m_missing;
};

// "JPY 2019, EUR 2020": the rates a conversion needed, for messages.
QString missingRatesText(const QList<MissingRate> &missing);

} // namespace crm
