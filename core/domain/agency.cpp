#include "agency.h"

using namespace Qt::StringLiterals;

namespace crm {

Agency Agency::read(MapReader &r)
{
    Agency a;
    a.name = r.text(u"name"_s);
    a.nameNative = r.text(u"name_native"_s);
    a.acronym = r.text(u"acronym"_s);
    a.country = r.text(u"country"_s).toUpper();
    a.website = r.text(u"website"_s);
    a.notes = r.text(u"notes"_s);
    return a;
}

QVariantMap Agency::toMap(MapFormat) const
{
    return {{u"name"_s, name},
            {u"name_native"_s, mapvalue::text(nameNative)},
            {u"acronym"_s, mapvalue::text(acronym)},
            {u"country"_s, mapvalue::text(country)},
            {u"website"_s, mapvalue::text(website)},
            {u"notes"_s, mapvalue::text(notes)}};
}

} // namespace crm
