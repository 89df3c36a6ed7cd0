#include "investor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm {

Investor Investor::read(MapReader &r)
{
    Investor i;
    i.name = r.text(u"name"_s);
    i.nameLatin = r.text(u"name_latin"_s);
    i.nameReading = r.text(u"name_reading"_s);
    i.aliases = r.textList(u"aliases"_s);
    i.sector = r.text(u"sector"_s);
    i.hqCountry = r.text(u"hq_country"_s).toUpper();
    i.parentId = r.text(u"parent_id"_s);
    i.employees = r.integer(u"employees"_s);
    i.notes = r.text(u"notes"_s);
    i.confidential = r.boolean(u"confidential"_s, false);
    return i;
}

QVariantMap Investor::toMap(MapFormat) const
{
    return {{u"name"_s, name},
            {u"name_latin"_s, mapvalue::text(nameLatin)},
            {u"name_reading"_s, mapvalue::text(nameReading)},
            {u"aliases"_s, mapvalue::textList(aliases)},
            {u"sector"_s, mapvalue::text(sector)},
            {u"hq_country"_s, mapvalue::text(hqCountry)},
            {u"parent_id"_s, mapvalue::text(parentId)},
            {u"employees"_s, mapvalue::integer(employees)},
            {u"notes"_s, mapvalue::text(notes)},
            {u"confidential"_s, confidential}};
}

} // namespace crm
