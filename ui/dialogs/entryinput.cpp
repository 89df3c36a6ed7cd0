#include "entryinput.h"

#include "domain/dateformat.h"
#include "domain/officerzone.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crm::ui::entryinput {

const QStringList &regionTimeZones()
{
    static const QStringList zones = [] {
        static const QStringList areas{u"Africa"_s,    u"America"_s, u"Antarctica"_s, u"Asia"_s,   u"Atlantic"_s,
                                       u"Australia"_s, u"Europe"_s,  u"Indian"_s,     u"Pacific"_s};
        QStringList result;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            const QString zone = QString::fromLatin1(id);
            if (areas.contains(zone.section(u'/', 0, 0)) && zone.contains(u'/')) {
                result << zone;
            }
        }
        result.sort();
        return result;
    }();
    return zones;
}

QString obviousTimeZone(const QStringList &places)
{
    // Whole words only: "Nome" must not match "Nomeansland", nor "Male" match "Malek".
    static const QList<std::pair<QString, QRegularExpression>> cities = [] {
        QList<std::pair<QString, QRegularExpression>> result;
        for (const QString &zone : regionTimeZones()) {
            const QString city = zone.section(u'/', -1).replace(u'_', u' ');
            result.append({zone, QRegularExpression(u"\\b"_s + QRegularExpression::escape(city) + u"\\b"_s,
                                                    QRegularExpression::CaseInsensitiveOption)});
        }
        return result;
    }();
    QSet<QString> found;
    for (const QString &place : places) {
        for (const auto &[zone, city] : cities) {
            if (place.contains(city)) {
                found.insert(zone);
            }
        }
    }
    return found.size() == 1 ? *found.cbegin() : QString();
}

QString officerTimeZone()
{
    const QByteArray zone = officerZone().id();
    return !zone.isEmpty() && QTimeZone(zone).isValid() ? QString::fromUtf8(zone) : u"UTC"_s;
}

std::optional<QDate> parseTypedDate(const QString &text, const QDate &today)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        return QDate();
    }
    static const QRegularExpression relative(u"^\\+\\s*(\\d{1,4})\\s*([dDwW]?)$"_s);
    if (const QRegularExpressionMatch m = relative.match(typed); m.hasMatch()) {
        const int unit = m.captured(2).compare(u"w"_s, Qt::CaseInsensitive) == 0 ? 7 : 1;
        return today.addDays(m.captured(1).toInt() * unit);
    }
    if (const QDate iso = QDate::fromString(typed, Qt::ISODate); iso.isValid()) {
        return iso;
    }
    // The locale's short date as every date field reads it (a two-digit year as 1950-2049), then its
    // long one when that has the year in full.
    if (const QDate date = parseLocaleDate(typed); date.isValid()) {
        return date;
    }
    const QLocale locale;
    if (const QString pattern = locale.dateFormat(QLocale::LongFormat); pattern.contains(u"yyyy"_s)) {
        if (const QDate date = locale.toDate(typed, pattern); date.isValid()) {
            return date;
        }
    }
    return std::nullopt;
}

} // namespace crm::ui::entryinput
