#include "xlsxdates.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <cmath>

namespace crm::interchange::xlsx {

bool isBuiltInDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) ||
           (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58);
}

bool isDateFormatCode(const QString &code)
{
    // Only the first section counts (positive numbers); "General" holds an e and an r but no date.
    QString text = code.section(u';', 0, 0);
    text.remove(QStringLiteral("General"), Qt::CaseInsensitive);
    bool inQuotes = false;
    bool inBrackets = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        if (inBrackets) {
            // [h], [mm] and [ss] are elapsed times; [Red], [$-411] and [>100] are not.
            if (c == u']') {
                inBrackets = false;
            }
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inQuotes = true;
            break;
        case u'[': {
            const qsizetype end = text.indexOf(u']', i);
            const QString inside = end < 0 ? QString() : text.mid(i + 1, end - i - 1).toLower();
            if (!inside.isEmpty() && (inside.count(inside.front()) == inside.size()) &&
                (inside.front() == u'h' || inside.front() == u'm' || inside.front() == u's')) {
                return true;
            }
            inBrackets = true;
            break;
        }
        case u'\\': // the next character is shown as itself
        case u'_':  // a space as wide as the next character
        case u'*':  // the next character repeated to fill the cell
            ++i;
            break;
        default: {
            const char16_t lower = c.toLower().unicode();
            if (lower == u'y' || lower == u'm' || lower == u'd' || lower == u'h' || lower == u's') {
                return true;
            }
        }
        }
    }
    return false;
}

QVariant dateFromSerial(double serial, bool date1904)
{
    constexpr double kLastSerial1900 = 2958465.0; // 9999-12-31
    constexpr double kLastSerial1904 = kLastSerial1900 - 1462.0;
    if (!std::isfinite(serial) || serial < 0.0 || serial >= (date1904 ? kLastSerial1904 : kLastSerial1900) + 1.0) {
        return serial;
    }
    double days = std::floor(serial);
    auto milliseconds = static_cast<qint64>(std::llround((serial - days) * 86'400'000.0));
    if (milliseconds >= 86'400'000) {
        days += 1.0;
        milliseconds = 0;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(static_cast<qint64>(days));
    } else {
        // Lotus 1-2-3 counted 1900 as a leap year and Excel kept it: serial 60 is 29 February 1900,
        // which never was, so serials before it are one day later than the count from 30 December 1899.
        const qint64 whole = static_cast<qint64>(days);
        date = QDate(1899, 12, 30).addDays(whole < 60 && whole > 0 ? whole + 1 : whole);
    }
    if (milliseconds == 0) {
        return date;
    }
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(static_cast<int>(milliseconds)), QTimeZone::utc());
}

} // namespace crm::interchange::xlsx
