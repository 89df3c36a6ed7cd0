#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace crm {

// A yearly average exchange rate the officers entered: how many units of the currency one US
// dollar bought on average over the year. Kept as exact decimal text ("151.35", "0.92376"); the
// arithmetic works on the rate scaled to an integer (kRateScale), never on binary floating point.
struct ExchangeRate
{
    QString currency; // ISO 4217, never USD (its rate is 1)
    int year = 0;
    QString perUsd; // canonical decimal text: no sign, no grouping, no trailing zeros
    QString source;
    QDateTime modifiedAt; // UTC
    QString modifiedBy;   // officer id
    bool operator==(const ExchangeRate &) const = default;
};

namespace exchangerate {
constexpr int kMaxDecimals = 8;
constexpr qint64 kRateScale = 100000000; // 10^kMaxDecimals
constexpr int kFirstYear = 1950;
constexpr int kLastYear = 2100;

// The rate times kRateScale for "151.35" / "0.92376" / "1,234.5"; nullopt when the text is not a
// positive decimal with at most kMaxDecimals decimals (or is too large to hold).
std::optional<qint64> parseScaled(const QString &text);
// 15135000000 -> "151.35": the canonical text stored in the rates table.
QString scaledToText(qint64 scaled);
} // namespace exchangerate

} // namespace crm
