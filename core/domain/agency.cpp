#include "agency.h"

using namespace Qt::StringLiterals;

namespace crm {

Agency Agency::read(MapReader &r)
{
    Agency a;
    a.name = r.text(u"name"_s);
    a.acronym = r.text(u"acronym"_s);
    a.country = r.text(u"country"_s).toUpper();
    a.notes = r.text(u"notes"_s);
    return a;
}

QVariantMap Agency::toMap(MapFormat) const
{
    return {{u"name"_s, name},
            {u"acronym"_s, mapvalue::text(acronym)},
            {u"country"_s, mapvalue::text(country)},
            {u"notes"_s, mapvalue::text(notes)}};
}

} // namespace crm
