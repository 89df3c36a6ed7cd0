#include "partialdate.h"

#include "dateformat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm {

PartialDate PartialDate::ofYear(int year)
{
    PartialDate d(QDate(year, 1, 1));
    d.m_precision = Precision::Year;
    return d;
}

PartialDate PartialDate::ofMonth(int year, int month)
{
    PartialDate d(QDate(year, month, 1));
    d.m_precision = Precision::Month;
    return d;
}

std::optional<PartialDate> PartialDate::fromIso(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const int year = m.captured(1).toInt();
    const int month = m.hasCaptured(2) ? m.captured(2).toInt() : 1;
    const int day = m.hasCaptured(3) ? m.captured(3).toInt() : 1;
    if (!QDate::isValid(year, month, day) || year < 1) {
        return std::nullopt;
    }
    if (!m.hasCaptured(2)) {
        return ofYear(year);
    }
    if (!m.hasCaptured(3)) {
        return ofMonth(year, month);
    }
    return PartialDate(QDate(year, month, day));
}

QDate PartialDate::last() const
{
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_first.year(), 12, 31);
    case Precision::Month:
        return m_first.addMonths(1).addDays(-1);
    case Precision::Day:
        break;
    }
    return m_first;
}

QString PartialDate::toIso() const
{
    if (!isValid()) {
        return {};
    }
    switch (m_precision) {
    case Precision::Year:
        return m_first.toString(u"yyyy"_s);
    case Precision::Month:
        return m_first.toString(u"yyyy-MM"_s);
    case Precision::Day:
        break;
    }
    return m_first.toString(Qt::ISODate);
}

QString PartialDate::toDisplay(const QLocale &locale) const
{
    if (!isValid()) {
        return {};
    }
    switch (m_precision) {
    case Precision::Year:
        return QString::number(m_first.year());
    case Precision::Month:
        // "MMMM yyyy" reads right in English and French; Japanese wants 1995年3月.
        if (locale.language() == QLocale::Japanese || locale.language() == QLocale::Chinese) {
            return locale.toString(m_first, u"yyyy年M月"_s);
        }
        return locale.toString(m_first, u"MMMM yyyy"_s);
    case Precision::Day:
        break;
    }
    return formatDate(m_first, locale);
}

} // namespace crm
