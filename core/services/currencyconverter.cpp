#include "currencyconverter.h"

#include "domain/referencedata.h"
#include "storage/database.h"
#include "storage/ratestore.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// GCC and Clang's 128-bit integer; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;
constexpr Int128 kInt128Max = static_cast<Int128>(~static_cast<UInt128>(0) >> 1);

QString key(const QString &currency, int year)
{
    return currency + u' ' + QString::number(year);
}

Int128 powerOfTen(int n)
{
    Int128 p = 1;
    for (int i = 0; i < n; ++i) {
        p *= 10;
    }
    return p;
}
} // namespace

CurrencyConverter::CurrencyConverter(const QList<ExchangeRate> &rates)
{
    for (const ExchangeRate &rate : rates) {
        if (const std::optional<qint64> scaled = exchangerate::parseScaled(rate.perUsd)) {
            m_rates.insert(key(rate.currency, rate.year), *scaled);
        }
    }
}

CurrencyConverter CurrencyConverter::fromDatabase(Database &db)
{
    return CurrencyConverter(db.rates().list());
}

std::optional<qint64> CurrencyConverter::convertMinorUnits(qint64 amount, int sourceDigits, qint64 sourcePerUsd,
                                                           int targetDigits, qint64 targetPerUsd)
{
    // target = amount * targetPerUsd * 10^td / (sourcePerUsd * 10^sd), divided once at the end.
    // The factors fit 128 bits (a rate < 10^17, 10^td <= 10^4); the product with the amount
    // is checked against the 128-bit limit before it is formed.
    const Int128 numeratorFactor = static_cast<Int128>(targetPerUsd) * powerOfTen(targetDigits);
    const Int128 denominator = static_cast<Int128>(sourcePerUsd) * powerOfTen(sourceDigits);
    const bool negative = amount < 0;
    const Int128 magnitude = negative ? -static_cast<Int128>(amount) : static_cast<Int128>(amount);
    const Int128 limit = kInt128Max / numeratorFactor;
    if (magnitude > limit) {
        return std::nullopt;
    }
    const Int128 numerator = magnitude * numeratorFactor;
    Int128 result = numerator / denominator;
    // Half away from zero: the remainder decides, compared on integers.
    if ((numerator % denominator) * 2 >= denominator) {
        ++result;
    }
    if (result > std::numeric_limits<qint64>::max()) {
        return std::nullopt;
    }
    return static_cast<qint64>(negative ? -result : result);
}

std::optional<qint64> CurrencyConverter::perUsd(const QString &currency, int year)
{
    if (currency == u"USD"_s) {
        return exchangerate::kRateScale;
    }
    const auto it = m_rates.constFind(key(currency, year));
    if (it != m_rates.constEnd()) {
        return *it;
    }
    const MissingRate missing{currency, year};
    const auto at = std::lower_bound(m_missing.begin(), m_missing.end(), missing);
    if (at == m_missing.end() || !(*at == missing)) {
        m_missing.insert(at, missing);
    }
    return std::nullopt;
}

std::optional<Money> CurrencyConverter::convert(const Money &amount, int year, const QString &target)
{
    if (amount.currency == target) {
        return amount;
    }
    // Both rates are looked up first, so that both are listed when both are missing.
    const std::optional<qint64> source = perUsd(amount.currency, year);
    const std::optional<qint64> wanted = perUsd(target, year);
    const int sourceDigits = reference::minorUnits(amount.currency);
    const int targetDigits = reference::minorUnits(target);
    if (!source || !wanted || sourceDigits < 0 || targetDigits < 0) {
        return std::nullopt;
    }
    const std::optional<qint64> minor =
        convertMinorUnits(amount.minorUnits, sourceDigits, *source, targetDigits, *wanted);
    if (!minor) {
        return std::nullopt;
    }
    return Money{*minor, target};
}

QList<MissingRate> CurrencyConverter::missingRates() const
{
    return m_missing;
}

QString missingRatesText(const QList<MissingRate> &missing)
{
    QStringList parts;
    for (const MissingRate &rate : missing) {
        parts << rate.currency + u' ' + QString::number(rate.year);
    }
    return parts.join(u", "_s);
}

} // namespace crm
