#include "vcardwriter.h"

#include "contentline.h"
#include "domain/personname.h"

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {

using contentline::escapeText;
using contentline::fold;
using contentline::paramValue;

QString joined(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty()) {
        return first + second;
    }
    return first + u' ' + second;
}

void writeCard(const VCardContact &contact, VCardVersion version, QByteArray &out)
{
    const QVariantMap &r = contact.record;
    const auto text = [&r](const char *key) { return r.value(QString::fromLatin1(key)).toString().trimmed(); };
    const bool v4 = version == VCardVersion::V4;
    const QString family = text("family_name");
    const QString given = text("given_name");
    const QString familyReading = text("family_name_reading");
    const QString givenReading = text("given_name_reading");
    const bool hasReading = !familyReading.isEmpty() || !givenReading.isEmpty();
    const QString order = text("name_order");
    const bool familyFirst = order.isEmpty() ? PersonName::looksEastAsian(family + given) : order == u"family_first"_s;

    out += fold(u"BEGIN:VCARD"_s);
    out += fold(v4 ? u"VERSION:4.0"_s : u"VERSION:3.0"_s);
    out += fold(u"PRODID:-//Delegates CRM//vCard export//EN"_s);
    if (const QString id = text("id"); !id.isEmpty()) {
        out += fold(u"UID:"_s + (v4 ? u"urn:uuid:"_s : QString()) + escapeText(id));
    }
    QString n = u"N"_s;
    if (v4 && hasReading) {
        QStringList sortAs{familyReading};
        if (!givenReading.isEmpty()) {
            sortAs << givenReading;
        }
        n += u";SORT-AS="_s + paramValue(sortAs.join(u','));
    }
    out += fold(n + u':' + escapeText(family) + u';' + escapeText(given) + u";;;"_s);
    out += fold(u"FN:"_s + escapeText(familyFirst ? joined(family, given) : joined(given, family)));
    if (!familyReading.isEmpty()) {
        out += fold(u"X-PHONETIC-LAST-NAME:"_s + escapeText(familyReading));
    }
    if (!givenReading.isEmpty()) {
        out += fold(u"X-PHONETIC-FIRST-NAME:"_s + escapeText(givenReading));
    }
    if (!v4 && hasReading) {
        out += fold(u"SORT-STRING:"_s + escapeText(joined(familyReading, givenReading)));
    }
    if (const QString latin = joined(text("latin_given_name"), text("latin_family_name")); !latin.isEmpty()) {
        out += fold(u"NICKNAME:"_s + escapeText(latin));
    }
    const QString department = text("department");
    if (!contact.organisation.trimmed().isEmpty() || !department.isEmpty()) {
        QString org = u"ORG:"_s + escapeText(contact.organisation.trimmed());
        if (!department.isEmpty()) {
            org += u';' + escapeText(department);
        }
        out += fold(org);
    }
    if (const QString title = text("title"); !title.isEmpty()) {
        out += fold(u"TITLE:"_s + escapeText(title));
    }
    if (const QString email = text("email"); !email.isEmpty()) {
        out += fold((v4 ? u"EMAIL;TYPE=work:"_s : u"EMAIL;TYPE=INTERNET,WORK:"_s) + escapeText(email));
    }
    for (const QString &phone : r.value(u"phones"_s).toStringList()) {
        if (!phone.trimmed().isEmpty()) {
            out += fold((v4 ? u"TEL;TYPE=work,voice:"_s : u"TEL;TYPE=WORK,VOICE:"_s) + escapeText(phone.trimmed()));
        }
    }
    if (const QString notes = r.value(u"notes"_s).toString(); !notes.trimmed().isEmpty()) {
        out += fold(u"NOTE:"_s + escapeText(notes));
    }
    out += fold(u"END:VCARD"_s);
}

} // namespace

QByteArray writeVCards(const QList<VCardContact> &contacts, VCardVersion version)
{
    QByteArray out;
    for (const VCardContact &contact : contacts) {
        writeCard(contact, version, out);
    }
    return out;
}

} // namespace crm::interchange
