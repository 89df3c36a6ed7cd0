#pragma once

#include "recordkind.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

// The one rule by which two records of a kind look like the same one (issue 19): the form's
// warning, the Find Duplicates scan and the importer all compare these keys. Pure text functions:
// no SQL, no database; the match-key table in storage holds what matchKeys() gives.
namespace crm {

// Why two records look alike, strongest evidence first.
enum class DuplicateReason
{
    Email,   // the same e-mail address, case ignored
    Phone,   // the same phone number in E.164 form (+81 for a Japanese national number)
    Website, // the same website domain, without www. and the path
    Name,    // the same name folded (legal forms, width, case, accents, variant kanji, kana ignored)
    Alias,   // a name of one is an alias (or acronym) of the other
};

// Kana romanised in Hepburn, on text folded by foldText() (so katakana is hiragana by then):
// "やざき" -> "yazaki", "とうきょう" -> "tokyo" (long vowels as one letter, like the folded "ō"),
// "しんばし" -> "shinbashi", "きって" -> "kitte". Other characters are kept as they are.
QString romaniseKana(const QString &folded);

// A name as compared: foldForSearch() with whitespace simplified; empty for no name.
QString nameKey(const QString &name);
// The same with kana romanised, so that "ヤザキ" and "Yazaki" meet; empty when the name has no kana
// (it would repeat nameKey()).
QString romanisedNameKey(const QString &name);
// An e-mail address trimmed and in lower case; empty unless it has an "@".
QString emailKey(const QString &email);
// A phone number in E.164: "+81 3-1234-5678", "+81 (0)3 1234 5678", "0081 3 1234 5678", "03-1234-5678" and
// "０３−１２３４−５６７８" are all "+81312345678"; a number given with another country code
// ("+1 212 555 0100", "001 212 ...") keeps it; a number with neither a country code nor a leading
// 0 is its digits. Fewer than 6 digits is no key (an extension, a typo).
QString phoneKey(const QString &phone);
// A website's host in lower case without "www.": "https://www.yazaki.co.jp/en" and "yazaki.co.jp"
// are both "yazaki.co.jp". No key without a dotted host.
QString websiteKey(const QString &website);

// One key of a record: two records with the same key (and the same reason class: names and aliases
// compare with each other) look alike.
struct MatchKey
{
    DuplicateReason reason = DuplicateReason::Name; // Name or Alias for names
    QString key;            // the class prefix ("n:", "e:", "p:", "w:") and the normalised value
    QString value;          // as written in the record, to show why
    bool romanised = false; // a name key that took kana romanisation (ヤザキ as "yazaki")
};

// The kinds that are checked for duplicates: investors, contacts, agencies, delegates.
const QList<RecordKind> &duplicateKinds();
bool hasDuplicateCheck(RecordKind kind);

// Every key of a record of the kind (storage or JSON form: the fields read are plain text and text
// lists), without repeats. Organisations: each name (name, Latin name, reading, name in its own
// language) and each alias or acronym, folded and romanised. People: the full name in each script
// (native, Latin, reading), its words in alphabetical order so that "Taro Yamada" meets "山田 太郎"'s
// reading "やまだ たろう"; a family name alone is no key. Then e-mail, each phone, the website.
QList<MatchKey> matchKeys(RecordKind kind, const QVariantMap &record);

// "email", "phone", "website", "name", "alias": how storage, --json and scripts name a reason.
QString duplicateReasonCode(DuplicateReason reason);
std::optional<DuplicateReason> duplicateReasonFromCode(const QString &code);

// How strongly one shared key says "the same record", 0 to 100: e-mail 95, phone 90, website 85,
// name 80 (70 when it took romanisation to meet), alias 65.
int duplicateScore(DuplicateReason reason, bool romanised = false);
// Several reasons together: the strongest, plus 5 for each other reason, at most 100.
int combinedScore(const QList<int> &scores);

} // namespace crm
