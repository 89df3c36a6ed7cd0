#include "officer.h"

#include "validation.h"

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

FieldErrors Officer::validate() const
{
    Validator v;
    v.required(u"name"_s, name);
    v.maxLength(u"name"_s, name, 200);
    static const QRegularExpression letters(u"^\\p{L}{1,5}$"_s);
    if (initials.isEmpty()) {
        v.required(u"initials"_s, initials);
    } else if (!letters.match(initials).hasMatch()) {
        v.fail(u"initials"_s, QCoreApplication::translate("crm::Officer", "must be 1 to 5 letters"));
    }
    v.email(u"email"_s, email);
    return v.errors();
}

} // namespace crm
