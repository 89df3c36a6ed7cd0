#pragma once

#include "table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Business cards from phones, Outlook and card-scanning apps (vCard 4.0, RFC 6350; 3.0, RFC 2426;
// and the 2.1 that older Japanese phones still write) as a Table with one row per card and columns
// named after the contact's JSON fields (docs/json-format.md), plus "investor": the company of ORG,
// which the import matches to an investor by name.
//
// How a card becomes a row:
// - family_name/given_name from N (further given names joined with a space); from FN when N is
//   missing or empty ("山田 太郎" family-first, "Taro Yamada" given-first, "Yamada, Taro").
// - When the card names the person both in kanji/kana and in Latin letters (two N with ALTID, a
//   Latin N beside a kanji FN, a Latin FN, or a NICKNAME of two or more Latin words, where our writer
//   puts the romanised name), the kanji name fills family/given_name and the Latin one
//   latin_family_name/latin_given_name. A card with only a Latin name fills family/given_name.
// - Readings, first found: X-PHONETIC-LAST-NAME/-FIRST-NAME (iOS, Android), SORT-AS on N (4.0),
//   SOUND;X-IRMC-N (docomo, au, Android's Japanese export), SORT-STRING (3.0). A reading written as
//   one text is split at a space; unsplit it goes to family_name_reading. Half-width katakana
//   become full-width (NFKC).
// - ORG's first component is "investor", the further ones "department"; TITLE is title; the
//   preferred EMAIL (else the first) is email; every TEL is in phones, one per line.
// - NOTE, then further e-mails, addresses (ADR), websites (URL) and roles, each on a line, are notes.
// - Photos and logos are ignored with a note in Table::notes.
// Values are UTF-8 unless a CHARSET parameter names another encoding (Shift_JIS...), which is
// then decoded with Qt's ICU converters; text that is not UTF-8 without CHARSET is read as
// Shift_JIS (CP932), or as the encoding given.
namespace crm::interchange {

class VCardReader final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::VCardReader)

public:
    // The columns of the table read, in order.
    static QStringList columns();

    // Throws crm::Error (Invalid), naming the line, for an empty file, a file with no card, a card
    // without END:VCARD, a BEGIN:VCARD inside a card, an unsupported VERSION, and a file or line
    // past the limits in vcardlexer.h. encoding, when given, overrides the detection for values
    // without CHARSET.
    static Table read(const QByteArray &data, const QString &encoding = {});
};

} // namespace crm::interchange
