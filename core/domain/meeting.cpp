#include "meeting.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crm {

Meeting Meeting::read(MapReader &r)
{
    Meeting m;
    m.startsAt = r.instant(u"starts_at"_s);
    const QString zone = r.text(u"time_zone"_s);
    if (!zone.isEmpty()) {
        m.timeZone = zone;
    }
    m.place = r.text(u"place"_s);
    m.missionId = r.text(u"mission_id"_s);
    m.investorId = r.text(u"investor_id"_s);
    m.language = r.text(u"language"_s);
    m.interestLevel = r.integer(u"interest_level"_s);
    m.nextStep = r.text(u"next_step"_s);
    m.summary = r.text(u"summary"_s);
    m.confidential = r.boolean(u"confidential"_s, false);
    r.objects(u"attendees"_s, [&m](MapReader &e) {
        m.attendees.append({e.text(u"id"_s), e.text(u"side"_s), e.text(u"person_kind"_s), e.text(u"person_id"_s),
                            e.text(u"name"_s), e.text(u"role"_s)});
    });
    return m;
}

QVariantMap Meeting::toMap(MapFormat format) const
{
    QVariantList attendeeList;
    for (const Attendee &a : attendees) {
        attendeeList << QVariantMap{{u"id"_s, mapvalue::text(a.id)},     {u"side"_s, a.side},
                                    {u"person_kind"_s, a.personKind},    {u"person_id"_s, mapvalue::text(a.personId)},
                                    {u"name"_s, mapvalue::text(a.name)}, {u"role"_s, mapvalue::text(a.role)}};
    }
    QVariant starts = mapvalue::instant(startsAt);
    const QTimeZone zone(timeZone.toUtf8());
    const int offset = startsAt && zone.isValid() ? zone.offsetFromUtc(*startsAt) : 0;
    // Shown in the meeting's own zone: "10:00 in Tokyo" is what the officer entered. An offset with
    // seconds (local mean time before the zone's standard time: Tokyo before 1888) does not fit
    // ISO 8601's +hh:mm, and writing it cut moved the meeting at every update: such a time stays UTC.
    if (format == MapFormat::Json && startsAt && zone.isValid() && offset % 60 == 0) {
        starts = startsAt->toOffsetFromUtc(offset).toString(Qt::ISODate);
    }
    return {{u"starts_at"_s, starts},
            {u"time_zone"_s, timeZone},
            {u"place"_s, mapvalue::text(place)},
            {u"mission_id"_s, mapvalue::text(missionId)},
            {u"investor_id"_s, mapvalue::text(investorId)},
            {u"language"_s, mapvalue::text(language)},
            {u"interest_level"_s, mapvalue::integer(interestLevel)},
            {u"next_step"_s, mapvalue::text(nextStep)},
            {u"summary"_s, mapvalue::text(summary)},
            {u"confidential"_s, confidential},
            {u"attendees"_s, attendeeList}};
}

} // namespace crm
