#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace crm {

// An exact amount in integer minor units of its currency (cents; yen have none). Never floating point.
struct Money
{
    qint64 minorUnits = 0;
    QString currency;

    // Parses "150000000.00" / "1,500,000" / "-3.5" in the currency's units; nullopt when the text
    // is not a number or has more decimals than the currency allows.
    static std::optional<Money> parse(const QString &text, const QString &currency);
    QString toDecimalString() const; // "150000000.00", "1500000" for JPY
    // "150,000,000.00 USD" in English, "150 000 000,00 USD" in French: for people, not for files.
    QString toDisplayString(const QLocale &locale) const;
    bool operator==(const Money &) const = default;
};

} // namespace crm
