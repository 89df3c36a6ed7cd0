#include "mission.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm {

const QStringList &Mission::kinds()
{
    static const QStringList list{u"programme_stay"_s, u"investor_mission"_s, u"seminar"_s, u"trade_fair"_s,
                                  u"other"_s};
    return list;
}

Mission Mission::read(MapReader &r)
{
    Mission m;
    m.kind = r.text(u"kind"_s);
    m.title = r.text(u"title"_s);
    m.start = r.date(u"start_date"_s);
    m.end = r.date(u"end_date"_s);
    m.places = r.textList(u"places"_s);
    m.notes = r.text(u"notes"_s);
    m.confidential = r.boolean(u"confidential"_s, false);
    r.objects(u"participants"_s, [&m](MapReader &e) {
        m.participants.append({e.text(u"id"_s), e.text(u"person_kind"_s), e.text(u"person_id"_s), e.text(u"role"_s)});
    });
    r.objects(u"agenda"_s, [&m](MapReader &e) {
        m.agenda.append({e.text(u"id"_s), e.instant(u"starts_at"_s), e.text(u"place"_s), e.text(u"description"_s),
                         e.text(u"meeting_id"_s)});
    });
    return m;
}

QVariantMap Mission::toMap(MapFormat) const
{
    QVariantList participantList;
    for (const MissionParticipant &p : participants) {
        participantList << QVariantMap{{u"id"_s, mapvalue::text(p.id)},
                                       {u"person_kind"_s, p.personKind},
                                       {u"person_id"_s, p.personId},
                                       {u"role"_s, mapvalue::text(p.role)}};
    }
    QVariantList agendaList;
    for (const AgendaItem &a : agenda) {
        agendaList << QVariantMap{{u"id"_s, mapvalue::text(a.id)},
                                  {u"starts_at"_s, mapvalue::instant(a.startsAt)},
                                  {u"place"_s, mapvalue::text(a.place)},
                                  {u"description"_s, mapvalue::text(a.description)},
                                  {u"meeting_id"_s, mapvalue::text(a.meetingId)}};
    }
    return {{u"kind"_s, kind},
            {u"title"_s, title},
            {u"start_date"_s, mapvalue::date(start)},
            {u"end_date"_s, mapvalue::date(end)},
            {u"places"_s, mapvalue::textList(places)},
            {u"notes"_s, mapvalue::text(notes)},
            {u"confidential"_s, confidential},
            {u"participants"_s, participantList},
            {u"agenda"_s, agendaList}};
}

} // namespace crm
