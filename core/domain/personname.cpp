#include "personname.h"

#include "fieldmap.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
QString joined(const QString &first, const QString &second, QChar separator = u' ')
{
    if (first.isEmpty()) {
        return second;
    }
    if (second.isEmpty()) {
        return first;
    }
    return first + separator + second;
}

QString orderName(PersonName::Order order)
{
    return order == PersonName::Order::FamilyFirst ? u"family_first"_s : u"given_first"_s;
}
} // namespace

QString PersonName::displayName() const
{
    return order == Order::FamilyFirst ? joined(family, given) : joined(given, family);
}

QString PersonName::latinName() const
{
    return joined(latinGiven, latinFamily);
}

QString PersonName::readingName() const
{
    return joined(familyReading, givenReading);
}

QString PersonName::sortKey() const
{
    const QString reading = readingName();
    if (!reading.isEmpty()) {
        return reading;
    }
    // Family name first so that lists group by family, whatever the display order.
    return joined(family, given);
}

bool PersonName::looksEastAsian(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)) {
            return true;
        }
    }
    return false;
}

PersonName PersonName::read(MapReader &r)
{
    PersonName n;
    n.family = r.text(u"family_name"_s);
    n.given = r.text(u"given_name"_s);
    n.familyReading = r.text(u"family_name_reading"_s);
    n.givenReading = r.text(u"given_name_reading"_s);
    n.latinFamily = r.text(u"latin_family_name"_s);
    n.latinGiven = r.text(u"latin_given_name"_s);
    const QString order = r.text(u"name_order"_s);
    if (order.isEmpty()) {
        n.order = looksEastAsian(n.family + n.given) ? Order::FamilyFirst : Order::GivenFirst;
    } else if (order == u"family_first"_s) {
        n.order = Order::FamilyFirst;
    } else if (order == u"given_first"_s) {
        n.order = Order::GivenFirst;
    } else {
        r.addError(u"name_order"_s,
                   QCoreApplication::translate("crm::PersonName", "must be family_first or given_first"));
    }
    return n;
}

void PersonName::write(QVariantMap &m) const
{
    m[u"family_name"_s] = mapvalue::text(family);
    m[u"given_name"_s] = mapvalue::text(given);
    m[u"family_name_reading"_s] = mapvalue::text(familyReading);
    m[u"given_name_reading"_s] = mapvalue::text(givenReading);
    m[u"latin_family_name"_s] = mapvalue::text(latinFamily);
    m[u"latin_given_name"_s] = mapvalue::text(latinGiven);
    m[u"name_order"_s] = orderName(order);
}

} // namespace crm
