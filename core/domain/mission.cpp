#include "mission.h"

#include "validation.h"

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

FieldErrors Mission::validate() const
{
    Validator v;
    v.oneOf(u"kind"_s, kind, kinds(), true);
    v.required(u"title"_s, title);
    v.maxLength(u"title"_s, title, 300);
    v.requiredDate(u"start_date"_s, start);
    v.requiredDate(u"end_date"_s, end);
    v.dateOrder(u"end_date"_s, start, end);
    for (qsizetype i = 0; i < participants.size(); ++i) {
        Validator pv(u"participants[%1]"_s.arg(i));
        pv.oneOf(u"person_kind"_s, participants[i].personKind, {u"delegate"_s, u"contact"_s, u"officer"_s}, true);
        pv.recordId(u"person_id"_s, participants[i].personId, true);
        v.merge(pv.errors());
    }
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        Validator av(u"agenda[%1]"_s.arg(i));
        if (!agenda[i].startsAt) {
            av.fail(u"starts_at"_s, QCoreApplication::translate("crm::Mission", "is required"));
        }
        av.required(u"description"_s, agenda[i].description);
        av.recordId(u"meeting_id"_s, agenda[i].meetingId);
        v.merge(av.errors());
    }
    return v.errors();
}

} // namespace crm
