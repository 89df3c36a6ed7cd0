#include "money.h"

#include "decimaltext.h"
#include "referencedata.h"

#include <limits>

namespace crm {

std::optional<Money> Money::parse(const QString &input, const QString &currency)
{
    const int digits = reference::minorUnits(currency);
    if (digits < 0) {
        return std::nullopt;
    }
    const std::optional<QString> normalised = normaliseDecimalText(input.trimmed());
    if (!normalised) {
        return std::nullopt;
    }
    QString text = *normalised;
    text.remove(u'_');
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(u'.');
    QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty()) {
        return std::nullopt;
    }
    while (fraction.size() > digits && fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    if (fraction.size() > digits) {
        return std::nullopt;
    }
    fraction = fraction.leftJustified(digits, u'0');
    const QString all = (whole.isEmpty() ? QStringLiteral("0") : whole) + fraction;
    for (const QChar c : all) {
        if (!c.isDigit() || c.unicode() > 127) {
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 value = all.toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return Money{negative ? -value : value, currency};
}

QString Money::toDecimalString() const
{
    const int digits = qMax(0, reference::minorUnits(currency));
    const bool negative = minorUnits < 0;
    QString all = QString::number(negative ? -minorUnits : minorUnits).rightJustified(digits + 1, u'0');
    if (digits > 0) {
        all.insert(all.size() - digits, u'.');
    }
    return negative ? u'-' + all : all;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const QString decimal = toDecimalString();
    const bool negative = decimal.startsWith(u'-');
    const QString digits = negative ? decimal.mid(1) : decimal;
    const qsizetype point = digits.indexOf(u'.');
    const QString whole = locale.toString(digits.left(point < 0 ? digits.size() : point).toLongLong());
    const QString fraction = point < 0 ? QString() : locale.decimalPoint() + digits.mid(point + 1);
    return (negative ? locale.negativeSign() : QString()) + whole + fraction + u' ' + currency;
}

} // namespace crm
