#include "contact.h"

using namespace Qt::StringLiterals;

namespace crm {

Contact Contact::read(MapReader &r)
{
    Contact c;
    c.name = PersonName::read(r);
    c.investorId = r.text(u"investor_id"_s);
    c.title = r.text(u"title"_s);
    c.email = r.text(u"email"_s);
    c.activeFrom = r.date(u"active_from"_s);
    c.activeTo = r.date(u"active_to"_s);
    c.notes = r.text(u"notes"_s);
    return c;
}

QVariantMap Contact::toMap(MapFormat) const
{
    QVariantMap m;
    name.write(m);
    m[u"investor_id"_s] = mapvalue::text(investorId);
    m[u"title"_s] = mapvalue::text(title);
    m[u"email"_s] = mapvalue::text(email);
    m[u"active_from"_s] = mapvalue::date(activeFrom);
    m[u"active_to"_s] = mapvalue::date(activeTo);
    m[u"notes"_s] = mapvalue::text(notes);
    return m;
}

} // namespace crm
