#include "vcardreader.h"

#include "domain/personname.h"
#include "namesplit.h"
#include "vcardlexer.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {

using vcard::Card;
using vcard::Property;

enum Column
{
    FamilyName,
    GivenName,
    FamilyReading,
    GivenReading,
    LatinFamily,
    LatinGiven,
    Investor,
    Department,
    Title,
    Email,
    Phones,
    Notes,
    ColumnCount
};

const QString kShiftJis = u"Shift_JIS (CP932)"_s;

// Bytes to text: UTF-8 when they are UTF-8, otherwise the CHARSET named, the encoding the officer
// chose, or CP932. Remembers which encodings were needed, to show them.
class TextDecoder
{
public:
    explicit TextDecoder(const QString &override) : m_override(override) {}

    QString decode(const QByteArray &bytes, const QString &charset)
    {
        if (!m_override.isEmpty() && charset.isEmpty()) {
            return decodeWith(bytes, m_override, m_override);
        }
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            if (hasNonAscii(bytes)) {
                m_used.insert(u"UTF-8"_s);
            }
            return text;
        }
        // Files re-saved as UTF-8 keep their old CHARSET; real Shift_JIS is almost never valid UTF-8.
        if (!charset.isEmpty() && !isUtf8Name(charset)) {
            const QString shown = isShiftJisName(charset) ? kShiftJis : charset;
            return decodeWith(bytes, isShiftJisName(charset) ? u"windows-31j"_s : charset, shown);
        }
        return decodeWith(bytes, u"windows-31j"_s, kShiftJis);
    }

    QString encodings() const
    {
        QStringList list = m_used.values();
        list.sort();
        return list.isEmpty() ? u"UTF-8"_s : list.join(u", "_s);
    }

private:
    static bool hasNonAscii(const QByteArray &bytes)
    {
        return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) > 0x7F; });
    }
    static bool isUtf8Name(const QString &name)
    {
        return name.compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0 || name.compare(u"UTF8"_s, Qt::CaseInsensitive) == 0;
    }
    static bool isShiftJisName(const QString &name)
    {
        static const QStringList names{u"SHIFT_JIS"_s,   u"SHIFT-JIS"_s, u"SJIS"_s,  u"CP932"_s,
                                       u"WINDOWS-31J"_s, u"MS_KANJI"_s,  u"X-SJIS"_s};
        return names.contains(name.toUpper());
    }

    QString decodeWith(const QByteArray &bytes, const QString &name, const QString &shown)
    {
        QStringDecoder decoder(name.toLatin1().constData());
        if (!decoder.isValid()) {
            QStringDecoder latin1(QStringDecoder::Latin1);
            m_used.insert(u"ISO-8859-1"_s);
            return latin1.decode(bytes);
        }
        if (hasNonAscii(bytes)) {
            m_used.insert(shown);
        }
        return decoder.decode(bytes);
    }

    QString m_override;
    QSet<QString> m_used;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Quoted-printable to bytes; an '=' not followed by two hexadecimal digits is kept as written.
QByteArray fromQuotedPrintable(const QByteArray &in, bool &clean)
{
    QByteArray out;
    out.reserve(in.size());
    clean = true;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        const int hi = i + 2 < in.size() ? hexValue(in.at(i + 1)) : -1;
        const int lo = i + 2 < in.size() ? hexValue(in.at(i + 2)) : -1;
        if (hi >= 0 && lo >= 0) {
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
            continue;
        }
        clean = false;
        out += c;
    }
    return out;
}

// Splits on separator where it is not escaped by a backslash; the escapes stay for unescape().
QStringList splitUnescaped(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString unescape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        if (next == u'n' || next == u'N') {
            out += u'\n';
        } else if (next == u'\\' || next == u',' || next == u';' || next == u':') {
            out += next;
        } else {
            out += c;
            out += next;
        }
    }
    return out;
}

// A structured value's components, each unescaped, with its list items joined by a space.
QStringList components(const QString &text)
{
    QStringList out;
    for (const QString &component : splitUnescaped(text, u';')) {
        QStringList items;
        for (const QString &item : splitUnescaped(component, u',')) {
            const QString clean = unescape(item).trimmed();
            if (!clean.isEmpty()) {
                items.append(clean);
            }
        }
        out.append(items.join(u' '));
    }
    return out;
}

struct Name
{
    QString family;
    QString given;
    bool isEmpty() const { return family.isEmpty() && given.isEmpty(); }
    bool eastAsian() const { return PersonName::looksEastAsian(family + given); }
};

const QRegularExpression &spaces()
{
    static const QRegularExpression re(u"[\\s\\x{3000}]+"_s);
    return re;
}

Name splitName(const QString &text)
{
    const SplitName split = splitPersonName(text);
    return {split.family, split.given};
}

QString reading(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

// Everything one card says that a row needs, gathered before the choices between alternatives.
struct Gathered
{
    QList<Name> structuredNames; // N, in order
    QStringList formattedNames;  // FN
    QStringList nicknames;
    QString phoneticFamily, phoneticGiven, sortAs, irmc, sortString;
    QStringList orgs, titles, roles, notes, extra;
    QList<QPair<QString, bool>> emails; // address, preferred
    QStringList phones;
    int photos = 0;
};

class CardReader
{
public:
    CardReader(TextDecoder &decoder, QStringList &tableNotes) : m_decoder(decoder), m_tableNotes(tableNotes) {}

    QVariantList row(const Card &card, int index)
    {
        m_index = index;
        Gathered g;
        for (const Property &p : card.properties) {
            take(p, g);
        }
        if (g.photos > 0) {
            m_tableNotes << VCardReader::tr("Photo of card %1 (line %2) ignored.").arg(index).arg(card.line);
        }
        return toRow(g);
    }

private:
    std::optional<QString> text(const Property &p)
    {
        QByteArray bytes = p.value;
        const QString encoding = p.param(u"ENCODING"_s).value(0).toUpper();
        if (encoding == u"QUOTED-PRINTABLE"_s) {
            bool clean = true;
            bytes = fromQuotedPrintable(bytes, clean);
            if (!clean) {
                m_tableNotes << VCardReader::tr("Card %1, line %2: broken quoted-printable kept as written.")
                                    .arg(m_index)
                                    .arg(p.line);
            }
        } else if (encoding == u"B"_s || encoding == u"BASE64"_s) {
            const auto decoded =
                QByteArray::fromBase64Encoding(bytes.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                m_tableNotes << VCardReader::tr("Card %1, line %2: %3 is not valid base64 and was skipped.")
                                    .arg(m_index)
                                    .arg(p.line)
                                    .arg(p.name);
                return std::nullopt;
            }
            bytes = *decoded;
        }
        const QString charset = p.param(u"CHARSET"_s).value(0);
        QString text = m_decoder.decode(bytes, charset);
        // A charset such as UTF-7 can spell half of a surrogate pair alone: no text any field holds.
        if (!QStringView(text).isValidUtf16()) {
            m_tableNotes << VCardReader::tr("Card %1, line %2: %3 is not valid %4 text and was skipped.")
                                .arg(m_index)
                                .arg(p.line)
                                .arg(p.name, charset);
            return std::nullopt;
        }
        return text;
    }

    void take(const Property &p, Gathered &g)
    {
        const QString &n = p.name;
        if (n == u"PHOTO"_s || n == u"LOGO"_s) {
            ++g.photos;
            return;
        }
        static const QSet<QString> used{u"N"_s,
                                        u"FN"_s,
                                        u"NICKNAME"_s,
                                        u"X-PHONETIC-LAST-NAME"_s,
                                        u"X-PHONETIC-FIRST-NAME"_s,
                                        u"X-PHONETIC-MIDDLE-NAME"_s,
                                        u"SOUND"_s,
                                        u"SORT-STRING"_s,
                                        u"ORG"_s,
                                        u"TITLE"_s,
                                        u"ROLE"_s,
                                        u"NOTE"_s,
                                        u"EMAIL"_s,
                                        u"TEL"_s,
                                        u"ADR"_s,
                                        u"URL"_s,
                                        u"X-ANDROID-CUSTOM"_s};
        if (!used.contains(n)) {
            return;
        }
        if (n == u"SOUND"_s && !p.hasType(u"X-IRMC-N"_s)) {
            return; // a sound clip, not a reading
        }
        const std::optional<QString> value = text(p);
        if (!value) {
            return;
        }
        const QStringList parts = components(*value);
        const QString whole = unescape(*value).trimmed();
        if (n == u"N"_s) {
            QStringList given{parts.value(1), parts.value(2)};
            given.removeAll(QString());
            g.structuredNames.append({parts.value(0), given.join(u' ')});
            if (g.sortAs.isEmpty()) {
                g.sortAs = p.param(u"SORT-AS"_s).join(u',');
            }
        } else if (n == u"FN"_s && !whole.isEmpty()) {
            g.formattedNames.append(whole);
        } else if (n == u"NICKNAME"_s && !whole.isEmpty()) {
            g.nicknames.append(whole);
        } else if (n == u"X-ANDROID-CUSTOM"_s && parts.value(0) == u"vnd.android.cursor.item/nickname"_s) {
            g.nicknames.append(parts.value(1));
        } else if (n == u"X-PHONETIC-LAST-NAME"_s) {
            g.phoneticFamily = reading(whole);
        } else if (n == u"X-PHONETIC-FIRST-NAME"_s || n == u"X-PHONETIC-MIDDLE-NAME"_s) {
            g.phoneticGiven = QString(g.phoneticGiven + u' ' + reading(whole)).trimmed();
        } else if (n == u"SOUND"_s) {
            g.irmc = parts.value(1).isEmpty() ? parts.value(0) : parts.value(0) + u',' + parts.value(1);
        } else if (n == u"SORT-STRING"_s) {
            g.sortString = whole;
        } else if (n == u"ORG"_s) {
            g.orgs.append(parts.join(u';'));
        } else if (n == u"TITLE"_s) {
            g.titles.append(whole);
        } else if (n == u"ROLE"_s && !whole.isEmpty()) {
            g.roles.append(whole);
        } else if (n == u"NOTE"_s && !whole.isEmpty()) {
            g.notes.append(whole);
        } else if (n == u"EMAIL"_s && !whole.isEmpty()) {
            const bool preferred = p.hasType(u"PREF"_s) || p.params.contains(u"PREF"_s);
            g.emails.append({whole, preferred});
        } else if (n == u"TEL"_s && !whole.isEmpty()) {
            g.phones.append(whole.startsWith(u"tel:"_s, Qt::CaseInsensitive) ? whole.mid(4) : whole);
        } else if (n == u"ADR"_s) {
            QStringList lines = parts;
            lines.removeAll(QString());
            if (!lines.isEmpty()) {
                const QString kind = p.param(u"TYPE"_s).join(u", "_s).toLower();
                g.extra << (kind.isEmpty() ? VCardReader::tr("Address: %1").arg(lines.join(u", "_s))
                                           : VCardReader::tr("Address (%1): %2").arg(kind, lines.join(u", "_s)));
            }
        } else if (n == u"URL"_s && !whole.isEmpty()) {
            g.extra << VCardReader::tr("Website: %1").arg(whole);
        }
    }

    QVariantList toRow(const Gathered &g) const
    {
        QVariantList row(ColumnCount);
        const auto set = [&row](Column c, const QString &value) {
            if (!value.trimmed().isEmpty()) {
                row[c] = value.trimmed();
            }
        };
        // The name in its own script, and a romanised one beside it.
        Name own;
        Name latin;
        for (const Name &name : g.structuredNames) {
            if (name.isEmpty()) {
                continue;
            }
            if (own.isEmpty() || (name.eastAsian() && !own.eastAsian())) {
                if (!own.isEmpty() && latin.isEmpty()) {
                    latin = own;
                }
                own = name;
            } else if (latin.isEmpty() && !name.eastAsian() && own.eastAsian()) {
                latin = name;
            }
        }
        for (const QString &fn : g.formattedNames) {
            const Name split = splitName(fn);
            if (own.isEmpty()) {
                own = split;
            } else if (split.eastAsian() && !own.eastAsian()) {
                latin = own;
                own = split;
            } else if (!split.eastAsian() && own.eastAsian() && latin.isEmpty()) {
                latin = split;
            }
        }
        for (const QString &nick : g.nicknames) {
            if (own.eastAsian() && latin.isEmpty() && !PersonName::looksEastAsian(nick) &&
                nick.split(spaces(), Qt::SkipEmptyParts).size() >= 2) {
                latin = splitName(nick);
            }
        }
        set(FamilyName, own.family);
        set(GivenName, own.given);
        if (own.eastAsian()) {
            set(LatinFamily, latin.family);
            set(LatinGiven, latin.given);
        }
        // Readings, the most precise first.
        Name kana{g.phoneticFamily, g.phoneticGiven};
        for (const QString &text : {g.sortAs, g.irmc, g.sortString}) {
            if (!kana.isEmpty()) {
                break;
            }
            const QString written = reading(text);
            const qsizetype comma = written.indexOf(written.contains(u';') ? u';' : u',');
            kana = comma >= 0 ? Name{written.left(comma), written.mid(comma + 1)} : splitName(written);
        }
        set(FamilyReading, reading(kana.family));
        set(GivenReading, reading(kana.given));

        QStringList notes = g.notes;
        if (!g.orgs.isEmpty()) {
            QStringList org = g.orgs.first().split(u';');
            set(Investor, org.takeFirst());
            org.removeAll(QString());
            set(Department, org.join(u' '));
            for (qsizetype i = 1; i < g.orgs.size(); ++i) {
                notes << VCardReader::tr("Organisation: %1").arg(g.orgs.at(i).split(u';').join(u' ').trimmed());
            }
        }
        set(Title, g.titles.value(0));
        for (qsizetype i = 1; i < g.titles.size(); ++i) {
            notes << VCardReader::tr("Title: %1").arg(g.titles.at(i));
        }
        for (const QString &role : g.roles) {
            notes << VCardReader::tr("Role: %1").arg(role);
        }
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < g.emails.size() && chosen < 0; ++i) {
            if (g.emails.at(i).second) {
                chosen = i;
            }
        }
        if (chosen < 0 && !g.emails.isEmpty()) {
            chosen = 0;
        }
        for (qsizetype i = 0; i < g.emails.size(); ++i) {
            if (i == chosen) {
                set(Email, g.emails.at(i).first);
            } else {
                notes << VCardReader::tr("E-mail: %1").arg(g.emails.at(i).first);
            }
        }
        set(Phones, g.phones.join(u'\n'));
        notes << g.extra;
        set(Notes, notes.join(u'\n'));
        return row;
    }

    TextDecoder &m_decoder;
    QStringList &m_tableNotes;
    int m_index = 0;
};

} // namespace

QStringList VCardReader::columns()
{
    return {u"family_name"_s,
            u"given_name"_s,
            u"family_name_reading"_s,
            u"given_name_reading"_s,
            u"latin_family_name"_s,
            u"latin_given_name"_s,
            u"investor"_s,
            u"department"_s,
            u"title"_s,
            u"email"_s,
            u"phones"_s,
            u"notes"_s};
}

Table VCardReader::read(const QByteArray &data, const QString &encoding)
{
    vcard::Lexed lexed = vcard::lex(data);
    Table table;
    table.header = columns();
    table.notes = lexed.notes;
    TextDecoder decoder(encoding);
    CardReader reader(decoder, table.notes);
    int index = 0;
    for (const Card &card : std::as_const(lexed.cards)) {
        table.rows.append(reader.row(card, ++index));
        table.sourceRows.append(card.line);
    }
    table.encoding = decoder.encodings();
    return table;
}

} // namespace crm::interchange
