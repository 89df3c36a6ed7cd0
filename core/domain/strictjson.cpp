#include "strictjson.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <charconv>
#include <system_error>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct StrictJsonTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::StrictJson)
};

QString hex(uint value, int width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, u'0');
}

QString codePointName(char32_t c)
{
    return u"U+"_s + hex(c, 4);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The escape a control character should have been written with.
QString escapeFor(char32_t c)
{
    switch (c) {
    case '\b':
        return u"\\b"_s;
    case '\f':
        return u"\\f"_s;
    case '\n':
        return u"\\n"_s;
    case '\r':
        return u"\\r"_s;
    case '\t':
        return u"\\t"_s;
    default:
        return u"\\u"_s + hex(c, 4);
    }
}

// Line and column (1-based, columns in characters) of a byte offset.
void locate(QByteArrayView data, qsizetype offset, JsonProblem &problem)
{
    problem.offset = offset;
    problem.line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++problem.line;
            lineStart = i + 1;
        }
    }
    problem.column = 1;
    for (qsizetype i = lineStart; i < offset && i < data.size(); ++i) {
        if ((static_cast<uchar>(data[i]) & 0xC0) != 0x80) {
            ++problem.column;
        }
    }
}

// A recursive-descent pass over the bytes that stops at the first problem. It builds nothing but
// the names of members (to find duplicates and to name the field a problem is in).
class Checker final
{
public:
    explicit Checker(QByteArrayView data) : m_data(data) {}

    std::optional<JsonProblem> run()
    {
        try {
            skipSpace();
            if (atEnd()) {
                fail(m_pos, StrictJsonTr::tr("no JSON value"), {});
            }
            value({}, 0);
            skipSpace();
            if (!atEnd()) {
                fail(m_pos, StrictJsonTr::tr("unexpected %1 after the end of the JSON value").arg(describeAt(m_pos)),
                     {});
            }
        } catch (const Stop &) {
            return m_problem;
        }
        return std::nullopt;
    }

private:
    struct Stop
    {
    };

    [[noreturn]] void fail(qsizetype offset, const QString &message, const QString &field)
    {
        m_problem = JsonProblem{};
        m_problem.message = message;
        m_problem.field = field;
        locate(m_data, offset, m_problem);
        throw Stop{};
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }

    // The character at offset, for a message: "x", U+00A0, or the end of the text.
    QString describeAt(qsizetype offset) const
    {
        if (offset >= m_data.size()) {
            return StrictJsonTr::tr("end of text");
        }
        const auto byte = static_cast<uchar>(m_data[offset]);
        if (byte > 0x20 && byte < 0x7F) {
            return u"\""_s + QChar::fromLatin1(char(byte)) + u"\""_s;
        }
        if (byte < 0x80) {
            return codePointName(byte);
        }
        // Decoded without fromUtf8(), which would drop a byte order mark, the very thing to name here.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const QString text = decoder(m_data.sliced(offset, std::min<qsizetype>(4, m_data.size() - offset)));
        return text.isEmpty() ? codePointName(byte) : codePointName(text.toUcs4().value(0));
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
            ++m_pos;
        }
    }

    void expect(char wanted, const QString &what, const QString &field)
    {
        skipSpace();
        if (peek() != wanted || atEnd()) {
            fail(m_pos, StrictJsonTr::tr("unexpected %1 where %2 was expected").arg(describeAt(m_pos), what), field);
        }
        ++m_pos;
    }

    void value(const QString &path, int depth)
    {
        skipSpace();
        if (atEnd()) {
            fail(m_pos, StrictJsonTr::tr("the text ends where a value was expected"), path);
        }
        const char c = peek();
        if (c == '{' || c == '[') {
            if (depth >= kMaxJsonDepth) {
                fail(m_pos, StrictJsonTr::tr("nested deeper than %1 levels").arg(kMaxJsonDepth), path);
            }
            c == '{' ? object(path, depth + 1) : array(path, depth + 1);
        } else if (c == '"') {
            string(path, nullptr);
        } else if (c == '-' || c == '+' || c == '.' || isDigit(c)) {
            number(path);
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            literal(path);
        } else {
            fail(m_pos, StrictJsonTr::tr("unexpected %1 where a value was expected").arg(describeAt(m_pos)), path);
        }
    }

    static QString memberPath(const QString &parent, const QString &key)
    {
        return parent.isEmpty() ? key : parent + u'.' + key;
    }

    void object(const QString &path, int depth)
    {
        ++m_pos; // {
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return;
        }
        QHash<QString, qsizetype> seen;
        for (;;) {
            skipSpace();
            if (peek() != '"' || atEnd()) {
                fail(m_pos,
                     StrictJsonTr::tr("unexpected %1 where a field name in double quotes was expected")
                         .arg(describeAt(m_pos)),
                     path);
            }
            const qsizetype keyOffset = m_pos;
            QString key;
            string(path, &key);
            const QString child = memberPath(path, key);
            if (const auto first = seen.constFind(key); first != seen.constEnd()) {
                JsonProblem firstAt;
                locate(m_data, *first, firstAt);
                fail(keyOffset,
                     StrictJsonTr::tr("given twice in one object (first at line %1, column %2)")
                         .arg(firstAt.line)
                         .arg(firstAt.column),
                     child);
            }
            seen.insert(key, keyOffset);
            expect(':', u"\":\""_s, child);
            value(child, depth);
            skipSpace();
            if (peek() == ',' && !atEnd()) {
                ++m_pos;
                continue;
            }
            expect('}', u"\",\" "_s + StrictJsonTr::tr("or") + u" \"}\""_s, path);
            return;
        }
    }

    void array(const QString &path, int depth)
    {
        ++m_pos; // [
        skipSpace();
        if (peek() == ']' && !atEnd()) {
            ++m_pos;
            return;
        }
        for (qsizetype index = 0;; ++index) {
            value(path + u'[' + QString::number(index) + u']', depth);
            skipSpace();
            if (peek() == ',' && !atEnd()) {
                ++m_pos;
                continue;
            }
            expect(']', u"\",\" "_s + StrictJsonTr::tr("or") + u" \"]\""_s, path);
            return;
        }
    }

    void literal(const QString &path)
    {
        const qsizetype start = m_pos;
        while (!atEnd() && ((peek() >= 'a' && peek() <= 'z') || (peek() >= 'A' && peek() <= 'Z') || isDigit(peek()) ||
                            peek() == '_')) {
            ++m_pos;
        }
        const QByteArrayView word = m_data.sliced(start, m_pos - start);
        if (word != "true" && word != "false" && word != "null") {
            fail(start,
                 StrictJsonTr::tr("unknown word \"%1\" (JSON knows true, false and null, in lower case)")
                     .arg(QString::fromLatin1(word)),
                 path);
        }
    }

    void number(const QString &path)
    {
        const qsizetype start = m_pos;
        qsizetype end = m_pos;
        while (end < m_data.size() && (isDigit(m_data[end]) || m_data[end] == '-' || m_data[end] == '+' ||
                                       m_data[end] == '.' || m_data[end] == 'e' || m_data[end] == 'E')) {
            ++end;
        }
        const QByteArrayView token = m_data.sliced(start, end - start);
        // RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        qsizetype i = 0;
        const auto digits = [&] {
            const qsizetype from = i;
            while (i < token.size() && isDigit(token[i])) {
                ++i;
            }
            return i - from;
        };
        bool valid = true;
        if (i < token.size() && token[i] == '-') {
            ++i;
        }
        if (i < token.size() && token[i] == '0') {
            ++i;
        } else {
            valid = digits() > 0;
        }
        if (valid && i < token.size() && token[i] == '.') {
            ++i;
            valid = digits() > 0;
        }
        if (valid && i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
            ++i;
            if (i < token.size() && (token[i] == '+' || token[i] == '-')) {
                ++i;
            }
            valid = digits() > 0;
        }
        const QString shown = QString::fromLatin1(token);
        if (!valid || i != token.size()) {
            fail(start,
                 StrictJsonTr::tr("invalid number %1 (JSON numbers are written like 12, -3.5 or 1.5e3)").arg(shown),
                 path);
        }
        double parsed = 0;
        if (std::from_chars(token.data(), token.data() + token.size(), parsed).ec == std::errc::result_out_of_range) {
            fail(start, StrictJsonTr::tr("number %1 is out of range").arg(shown), path);
        }
        m_pos = end;
    }

    // Reads a string at m_pos (on its opening quote). A key's text is decoded into key; a value's is
    // only checked. Problems in a key are reported on the object holding it.
    void string(const QString &path, QString *key)
    {
        m_stringPath = path;
        m_stringIsKey = key != nullptr;
        ++m_pos; // "
        for (;;) {
            if (atEnd()) {
                problem(m_pos, StrictJsonTr::tr("the text ends inside a string (a closing \" is missing)"));
            }
            const qsizetype at = m_pos;
            const auto byte = static_cast<uchar>(m_data[m_pos]);
            if (byte == '"') {
                ++m_pos;
                return;
            }
            if (byte < 0x20) {
                problem(at, StrictJsonTr::tr("raw control character %1 inside a string; write it as %2")
                                .arg(codePointName(byte), escapeFor(byte)));
            }
            if (byte == '\\') {
                const char32_t c = escape();
                if (key) {
                    key->append(QString::fromUcs4(&c, 1));
                }
                continue;
            }
            if (byte < 0x80) {
                ++m_pos;
                if (key) {
                    key->append(QChar::fromLatin1(char(byte)));
                }
                continue;
            }
            const char32_t c = utf8();
            if (key) {
                key->append(QString::fromUcs4(&c, 1));
            }
        }
    }

    [[noreturn]] void problem(qsizetype offset, const QString &message)
    {
        fail(offset, m_stringIsKey ? message + u' ' + StrictJsonTr::tr("(in a field name)") : message, m_stringPath);
    }

    // One escape sequence at m_pos (on the backslash); a surrogate pair is read whole.
    char32_t escape()
    {
        const qsizetype at = m_pos;
        if (m_pos + 1 >= m_data.size()) {
            problem(at, StrictJsonTr::tr("the text ends inside a string (a closing \" is missing)"));
        }
        const char c = m_data[m_pos + 1];
        m_pos += 2;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            return static_cast<char32_t>(c);
        case 'b':
            return '\b';
        case 'f':
            return '\f';
        case 'n':
            return '\n';
        case 'r':
            return '\r';
        case 't':
            return '\t';
        case 'u':
            break;
        default: {
            const auto byte = static_cast<uchar>(c);
            const QString shown =
                u"\\"_s + (byte > 0x20 && byte < 0x7F ? QString(QChar::fromLatin1(c)) : describeAt(at + 1));
            problem(at,
                    StrictJsonTr::tr("invalid escape %1 (JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)")
                        .arg(shown));
        }
        }
        const char32_t unit = hex4(at);
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            problem(at, StrictJsonTr::tr("\\u%1 is the second half of a surrogate pair without its first half")
                            .arg(hex(unit, 4)));
        }
        if (unit < 0xD800 || unit > 0xDBFF) {
            return unit;
        }
        if (m_pos + 1 < m_data.size() && m_data[m_pos] == '\\' && m_data[m_pos + 1] == 'u') {
            const qsizetype saved = m_pos;
            m_pos += 2;
            const char32_t low = hex4(saved);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            }
        }
        problem(
            at,
            StrictJsonTr::tr("\\u%1 is the first half of a surrogate pair without its second half").arg(hex(unit, 4)));
    }

    // Four hex digits at m_pos, after "\u" (which starts at escapeStart).
    char32_t hex4(qsizetype escapeStart)
    {
        if (m_pos + 4 > m_data.size() || !isHexDigit(m_data[m_pos]) || !isHexDigit(m_data[m_pos + 1]) ||
            !isHexDigit(m_data[m_pos + 2]) || !isHexDigit(m_data[m_pos + 3])) {
            problem(escapeStart, StrictJsonTr::tr("\\u must be followed by four hexadecimal digits"));
        }
        const char32_t value = QByteArrayView(m_data.sliced(m_pos, 4)).toUInt(nullptr, 16);
        m_pos += 4;
        return value;
    }

    // One multibyte UTF-8 sequence at m_pos (Unicode 15, table 3-7: no overlong forms, no
    // surrogates, nothing past U+10FFFF).
    char32_t utf8()
    {
        const qsizetype at = m_pos;
        const auto lead = static_cast<uchar>(m_data[at]);
        int length = 0;
        char32_t c = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            c = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            c = lead & 0x0F;
            low = lead == 0xE0 ? 0xA0 : 0x80;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            c = lead & 0x07;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
        if (length == 0) {
            problem(at, StrictJsonTr::tr("invalid UTF-8 (byte 0x%1)").arg(hex(lead, 2)));
        }
        for (int i = 1; i < length; ++i) {
            const qsizetype offset = at + i;
            const auto byte = offset < m_data.size() ? static_cast<uchar>(m_data[offset]) : uchar(0);
            const uchar min = i == 1 ? low : 0x80;
            const uchar max = i == 1 ? high : 0xBF;
            if (lead == 0xED && i == 1 && byte >= 0xA0 && byte <= 0xBF) {
                // CESU-8 or a lone surrogate written as UTF-8: never a character.
                const char32_t surrogate = 0xD000 | ((byte & 0x3F) << 6) |
                                           (at + 2 < m_data.size() ? (static_cast<uchar>(m_data[at + 2]) & 0x3F) : 0);
                problem(at, StrictJsonTr::tr("a surrogate (%1) written as UTF-8 is not a character")
                                .arg(codePointName(surrogate)));
            }
            if (offset >= m_data.size()) {
                problem(at, StrictJsonTr::tr("invalid UTF-8 (the text ends inside a character)"));
            }
            if (byte < min || byte > max) {
                problem(offset, StrictJsonTr::tr("invalid UTF-8 (byte 0x%1)").arg(hex(byte, 2)));
            }
            c = (c << 6) | (byte & 0x3F);
        }
        m_pos += length;
        return c;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QString m_stringPath; // the string being read: where its problems are reported
    bool m_stringIsKey = false;
    JsonProblem m_problem;
};
} // namespace

QString JsonProblem::describe() const
{
    return field.isEmpty() ? StrictJsonTr::tr("%1 at line %2, column %3 (byte offset %4)")
                                 .arg(message)
                                 .arg(line)
                                 .arg(column)
                                 .arg(offset)
                           : StrictJsonTr::tr("%1: %2 at line %3, column %4 (byte offset %5)")
                                 .arg(field, message)
                                 .arg(line)
                                 .arg(column)
                                 .arg(offset);
}

std::optional<JsonProblem> findJsonProblem(QByteArrayView utf8)
{
    return Checker(utf8).run();
}

StrictJson parseStrictJson(const QByteArray &utf8)
{
    StrictJson result;
    result.problem = findJsonProblem(utf8);
    if (result.problem) {
        return result;
    }
    // Qt decodes each string with fromUtf8(), which drops a U+FEFF (a byte order mark) that starts
    // it: "\uFEFF" + "a" would be read as "a". Escaped, Qt keeps it. After the check above these
    // bytes can only be that character inside a string, so escaping them changes nothing else.
    constexpr QByteArrayView kByteOrderMark("\xEF\xBB\xBF");
    const QByteArray text = utf8.contains(kByteOrderMark) ? QByteArray(utf8).replace(kByteOrderMark, "\\ufeff") : utf8;
    QJsonParseError error;
    result.document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        // Not expected after the check above; reported rather than trusted.
        JsonProblem problem;
        problem.message = error.errorString();
        locate(utf8, error.offset, problem);
        result.problem = problem;
    }
    return result;
}

} // namespace crm
