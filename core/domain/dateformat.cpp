#include "dateformat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// "yy" standing alone in a date pattern (not part of "yyyy").
const QRegularExpression &twoDigitYear()
{
    static const QRegularExpression pattern(u"(?<!y)yy(?!y)"_s);
    return pattern;
}
} // namespace

QString shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s)) {
        format.replace(twoDigitYear(), u"yyyy"_s);
    }
    return format;
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortDateFormat(locale)) : QString();
}

QString shortTimeFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    return format.remove(seconds);
}

QString dateTimeFormat(const QLocale &locale)
{
    return shortDateFormat(locale) + u' ' + shortTimeFormat(locale);
}

QString formatDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return dateTime.isValid() ? locale.toString(dateTime, dateTimeFormat(locale)) : QString();
}

QDate parseLocaleDate(const QString &text, const QLocale &locale)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        return {};
    }
    const QString full = shortDateFormat(locale);
    static const QRegularExpression longNumber(u"\\d{3,}"_s);
    if (typed.contains(longNumber)) {
        return locale.toDate(typed, full);
    }
    QString shortYear = full;
    shortYear.replace(u"yyyy"_s, u"yy"_s);
    QDate date = locale.toDate(typed, shortYear); // Qt reads "yy" as 19yy
    if (date.isValid() && date.year() < 1950) {
        date = date.addYears(100);
    }
    return date;
}

} // namespace crm
