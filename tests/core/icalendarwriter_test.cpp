// The iCalendar writer (core/interchange/icalendarwriter.h): meetings as VEVENTs in their own time
// zone and open follow-ups as VTODOs, checked as text and by a real reader (python3-icalendar).
#include "domain/clock.h"
#include "domain/error.h"
#include "interchange/icalendarwriter.h"
#include "pythonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace crm::interchange;

namespace {

const crm::FixedClock kClock(QDateTime(QDate(2026, 11, 29), QTime(9, 15, 30), Qt::UTC));

CalendarEvent tokyoMeeting()
{
    CalendarEvent e;
    e.id = u"0190a1b2-0000-7000-8000-000000000001"_s;
    e.title = u"Hassani / 株式会社サンプル: plant visit, follow-up"_s;
    e.start = QDateTime(QDate(2026, 12, 3), QTime(10, 0));
    e.end = QDateTime(QDate(2026, 12, 3), QTime(11, 30));
    e.timeZone = u"Asia/Tokyo"_s;
    e.place = u"本社 会議室A; 3F"_s;
    e.description = u"Agenda:\n1. Plant\n2. Budget, 2027"_s;
    e.attendees = {{u"山田 太郎"_s, u"taro.yamada@example.co.jp"_s, {}},
                   {u"Mohamed Aref Hassani"_s, {}, u"0190a1b2-0000-7000-8000-0000000000aa"_s},
                   {u"Interpreter, Sato"_s, {}, {}}};
    return e;
}

CalendarEvent newYorkMeeting()
{
    CalendarEvent e;
    e.id = u"0190a1b2-0000-7000-8000-000000000002"_s;
    e.title = u"Roadshow"_s;
    e.start = QDateTime(QDate(2026, 3, 9), QTime(9, 0));
    e.end = QDateTime(QDate(2026, 3, 9), QTime(10, 0));
    e.timeZone = u"America/New_York"_s;
    return e;
}

CalendarTodo followUp()
{
    return {u"0190a1b2-0000-7000-8000-000000000003"_s, u"Send the incentive brochure"_s, QDate(2026, 12, 10),
            u"In Japanese, please"_s};
}

} // namespace

TEST_CASE("a meeting is a VEVENT in its own zone with a VTIMEZONE, a follow-up a VTODO with its due date",
          "[icalendar]")
{
    const QByteArray ics = ICalendarWriter::write({tokyoMeeting(), newYorkMeeting()}, {followUp()}, kClock);
    // Folded lines joined again (RFC 5545 3.1), to look for whole properties.
    const QString text = QString::fromUtf8(ics).replace(u"\r\n "_s, QString());
    CHECK(text.startsWith(u"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"_s));
    CHECK(text.endsWith(u"END:VCALENDAR\r\n"_s));
    // Tokyo: one observance, +0900 all year.
    CHECK(text.contains(u"BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\nBEGIN:STANDARD\r\nDTSTART:20260101T090000\r\n"
                        "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:JST\r\nEND:STANDARD\r\nEND:VTIMEZONE"_s));
    // New York in 2026: EST, then EDT from 8 March 02:00, EST again from 1 November 02:00.
    CHECK(text.contains(u"BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
                        "TZNAME:EDT\r\nEND:DAYLIGHT"_s));
    CHECK(text.contains(u"BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
                        "TZNAME:EST\r\nEND:STANDARD"_s));
    CHECK(text.contains(u"DTSTART;TZID=Asia/Tokyo:20261203T100000\r\nDTEND;TZID=Asia/Tokyo:20261203T113000\r\n"_s));
    CHECK(text.contains(u"UID:0190a1b2-0000-7000-8000-000000000001\r\nDTSTAMP:20261129T091530Z\r\n"_s));
    CHECK(text.contains(u"LOCATION:本社 会議室A\\; 3F\r\n"_s));
    CHECK(text.contains(u"DESCRIPTION:Agenda:\\n1. Plant\\n2. Budget\\, 2027\r\n"_s));
    CHECK(text.contains(u"CN=Mohamed Aref Hassani:urn:uuid:0190a1b2-0000-7000-8000-0000000000aa\r\n"_s));
    CHECK(text.contains(u"CN=\"Interpreter, Sato\":urn:uuid:"_s));
    CHECK(text.contains(u"BEGIN:VTODO\r\nUID:0190a1b2-0000-7000-8000-000000000003\r\nDTSTAMP:20261129T091530Z\r\n"
                        "SUMMARY:Send the incentive brochure\r\nDUE;VALUE=DATE:20261210\r\nSTATUS:NEEDS-ACTION\r\n"_s));
    // The same input writes the same file: the attendee without an id gets a stable address.
    CHECK(ICalendarWriter::write({tokyoMeeting(), newYorkMeeting()}, {followUp()}, kClock) == ics);
    for (const QByteArray &line : ics.split('\n')) {
        CHECK(line.size() <= 76); // 75 octets and the CR
    }
}

TEST_CASE("a meeting without a start or in an unknown zone is refused", "[icalendar]")
{
    CalendarEvent noStart = tokyoMeeting();
    noStart.start = {};
    CHECK_THROWS_WITH(ICalendarWriter::write({noStart}, {}, kClock), Catch::Contains("has no start time"));
    CalendarEvent nowhere = tokyoMeeting();
    nowhere.timeZone = u"Mars/Olympus_Mons"_s;
    CHECK_THROWS_AS(ICalendarWriter::write({nowhere}, {}, kClock), crm::Error);
}

TEST_CASE("python3-icalendar reads our calendar: zones, times, attendees and due dates as written",
          "[icalendar][realreader]")
{
    const QByteArray ics = ICalendarWriter::write({tokyoMeeting(), newYorkMeeting()}, {followUp()}, kClock);
    const QString script = uR"(
import json, sys, icalendar
text = lambda v: v.decode() if isinstance(v, bytes) else v
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
out = {'zones': [], 'events': [], 'todos': []}
for c in cal.walk():
    if c.name == 'VTIMEZONE':
        out['zones'].append({'tzid': str(c['TZID']),
            'observances': [[s.name, s['DTSTART'].dt.isoformat(), text(s['TZOFFSETFROM'].to_ical()),
                             text(s['TZOFFSETTO'].to_ical())] for s in c.subcomponents]})
    elif c.name == 'VEVENT':
        atts = c.get('ATTENDEE', [])
        if not isinstance(atts, list):
            atts = [atts]
        out['events'].append({'uid': str(c['UID']), 'summary': str(c['SUMMARY']),
            'tzid': c['DTSTART'].params.get('TZID'), 'start': c['DTSTART'].dt.replace(tzinfo=None).isoformat(),
            'end': c['DTEND'].dt.replace(tzinfo=None).isoformat(), 'location': str(c.get('LOCATION', '')),
            'description': str(c.get('DESCRIPTION', '')),
            'attendees': [[a.params.get('CN'), str(a)] for a in atts]})
    elif c.name == 'VTODO':
        out['todos'].append({'uid': str(c['UID']), 'summary': str(c['SUMMARY']), 'due': c['DUE'].dt.isoformat()})
print(json.dumps(out, ensure_ascii=False))
)"_s;
    const QJsonObject read =
        QJsonDocument::fromJson(crm::test::runPython(u"icalendar"_s, script, ics).toUtf8()).object();

    const QJsonArray zones = read[u"zones"_s].toArray();
    REQUIRE(zones.size() == 2);
    CHECK(zones.at(0)[u"tzid"_s].toString() == u"America/New_York"_s);
    CHECK(zones.at(0)[u"observances"_s].toArray().size() == 3);
    CHECK(zones.at(0)[u"observances"_s].toArray().at(1).toArray() ==
          QJsonArray{u"DAYLIGHT"_s, u"2026-03-08T02:00:00"_s, u"-0500"_s, u"-0400"_s});
    CHECK(zones.at(1)[u"tzid"_s].toString() == u"Asia/Tokyo"_s);
    CHECK(zones.at(1)[u"observances"_s].toArray().at(0).toArray() ==
          QJsonArray{u"STANDARD"_s, u"2026-01-01T09:00:00"_s, u"+0900"_s, u"+0900"_s});

    const QJsonArray events = read[u"events"_s].toArray();
    REQUIRE(events.size() == 2);
    const QJsonObject tokyo = events.at(0).toObject();
    CHECK(tokyo[u"summary"_s].toString() == tokyoMeeting().title);
    CHECK(tokyo[u"tzid"_s].toString() == u"Asia/Tokyo"_s);
    CHECK(tokyo[u"start"_s].toString() == u"2026-12-03T10:00:00"_s);
    CHECK(tokyo[u"end"_s].toString() == u"2026-12-03T11:30:00"_s);
    CHECK(tokyo[u"location"_s].toString() == tokyoMeeting().place);
    CHECK(tokyo[u"description"_s].toString() == tokyoMeeting().description);
    const QJsonArray attendees = tokyo[u"attendees"_s].toArray();
    REQUIRE(attendees.size() == 3);
    CHECK(attendees.at(0).toArray() == QJsonArray{u"山田 太郎"_s, u"mailto:taro.yamada@example.co.jp"_s});
    CHECK(attendees.at(1).toArray() ==
          QJsonArray{u"Mohamed Aref Hassani"_s, u"urn:uuid:0190a1b2-0000-7000-8000-0000000000aa"_s});
    CHECK(attendees.at(2).toArray().at(0).toString() == u"Interpreter, Sato"_s);
    CHECK(events.at(1)[u"tzid"_s].toString() == u"America/New_York"_s);
    CHECK(events.at(1)[u"start"_s].toString() == u"2026-03-09T09:00:00"_s);

    const QJsonArray todos = read[u"todos"_s].toArray();
    REQUIRE(todos.size() == 1);
    CHECK(todos.at(0)[u"due"_s].toString() == u"2026-12-10"_s);
    CHECK(todos.at(0)[u"summary"_s].toString() == u"Send the incentive brochure"_s);
}
