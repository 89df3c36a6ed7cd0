#include "similarity.h"

#include "textfold.h"

#include <QHash>
#include <QSet>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {

// Hepburn for each hiragana (katakana is folded to hiragana before), and the two-kana sounds
// written with a small ゃ, ゅ or ょ.
const QHash<QString, QString> &kanaTable()
{
    static const QHash<QString, QString> table = [] {
        const char16_t *pairs[][2] = {
            {u"あ", u"a"},     {u"い", u"i"},     {u"う", u"u"},     {u"え", u"e"},     {u"お", u"o"},
            {u"か", u"ka"},    {u"き", u"ki"},    {u"く", u"ku"},    {u"け", u"ke"},    {u"こ", u"ko"},
            {u"が", u"ga"},    {u"ぎ", u"gi"},    {u"ぐ", u"gu"},    {u"げ", u"ge"},    {u"ご", u"go"},
            {u"さ", u"sa"},    {u"し", u"shi"},   {u"す", u"su"},    {u"せ", u"se"},    {u"そ", u"so"},
            {u"ざ", u"za"},    {u"じ", u"ji"},    {u"ず", u"zu"},    {u"ぜ", u"ze"},    {u"ぞ", u"zo"},
            {u"た", u"ta"},    {u"ち", u"chi"},   {u"つ", u"tsu"},   {u"て", u"te"},    {u"と", u"to"},
            {u"だ", u"da"},    {u"ぢ", u"ji"},    {u"づ", u"zu"},    {u"で", u"de"},    {u"ど", u"do"},
            {u"な", u"na"},    {u"に", u"ni"},    {u"ぬ", u"nu"},    {u"ね", u"ne"},    {u"の", u"no"},
            {u"は", u"ha"},    {u"ひ", u"hi"},    {u"ふ", u"fu"},    {u"へ", u"he"},    {u"ほ", u"ho"},
            {u"ば", u"ba"},    {u"び", u"bi"},    {u"ぶ", u"bu"},    {u"べ", u"be"},    {u"ぼ", u"bo"},
            {u"ぱ", u"pa"},    {u"ぴ", u"pi"},    {u"ぷ", u"pu"},    {u"ぺ", u"pe"},    {u"ぽ", u"po"},
            {u"ま", u"ma"},    {u"み", u"mi"},    {u"む", u"mu"},    {u"め", u"me"},    {u"も", u"mo"},
            {u"や", u"ya"},    {u"ゆ", u"yu"},    {u"よ", u"yo"},    {u"ら", u"ra"},    {u"り", u"ri"},
            {u"る", u"ru"},    {u"れ", u"re"},    {u"ろ", u"ro"},    {u"わ", u"wa"},    {u"ゐ", u"i"},
            {u"ゑ", u"e"},     {u"を", u"o"},     {u"ん", u"n"},     {u"ゔ", u"vu"},    {u"ぁ", u"a"},
            {u"ぃ", u"i"},     {u"ぅ", u"u"},     {u"ぇ", u"e"},     {u"ぉ", u"o"},     {u"ゃ", u"ya"},
            {u"ゅ", u"yu"},    {u"ょ", u"yo"},    {u"ゎ", u"wa"},    {u"きゃ", u"kya"}, {u"きゅ", u"kyu"},
            {u"きょ", u"kyo"}, {u"ぎゃ", u"gya"}, {u"ぎゅ", u"gyu"}, {u"ぎょ", u"gyo"}, {u"しゃ", u"sha"},
            {u"しゅ", u"shu"}, {u"しょ", u"sho"}, {u"じゃ", u"ja"},  {u"じゅ", u"ju"},  {u"じょ", u"jo"},
            {u"ちゃ", u"cha"}, {u"ちゅ", u"chu"}, {u"ちょ", u"cho"}, {u"ぢゃ", u"ja"},  {u"ぢゅ", u"ju"},
            {u"ぢょ", u"jo"},  {u"にゃ", u"nya"}, {u"にゅ", u"nyu"}, {u"にょ", u"nyo"}, {u"ひゃ", u"hya"},
            {u"ひゅ", u"hyu"}, {u"ひょ", u"hyo"}, {u"びゃ", u"bya"}, {u"びゅ", u"byu"}, {u"びょ", u"byo"},
            {u"ぴゃ", u"pya"}, {u"ぴゅ", u"pyu"}, {u"ぴょ", u"pyo"}, {u"みゃ", u"mya"}, {u"みゅ", u"myu"},
            {u"みょ", u"myo"}, {u"りゃ", u"rya"}, {u"りゅ", u"ryu"}, {u"りょ", u"ryo"}, {u"しぇ", u"she"},
            {u"じぇ", u"je"},  {u"ちぇ", u"che"}, {u"ふぁ", u"fa"},  {u"ふぃ", u"fi"},  {u"ふぇ", u"fe"},
            {u"ふぉ", u"fo"},  {u"てぃ", u"ti"},  {u"でぃ", u"di"},  {u"うぃ", u"wi"},  {u"うぇ", u"we"},
            {u"うぉ", u"wo"},  {u"ゔぁ", u"va"},  {u"ゔぃ", u"vi"},  {u"ゔぇ", u"ve"},  {u"ゔぉ", u"vo"},
        };
        QHash<QString, QString> map;
        for (const auto &pair : pairs) {
            map.insert(QString::fromUtf16(pair[0]), QString::fromUtf16(pair[1]));
        }
        return map;
    }();
    return table;
}

bool isKana(QChar c)
{
    return (c.unicode() >= 0x3041 && c.unicode() <= 0x3096) || c.unicode() == 0x30FC;
}

// Hepburn writes a long o or u as one letter (ō, folded to o): おう, おお and うう are one vowel,
// as is a vowel followed by the long mark ー.
bool lengthens(const QString &romaji, QChar next)
{
    if (romaji.isEmpty() || next.unicode() == 0x30FC) {
        return !romaji.isEmpty() && next.unicode() == 0x30FC;
    }
    const QChar last = romaji.back();
    return (last == u'o' && (next == u'う' || next == u'お')) || (last == u'u' && next == u'う');
}

// The name's words in alphabetical order: a person's name compares whatever order it is written in.
QString sortedWords(const QString &key)
{
    QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words.join(u' ');
}

QStringList texts(const QVariant &value)
{
    QStringList out;
    if (value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList) {
        for (const QVariant &item : value.toList()) {
            out << item.toString();
        }
    } else if (!value.toString().trimmed().isEmpty()) {
        out << value.toString();
    }
    return out;
}

class KeyList final
{
public:
    void add(DuplicateReason reason, const QString &prefix, const QString &key, const QString &value,
             bool romanised = false)
    {
        if (key.isEmpty()) {
            return;
        }
        const QString full = prefix + key;
        if (!m_seen.contains(full)) {
            m_seen.insert(full);
            m_keys.append({reason, full, value, romanised});
        }
    }
    // A name and, when it has kana, its romanisation; a person's words in alphabetical order.
    void addName(DuplicateReason reason, const QString &name, bool person)
    {
        QString key = nameKey(name);
        QString romanised = romanisedNameKey(name);
        if (person) {
            // A person is found by a full name, never by one word of it: many people share a family name.
            if (key.count(u' ') < 1) {
                return;
            }
            key = sortedWords(key);
            romanised = sortedWords(romanised);
        }
        add(reason, u"n:"_s, key, name);
        add(reason, u"n:"_s, romanised, name, true);
    }
    QList<MatchKey> take() { return std::move(m_keys); }

private:
    QSet<QString> m_seen;
    QList<MatchKey> m_keys;
};

QString joined(const QVariantMap &record, const QString &first, const QString &second)
{
    const QString name = record.value(first).toString().trimmed() + u' ' + record.value(second).toString().trimmed();
    return name.trimmed();
}

} // namespace

QString romaniseKana(const QString &folded)
{
    const QHash<QString, QString> &table = kanaTable();
    QString out;
    out.reserve(folded.size() * 2);
    bool doubleNext = false; // after a small っ: the next consonant is doubled
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c == u'っ') {
            doubleNext = true;
            continue;
        }
        if (!isKana(c)) {
            out.append(c);
            doubleNext = false;
            continue;
        }
        if (c.unicode() == 0x30FC || lengthens(out, c)) {
            continue; // a long vowel: one letter, like the folded ō
        }
        QString romaji;
        if (i + 1 < folded.size()) {
            romaji = table.value(folded.mid(i, 2));
        }
        if (!romaji.isEmpty()) {
            ++i;
        } else {
            romaji = table.value(QString(c), QString(c));
        }
        if (doubleNext && !romaji.isEmpty() && romaji.front() != u'a' && romaji.front() != u'i' &&
            romaji.front() != u'u' && romaji.front() != u'e' && romaji.front() != u'o') {
            out.append(romaji.startsWith(u"ch"_s) ? QChar(u't') : romaji.front()); // きって kitte, まっちゃ matcha
        }
        doubleNext = false;
        out.append(romaji);
    }
    return out;
}

QString nameKey(const QString &name)
{
    return foldForSearch(name).simplified();
}

QString romanisedNameKey(const QString &name)
{
    const QString key = nameKey(name);
    if (std::none_of(key.cbegin(), key.cend(), isKana)) {
        return {};
    }
    return romaniseKana(key);
}

QString emailKey(const QString &email)
{
    const QString key = email.trimmed().toLower();
    return key.contains(u'@') ? key : QString();
}

QString phoneKey(const QString &phone)
{
    QString text = phone.trimmed();
    // "+81 (0)3 ...": the trunk 0 in brackets is dialled at home only.
    text.replace(u"(0)"_s, QString()).replace(u"（０）"_s, QString());
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += QChar(u'0' + c.digitValue()); // full-width digits too
        }
    }
    if (digits.size() < 6) {
        return {};
    }
    if (text.startsWith(u'+') || text.startsWith(u'＋')) {
        return u'+' + digits;
    }
    if (digits.startsWith(u"00"_s)) {
        return u'+' + digits.mid(2); // the international prefix of most countries
    }
    if (digits.startsWith(u"010"_s)) {
        return u'+' + digits.mid(3); // Japan's international prefix
    }
    if (digits.startsWith(u'0')) {
        return u"+81"_s + digits.mid(1); // a Japanese national number
    }
    return digits;
}

QString websiteKey(const QString &website)
{
    QString text = website.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (!text.contains(u"://"_s)) {
        text.prepend(u"http://"_s);
    }
    QString host = QUrl(text).host().toLower();
    if (host.startsWith(u"www."_s)) {
        host.remove(0, 4);
    }
    return host.contains(u'.') ? host : QString();
}

const QList<RecordKind> &duplicateKinds()
{
    static const QList<RecordKind> kinds{RecordKind::Investor, RecordKind::Contact, RecordKind::Agency,
                                         RecordKind::Delegate};
    return kinds;
}

bool hasDuplicateCheck(RecordKind kind)
{
    return duplicateKinds().contains(kind);
}

QList<MatchKey> matchKeys(RecordKind kind, const QVariantMap &record)
{
    KeyList keys;
    switch (kind) {
    case RecordKind::Investor:
        for (const QString &field : {u"name"_s, u"name_latin"_s, u"name_reading"_s}) {
            keys.addName(DuplicateReason::Name, record.value(field).toString(), false);
        }
        for (const QString &alias : texts(record.value(u"aliases"_s))) {
            keys.addName(DuplicateReason::Alias, alias, false);
        }
        break;
    case RecordKind::Agency:
        keys.addName(DuplicateReason::Name, record.value(u"name"_s).toString(), false);
        keys.addName(DuplicateReason::Name, record.value(u"name_native"_s).toString(), false);
        keys.addName(DuplicateReason::Alias, record.value(u"acronym"_s).toString(), false);
        break;
    case RecordKind::Contact:
    case RecordKind::Delegate:
        keys.addName(DuplicateReason::Name, joined(record, u"family_name"_s, u"given_name"_s), true);
        keys.addName(DuplicateReason::Name, joined(record, u"latin_family_name"_s, u"latin_given_name"_s), true);
        keys.addName(DuplicateReason::Name, joined(record, u"family_name_reading"_s, u"given_name_reading"_s), true);
        break;
    default:
        return {};
    }
    const QString email = record.value(u"email"_s).toString();
    keys.add(DuplicateReason::Email, u"e:"_s, emailKey(email), email);
    for (const QString &phone : texts(record.value(u"phones"_s))) {
        keys.add(DuplicateReason::Phone, u"p:"_s, phoneKey(phone), phone);
    }
    const QString website = record.value(u"website"_s).toString();
    keys.add(DuplicateReason::Website, u"w:"_s, websiteKey(website), website);
    return keys.take();
}

QString duplicateReasonCode(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::Email:
        return u"email"_s;
    case DuplicateReason::Phone:
        return u"phone"_s;
    case DuplicateReason::Website:
        return u"website"_s;
    case DuplicateReason::Name:
        return u"name"_s;
    case DuplicateReason::Alias:
        return u"alias"_s;
    }
    return {};
}

std::optional<DuplicateReason> duplicateReasonFromCode(const QString &code)
{
    for (DuplicateReason reason : {DuplicateReason::Email, DuplicateReason::Phone, DuplicateReason::Website,
                                   DuplicateReason::Name, DuplicateReason::Alias}) {
        if (duplicateReasonCode(reason) == code) {
            return reason;
        }
    }
    return std::nullopt;
}

int duplicateScore(DuplicateReason reason, bool romanised)
{
    switch (reason) {
    case DuplicateReason::Email:
        return 95;
    case DuplicateReason::Phone:
        return 90;
    case DuplicateReason::Website:
        return 85;
    case DuplicateReason::Name:
        return romanised ? 70 : 80;
    case DuplicateReason::Alias:
        return 65;
    }
    return 0;
}

int combinedScore(const QList<int> &scores)
{
    if (scores.isEmpty()) {
        return 0;
    }
    const int best = *std::max_element(scores.cbegin(), scores.cend());
    return std::min(100, best + 5 * int(scores.size() - 1));
}

} // namespace crm
