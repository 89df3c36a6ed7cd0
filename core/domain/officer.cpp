#include "officer.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm {

Officer Officer::read(MapReader &r)
{
    Officer o;
    o.name = r.text(u"name"_s);
    o.initials = r.text(u"initials"_s).toUpper();
    o.email = r.text(u"email"_s);
    o.active = r.boolean(u"active"_s, true);
    return o;
}

QVariantMap Officer::toMap(MapFormat) const
{
    return {{u"name"_s, name}, {u"initials"_s, initials}, {u"email"_s, mapvalue::text(email)}, {u"active"_s, active}};
}

} // namespace crm
