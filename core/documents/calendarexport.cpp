#include "calendarexport.h"

#include "domain/recordcodec.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// Names and e-mail addresses of the people attending, read once each.
class People
{
public:
    explicit People(const RecordStore &store) : m_store(store) {}

    interchange::CalendarAttendee attendee(const QVariantMap &row)
    {
        interchange::CalendarAttendee person;
        const std::optional<RecordKind> kind = kindFromName(row.value(u"person_kind"_s).toString());
        const QString id = row.value(u"person_id"_s).toString();
        if (!kind || id.isEmpty()) {
            person.name = row.value(u"name"_s).toString(); // someone outside the records
            return person;
        }
        auto it = m_people.constFind(id);
        if (it == m_people.constEnd()) {
            interchange::CalendarAttendee known;
            known.id = id;
            if (const std::optional<QVariantMap> record = m_store.find(*kind, id, MapFormat::Storage)) {
                known.name = codecFor(*kind).title(*record);
                known.email = record->value(u"email"_s).toString();
            }
            it = m_people.insert(id, known);
        }
        return *it;
    }

    QString title(RecordKind kind, const QString &id)
    {
        if (id.isEmpty()) {
            return {};
        }
        auto it = m_titles.constFind(id);
        if (it == m_titles.constEnd()) {
            const std::optional<QVariantMap> record = m_store.find(kind, id, MapFormat::Storage);
            it = m_titles.insert(id, record ? codecFor(kind).title(*record) : QString());
        }
        return *it;
    }

private:
    const RecordStore &m_store;
    QHash<QString, interchange::CalendarAttendee> m_people;
    QHash<QString, QString> m_titles;
};

bool attends(const QVariantList &attendees, const QString &officerId)
{
    return std::any_of(attendees.cbegin(), attendees.cend(), [&](const QVariant &attendee) {
        const QVariantMap row = attendee.toMap();
        return row.value(u"person_kind"_s).toString() == u"officer"_s &&
               row.value(u"person_id"_s).toString() == officerId;
    });
}

bool inRange(const QDate &day, const CalendarSelection &selection)
{
    return day.isValid() && day >= selection.from && day <= selection.to;
}

// A meeting's start as stored (UTC) and on the wall clock of its own zone.
struct MeetingTime
{
    QDateTime utc;
    QDateTime local;
    QString zone;
};

std::optional<MeetingTime> timeOf(const QVariantMap &row)
{
    const QDateTime utc = QDateTime::fromString(row.value(u"starts_at"_s).toString(), Qt::ISODateWithMs);
    const QString zone = row.value(u"time_zone"_s).toString();
    const QTimeZone timeZone(zone.toUtf8());
    if (!utc.isValid() || !timeZone.isValid()) {
        return std::nullopt;
    }
    return MeetingTime{utc, utc.toTimeZone(timeZone), zone};
}

interchange::CalendarEvent eventOf(People &people, const QVariantMap &row, const MeetingTime &time)
{
    interchange::CalendarEvent event;
    event.id = row.value(u"id"_s).toString();
    const QString investor = people.title(RecordKind::Investor, row.value(u"investor_id"_s).toString());
    event.title =
        investor.isEmpty() ? CalendarExport::tr("Meeting") : CalendarExport::tr("Meeting with %1").arg(investor);
    event.start = QDateTime(time.local.date(), time.local.time());
    event.end = event.start.addSecs(CalendarExport::kMeetingMinutes * 60);
    event.timeZone = time.zone;
    event.place = row.value(u"place"_s).toString();
    const QString mission = people.title(RecordKind::Mission, row.value(u"mission_id"_s).toString());
    if (!mission.isEmpty()) {
        event.description = CalendarExport::tr("Mission: %1").arg(mission);
    }
    for (const QVariant &attendee : row.value(u"attendees"_s).toList()) {
        const interchange::CalendarAttendee person = people.attendee(attendee.toMap());
        if (!person.name.isEmpty()) {
            event.attendees << person;
        }
    }
    return event;
}
} // namespace

CalendarItems CalendarExport::items(const Database &db, const CalendarSelection &selection)
{
    const RecordStore &store = db.records();
    People people(store);
    CalendarItems items;

    QList<std::pair<QDateTime, interchange::CalendarEvent>> events; // with the UTC start, to sort by
    // Stored instants are UTC; a day in the meeting's own zone lies within 14 hours of it either way.
    ListQuery meetings;
    meetings.withChildren = true;
    meetings.rangeField = u"starts_at"_s;
    meetings.from = QDateTime(selection.from.addDays(-1), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    meetings.to = QDateTime(selection.to.addDays(2), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    store.forEach(RecordKind::Meeting, meetings, [&](const QVariantMap &row) {
        const std::optional<MeetingTime> time = timeOf(row);
        if (!time || !inRange(time->local.date(), selection)) {
            return true;
        }
        if (!selection.officerId.isEmpty() && !attends(row.value(u"attendees"_s).toList(), selection.officerId)) {
            return true;
        }
        events.append({time->utc, eventOf(people, row, *time)});
        return true;
    });
    std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[utc, event] : events) {
        items.events << event;
    }

    ListQuery followUps;
    followUps.rangeField = u"due_date"_s;
    followUps.from = selection.from.toString(Qt::ISODate);
    followUps.to = selection.to.addDays(1).toString(Qt::ISODate);
    store.forEach(RecordKind::FollowUp, followUps, [&](const QVariantMap &row) {
        const QDate due = QDate::fromString(row.value(u"due_date"_s).toString(), Qt::ISODate);
        if (row.value(u"done"_s).toBool() || !inRange(due, selection)) {
            return true;
        }
        if (!selection.officerId.isEmpty() && row.value(u"owner_id"_s).toString() != selection.officerId) {
            return true;
        }
        interchange::CalendarTodo todo;
        todo.id = row.value(u"id"_s).toString();
        todo.title = row.value(u"title"_s).toString();
        todo.due = due;
        todo.description = row.value(u"notes"_s).toString();
        items.todos << todo;
        return true;
    });
    std::stable_sort(items.todos.begin(), items.todos.end(),
                     [](const auto &a, const auto &b) { return a.due < b.due; });
    return items;
}

std::optional<interchange::CalendarEvent> CalendarExport::meeting(const Database &db, const QString &meetingId)
{
    const RecordStore &store = db.records();
    const std::optional<QVariantMap> row = store.find(RecordKind::Meeting, meetingId, MapFormat::Storage);
    if (!row) {
        return std::nullopt;
    }
    const std::optional<MeetingTime> time = timeOf(*row);
    if (!time) {
        return std::nullopt;
    }
    People people(store);
    return eventOf(people, *row, *time);
}

} // namespace crm
