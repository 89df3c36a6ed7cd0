#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

// Contacts and delegates written as vCards that phones and Outlook read (4.0, RFC 6350, and 3.0,
// RFC 2426, for older phones), in UTF-8 with CRLF and lines folded at 75 octets.
//
// Where each field goes, so that a Japanese phone shows it:
// - N family;given and FN in the name's order (山田 太郎 family-first; "Mohamed Aref Hassani"
//   given-first), from name_order or, when it is missing, from the script.
// - Readings as X-PHONETIC-LAST-NAME/X-PHONETIC-FIRST-NAME (iOS and Android show and sort by them),
//   and SORT-AS on N (4.0) or SORT-STRING (3.0) for the others.
// - The romanised name (latin_given_name latin_family_name, given-first) as NICKNAME: the field
//   iOS, Android and Outlook all show on the card; VCardReader reads it back as the Latin name.
// - ORG: organisation;department, TITLE, EMAIL, one TEL per phone, NOTE, and UID from the record id.
namespace crm::interchange {

enum class VCardVersion
{
    V3,
    V4
};

struct VCardContact
{
    // A contact or delegate in the JSON form of docs/json-format.md (family_name, given_name,
    // readings, latin names, name_order, title, department, email, phones, notes, id).
    QVariantMap record;
    // The investor's name for a contact, the agency's for a delegate; empty when unknown.
    QString organisation;
};

QByteArray writeVCards(const QList<VCardContact> &contacts, VCardVersion version);

} // namespace crm::interchange
