#include "vcardlexer.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace crm::interchange::vcard {
namespace {

struct VCardLexerTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::VCardReader)
};

[[noreturn]] void refuse(const QString &message)
{
    throw Error(Error::Kind::Invalid, message);
}

QString megabytes(qsizetype bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

struct Line
{
    QByteArray text;
    int number = 0;
};

// Physical lines, each without its end (CRLF, LF, a stray CR before LF, or CR alone).
QList<Line> physicalLines(const QByteArray &data)
{
    const char separator = data.contains('\n') ? '\n' : '\r';
    QList<Line> lines;
    int number = 0;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf(separator, start);
        if (end < 0) {
            end = data.size();
        }
        ++number;
        QByteArray text = data.mid(start, end - start);
        while (text.endsWith('\r')) {
            text.chop(1);
        }
        if (text.size() > kMaxLineBytes) {
            refuse(VCardLexerTr::tr("Line %1 is longer than %2 MB.").arg(number).arg(megabytes(kMaxLineBytes)));
        }
        lines.append({text, number});
        start = end + 1;
    }
    return lines;
}

bool isQuotedPrintable(const QByteArray &logicalLine)
{
    const qsizetype colon = logicalLine.indexOf(':');
    const QByteArray head = colon < 0 ? logicalLine : logicalLine.left(colon);
    return head.toUpper().contains("QUOTED-PRINTABLE");
}

// Content lines with folding undone, each numbered by its first physical line.
QList<Line> unfold(const QList<Line> &physical)
{
    QList<Line> logical;
    for (const Line &line : physical) {
        const bool folded = !line.text.isEmpty() && (line.text.at(0) == ' ' || line.text.at(0) == '\t');
        if (!logical.isEmpty()) {
            Line &last = logical.last();
            const bool softBreak = last.text.endsWith('=') && isQuotedPrintable(last.text);
            if (folded || (softBreak && !line.text.isEmpty())) {
                if (softBreak) {
                    last.text.chop(1);
                }
                last.text += folded ? line.text.mid(1) : line.text;
                if (last.text.size() > kMaxLineBytes) {
                    refuse(VCardLexerTr::tr("The content line starting at line %1 is longer than %2 MB.")
                               .arg(last.number)
                               .arg(megabytes(kMaxLineBytes)));
                }
                continue;
            }
        }
        if (!line.text.trimmed().isEmpty()) {
            logical.append(line);
        }
    }
    return logical;
}

// RFC 6868's caret escapes in a parameter value (^n, ^^, ^').
QString uncaret(const QString &value)
{
    if (!value.contains(u'^')) {
        return value;
    }
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'^' && i + 1 < value.size()) {
            const QChar next = value.at(i + 1);
            if (next == u'n' || next == u'N') {
                out += u'\n';
                ++i;
                continue;
            }
            if (next == u'^' || next == u'\'') {
                out += next == u'\'' ? u'"' : u'^';
                ++i;
                continue;
            }
        }
        out += value.at(i);
    }
    return out;
}

void addParameter(Property &p, const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals < 0) {
        const QString bare = text.trimmed().toUpper();
        if (bare.isEmpty()) {
            return;
        }
        const bool encoding = bare == u"QUOTED-PRINTABLE"_s || bare == u"BASE64"_s || bare == u"B"_s;
        p.params[encoding ? u"ENCODING"_s : u"TYPE"_s].append(bare);
        return;
    }
    const QString name = text.left(equals).trimmed().toUpper();
    QStringList &values = p.params[name];
    // Values separated by commas outside double quotes; the quotes themselves are dropped.
    QString current;
    bool quoted = false;
    for (const QChar c : QStringView(text).mid(equals + 1)) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted && name != u"SORT-AS"_s) {
            values.append(uncaret(current));
            current.clear();
        } else {
            current += c;
        }
    }
    values.append(uncaret(current));
}

// Splits "group.NAME;param=a,b;param:value"; nothing when the line has no colon.
std::optional<Property> parseProperty(const Line &line)
{
    // The head (name and parameters) is ASCII in every format; parameter values may hold UTF-8.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.text.size(); ++i) {
        const char c = line.text.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0) {
        return std::nullopt;
    }
    const QString head = QString::fromUtf8(line.text.left(colon));
    Property p;
    p.line = line.number;
    p.value = line.text.mid(colon + 1);
    QStringList parts;
    QString current;
    quoted = false;
    for (const QChar c : head) {
        if (c == u'"') {
            quoted = !quoted;
            current += c;
        } else if (c == u';' && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    QString name = parts.takeFirst().trimmed();
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot >= 0) {
        p.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    p.name = name.toUpper();
    for (const QString &part : std::as_const(parts)) {
        addParameter(p, part);
    }
    return p;
}

// UTF-16 files ("Unicode text" from Windows) become UTF-8; a UTF-8 byte order mark is dropped.
QByteArray asUtf8(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        return data.mid(3);
    }
    const bool le = data.startsWith("\xFF\xFE");
    if (le || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = decoder.decode(QByteArrayView(data).sliced(2));
        return text.toUtf8();
    }
    return data;
}

} // namespace

bool Property::hasType(const QString &type) const
{
    const QStringList types = params.value(u"TYPE"_s);
    return std::any_of(types.cbegin(), types.cend(),
                       [&](const QString &t) { return t.compare(type, Qt::CaseInsensitive) == 0; });
}

Lexed lex(const QByteArray &raw)
{
    if (raw.size() > kMaxFileBytes) {
        refuse(VCardLexerTr::tr("The file is larger than %1 MB.").arg(megabytes(kMaxFileBytes)));
    }
    const QByteArray data = asUtf8(raw);
    if (data.trimmed().isEmpty()) {
        refuse(VCardLexerTr::tr("The file is empty."));
    }
    Lexed out;
    std::optional<Card> open;
    int outside = 0;
    int firstOutside = 0;
    for (const Line &line : unfold(physicalLines(data))) {
        std::optional<Property> p = parseProperty(line);
        if (!p) {
            if (open) {
                out.notes << VCardLexerTr::tr("Line %1 has no \":\" and was skipped.").arg(line.number);
            } else if (outside++ == 0) {
                firstOutside = line.number;
            }
            continue;
        }
        const QString value = QString::fromUtf8(p->value).trimmed().toUpper();
        if (p->name == u"BEGIN"_s && value == u"VCARD"_s) {
            if (open) {
                refuse(VCardLexerTr::tr("Line %1: a card begins inside the card begun at line %2, which has no "
                                        "END:VCARD.")
                           .arg(line.number)
                           .arg(open->line));
            }
            open = Card{line.number, {}};
        } else if (p->name == u"END"_s && value == u"VCARD"_s) {
            if (!open) {
                refuse(VCardLexerTr::tr("Line %1: END:VCARD without a BEGIN:VCARD before it.").arg(line.number));
            }
            out.cards.append(std::move(*open));
            open.reset();
        } else if (open) {
            if (p->name == u"VERSION"_s && value != u"2.1"_s && value != u"3.0"_s && value != u"4.0"_s) {
                refuse(VCardLexerTr::tr("Line %1: vCard version %2 is not supported (2.1, 3.0 and 4.0 are).")
                           .arg(line.number)
                           .arg(QString::fromUtf8(p->value).trimmed().left(20)));
            }
            open->properties.append(std::move(*p));
        } else if (outside++ == 0) {
            firstOutside = line.number;
        }
    }
    if (open) {
        refuse(
            VCardLexerTr::tr("The card begun at line %1 has no END:VCARD: the file may be cut short.").arg(open->line));
    }
    if (out.cards.isEmpty()) {
        refuse(VCardLexerTr::tr("The file holds no vCard (no BEGIN:VCARD line)."));
    }
    if (outside > 0) {
        out.notes << VCardLexerTr::tr("%n line(s) outside any card skipped, the first at line %1.", nullptr, outside)
                         .arg(firstOutside);
    }
    return out;
}

} // namespace crm::interchange::vcard
