#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace crm {
class Clock;
}

// Meetings and follow-ups written as one iCalendar file (RFC 5545) that Outlook, Google Calendar
// and phones import. The caller maps its records to these plain structs.
namespace crm::interchange {

struct CalendarAttendee
{
    QString name;
    QString email; // empty when unknown
    QString id;    // the person's record id, for a stable address when there is no e-mail
};

// A meeting: a VEVENT in its own time zone (DTSTART;TZID=... with a VTIMEZONE for that zone).
struct CalendarEvent
{
    QString id; // the record id: the UID, so that a second import updates instead of duplicating
    QString title;
    // Wall-clock date and time in timeZone; their own time spec is ignored. An invalid end writes
    // no DTEND.
    QDateTime start;
    QDateTime end;
    QString timeZone = QStringLiteral("Asia/Tokyo"); // IANA name
    QString place;
    QString description;
    QList<CalendarAttendee> attendees;
};

// An open follow-up: a VTODO due on a date.
struct CalendarTodo
{
    QString id;
    QString title;
    QDate due; // invalid: no DUE
    QString description;
};

class ICalendarWriter final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::ICalendarWriter)

public:
    // One VCALENDAR with a VTIMEZONE per zone used (its transitions over the years of the events,
    // from QTimeZone), then the events and the to-dos. DTSTAMP is the clock's now. Throws
    // crm::Error (Invalid) for an event without a start or in a zone unknown to the system.
    static QByteArray write(const QList<CalendarEvent> &events, const QList<CalendarTodo> &todos, const Clock &clock);
};

} // namespace crm::interchange
