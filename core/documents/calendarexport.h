#pragma once

#include "interchange/icalendarwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace crm {
class Database;

struct CalendarSelection
{
    QDate from; // first day, in each meeting's own time zone
    QDate to;   // last day, included
    // An officer's record id: only the meetings they attend and the follow-ups they own. Empty: all.
    QString officerId;
};

struct CalendarItems
{
    QList<interchange::CalendarEvent> events; // by start
    QList<interchange::CalendarTodo> todos;   // by due date
};

// Meetings and open follow-ups of a date range as the iCalendar writer wants them.
class CalendarExport final
{
    Q_DECLARE_TR_FUNCTIONS(crm::CalendarExport)

public:
    // How long a meeting is taken to last: records hold only its start, and a calendar shows an
    // event without an end as a line, not a block. The usual length of a bilateral meeting.
    static constexpr int kMeetingMinutes = 60;

    // Live meetings whose start falls on a day in [from, to] in their own zone: a VEVENT each,
    // "Meeting with <investor>", at its place, with every attendee's name (and e-mail when the
    // record has one); and open (not done) follow-ups due in [from, to], a VTODO each.
    static CalendarItems items(const Database &db, const CalendarSelection &selection);

    // One meeting as items() writes it, in the Trash or not ("Add to calendar" on the meeting on
    // show); nullopt when there is no such meeting or its start or time zone cannot be read.
    static std::optional<interchange::CalendarEvent> meeting(const Database &db, const QString &meetingId);
};

} // namespace crm
