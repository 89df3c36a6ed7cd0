#include "icalendarwriter.h"

#include "contentline.h"
#include "domain/clock.h"
#include "domain/error.h"

#include <QMap>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {

using contentline::escapeText;
using contentline::fold;
using contentline::paramValue;

QString localStamp(const QDateTime &wallClock)
{
    return wallClock.date().toString(u"yyyyMMdd"_s) + u'T' + wallClock.time().toString(u"HHmmss"_s);
}

QString utcStamp(const QDateTime &instant)
{
    return localStamp(instant.toUTC()) + u'Z';
}

// UTC offset as RFC 5545 writes it: +0900, -0430, +091859 when it has seconds.
QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int a = std::abs(seconds);
    QString text = QString(sign) + u"%1%2"_s.arg(a / 3600, 2, 10, QChar(u'0')).arg(a / 60 % 60, 2, 10, QChar(u'0'));
    if (a % 60 != 0) {
        text += u"%1"_s.arg(a % 60, 2, 10, QChar(u'0'));
    }
    return text;
}

void writeObservance(QByteArray &out, bool daylight, const QDateTime &localStart, int from, int to, const QString &name)
{
    const QString kind = daylight ? u"DAYLIGHT"_s : u"STANDARD"_s;
    out += fold(u"BEGIN:"_s + kind);
    out += fold(u"DTSTART:"_s + localStamp(localStart));
    out += fold(u"TZOFFSETFROM:"_s + offset(from));
    out += fold(u"TZOFFSETTO:"_s + offset(to));
    if (!name.isEmpty()) {
        out += fold(u"TZNAME:"_s + escapeText(name));
    }
    out += fold(u"END:"_s + kind);
}

// The zone as it was from the first of January of firstYear to the end of lastYear: the offset in
// force at the start, then every transition, each as its own observance (no RRULE to get wrong).
void writeTimeZone(QByteArray &out, const QTimeZone &zone, int firstYear, int lastYear)
{
    const QDateTime from(QDate(firstYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(lastYear + 1, 1, 1), QTime(0, 0), Qt::UTC);
    out += fold(u"BEGIN:VTIMEZONE"_s);
    out += fold(u"TZID:"_s + escapeText(QString::fromUtf8(zone.id())));
    int previous = zone.offsetFromUtc(from);
    writeObservance(out, zone.isDaylightTime(from), from.addSecs(previous), previous, previous,
                    zone.abbreviation(from));
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
        // A transition's DTSTART is the wall-clock time of the instant in the offset before it.
        writeObservance(out, t.daylightTimeOffset != 0, t.atUtc.addSecs(previous), previous, t.offsetFromUtc,
                        t.abbreviation);
        previous = t.offsetFromUtc;
    }
    out += fold(u"END:VTIMEZONE"_s);
}

QString address(const CalendarAttendee &a, const QString &eventId)
{
    if (!a.email.trimmed().isEmpty()) {
        return u"mailto:"_s + a.email.trimmed();
    }
    // RFC 5545 wants a URI; without an e-mail, a urn:uuid names the person stably (their record id,
    // or one derived from the meeting and the name).
    const QUuid id(a.id);
    const QUuid uuid = id.isNull() ? QUuid::createUuidV5(QUuid(), eventId + u'\n' + a.name) : id;
    return u"urn:uuid:"_s + uuid.toString(QUuid::WithoutBraces);
}

void writeEvent(QByteArray &out, const CalendarEvent &e, const QString &stamp)
{
    const QString tzid = u";TZID="_s + paramValue(e.timeZone);
    out += fold(u"BEGIN:VEVENT"_s);
    out += fold(u"UID:"_s + escapeText(e.id));
    out += fold(u"DTSTAMP:"_s + stamp);
    out += fold(u"DTSTART"_s + tzid + u':' + localStamp(e.start));
    if (e.end.isValid()) {
        out += fold(u"DTEND"_s + tzid + u':' + localStamp(e.end));
    }
    out += fold(u"SUMMARY:"_s + escapeText(e.title));
    if (!e.place.trimmed().isEmpty()) {
        out += fold(u"LOCATION:"_s + escapeText(e.place.trimmed()));
    }
    if (!e.description.trimmed().isEmpty()) {
        out += fold(u"DESCRIPTION:"_s + escapeText(e.description.trimmed()));
    }
    for (const CalendarAttendee &a : e.attendees) {
        out += fold(u"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN="_s + paramValue(a.name.trimmed()) + u':' +
                    address(a, e.id));
    }
    out += fold(u"END:VEVENT"_s);
}

void writeTodo(QByteArray &out, const CalendarTodo &t, const QString &stamp)
{
    out += fold(u"BEGIN:VTODO"_s);
    out += fold(u"UID:"_s + escapeText(t.id));
    out += fold(u"DTSTAMP:"_s + stamp);
    out += fold(u"SUMMARY:"_s + escapeText(t.title));
    if (t.due.isValid()) {
        out += fold(u"DUE;VALUE=DATE:"_s + t.due.toString(u"yyyyMMdd"_s));
    }
    out += fold(u"STATUS:NEEDS-ACTION"_s);
    if (!t.description.trimmed().isEmpty()) {
        out += fold(u"DESCRIPTION:"_s + escapeText(t.description.trimmed()));
    }
    out += fold(u"END:VTODO"_s);
}

} // namespace

QByteArray ICalendarWriter::write(const QList<CalendarEvent> &events, const QList<CalendarTodo> &todos,
                                  const Clock &clock)
{
    // Each zone with the first and last year of its events.
    QMap<QString, std::pair<int, int>> years;
    for (const CalendarEvent &e : events) {
        if (!e.start.isValid()) {
            throw Error(Error::Kind::Invalid, tr("The meeting \"%1\" has no start time.").arg(e.title));
        }
        if (!QTimeZone(e.timeZone.toUtf8()).isValid()) {
            throw Error(Error::Kind::Invalid,
                        tr("The meeting \"%1\" is in the time zone \"%2\", which this computer does not know.")
                            .arg(e.title, e.timeZone));
        }
        const int first = e.start.date().year();
        const int last = e.end.isValid() ? std::max(first, e.end.date().year()) : first;
        auto it = years.find(e.timeZone);
        if (it == years.end()) {
            years.insert(e.timeZone, {first, last});
        } else {
            it->first = std::min(it->first, first);
            it->second = std::max(it->second, last);
        }
    }
    const QString stamp = utcStamp(clock.nowUtc());
    QByteArray out;
    out += fold(u"BEGIN:VCALENDAR"_s);
    out += fold(u"VERSION:2.0"_s);
    out += fold(u"PRODID:-//Delegates CRM//Calendar export//EN"_s);
    out += fold(u"CALSCALE:GREGORIAN"_s);
    out += fold(u"METHOD:PUBLISH"_s);
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        writeTimeZone(out, QTimeZone(it.key().toUtf8()), it->first, it->second);
    }
    for (const CalendarEvent &e : events) {
        writeEvent(out, e, stamp);
    }
    for (const CalendarTodo &t : todos) {
        writeTodo(out, t, stamp);
    }
    out += fold(u"END:VCALENDAR"_s);
    return out;
}

} // namespace crm::interchange
