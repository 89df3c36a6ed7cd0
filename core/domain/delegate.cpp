#include "delegate.h"

using namespace Qt::StringLiterals;

namespace crm {

Delegate Delegate::read(MapReader &r)
{
    Delegate d;
    d.name = PersonName::read(r);
    d.agencyId = r.text(u"agency_id"_s);
    d.country = r.text(u"country"_s).toUpper();
    d.title = r.text(u"title"_s);
    d.email = r.text(u"email"_s);
    d.phones = r.textList(u"phones"_s);
    d.languages = r.textList(u"languages"_s);
    d.sectors = r.textList(u"sectors"_s);
    const QString status = r.text(u"status"_s);
    if (!status.isEmpty()) {
        d.status = status;
    }
    d.notes = r.text(u"notes"_s);
    d.confidential = r.boolean(u"confidential"_s, false);
    r.objects(u"stays"_s, [&d](MapReader &e) {
        d.stays.append({e.text(u"id"_s), e.partialDate(u"start_date"_s), e.partialDate(u"end_date"_s),
                        e.text(u"host_office"_s), e.text(u"notes"_s)});
    });
    r.objects(u"positions"_s, [&d](MapReader &e) {
        d.positions.append({e.text(u"id"_s), e.text(u"organisation"_s), e.text(u"title"_s),
                            e.partialDate(u"from_date"_s), e.partialDate(u"to_date"_s)});
    });
    return d;
}

QVariantMap Delegate::toMap(MapFormat) const
{
    QVariantMap m;
    name.write(m);
    m[u"agency_id"_s] = mapvalue::text(agencyId);
    m[u"country"_s] = mapvalue::text(country);
    m[u"title"_s] = mapvalue::text(title);
    m[u"email"_s] = mapvalue::text(email);
    m[u"phones"_s] = mapvalue::textList(phones);
    m[u"languages"_s] = mapvalue::textList(languages);
    m[u"sectors"_s] = mapvalue::textList(sectors);
    m[u"status"_s] = status;
    m[u"notes"_s] = mapvalue::text(notes);
    m[u"confidential"_s] = confidential;
    QVariantList stayList;
    for (const ProgrammeStay &s : stays) {
        stayList << QVariantMap{{u"id"_s, mapvalue::text(s.id)},
                                {u"start_date"_s, mapvalue::partialDate(s.start)},
                                {u"end_date"_s, mapvalue::partialDate(s.end)},
                                {u"host_office"_s, mapvalue::text(s.hostOffice)},
                                {u"notes"_s, mapvalue::text(s.notes)}};
    }
    m[u"stays"_s] = stayList;
    QVariantList positionList;
    for (const CareerPosition &p : positions) {
        positionList << QVariantMap{{u"id"_s, mapvalue::text(p.id)},
                                    {u"organisation"_s, mapvalue::text(p.organisation)},
                                    {u"title"_s, mapvalue::text(p.title)},
                                    {u"from_date"_s, mapvalue::partialDate(p.from)},
                                    {u"to_date"_s, mapvalue::partialDate(p.to)}};
    }
    m[u"positions"_s] = positionList;
    return m;
}

} // namespace crm
