#include "agency.h"

#include "validation.h"

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

FieldErrors Agency::validate() const
{
    Validator v;
    v.required(u"name"_s, name);
    v.maxLength(u"name"_s, name, 300);
    v.maxLength(u"acronym"_s, acronym, 30);
    v.country(u"country"_s, country, true);
    v.website(u"website"_s, website);
    return v.errors();
}

QString Agency::displayTitle() const
{
    return acronym.isEmpty() ? name : acronym + u" \u2013 "_s + name;
}

} // namespace crm
