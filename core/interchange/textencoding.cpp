#include "textencoding.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm::interchange {
namespace {
struct TextEncodingTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::TextEncoding)
};

[[noreturn]] void refuse(const QString &message)
{
    throw Error(Error::Kind::Invalid, message);
}

QString hexByte(char byte)
{
    return u"0x"_s + QString::number(static_cast<uchar>(byte), 16).toUpper().rightJustified(2, u'0');
}

// 1-based line of the end of text: CRLF, LF and a lone CR each end a line.
qsizetype lineAtEnd(QStringView text)
{
    qsizetype line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n'))) {
            ++line;
        }
    }
    return line;
}

struct Fault
{
    qsizetype offset = 0; // of the first byte the encoding cannot read; the size when the text is cut short
    qsizetype line = 1;
};

bool isUtf16(const QByteArray &converter)
{
    return converter.toUpper().startsWith("UTF-16");
}

// The text when every byte is valid in the encoding (and a UTF-16 text pairs its surrogates).
std::optional<QString> decodeStrictly(QByteArrayView bytes, const QByteArray &converter)
{
    if (isUtf16(converter) && bytes.size() % 2 != 0) {
        return std::nullopt;
    }
    QStringDecoder decoder(converter.constData(), QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || !QStringView(text).isValidUtf16()) {
        return std::nullopt;
    }
    return text;
}

// Where bytes that decodeStrictly refused stop being valid. A decoder keeps an incomplete character
// for the next call, so a prefix has an error exactly when an invalid byte lies inside it: the first
// one is found by bisection (only on this path, for the message).
Fault findFault(QByteArrayView bytes, const QByteArray &converter)
{
    const auto decodes = [&](qsizetype length) {
        QStringDecoder decoder(converter.constData());
        QString text = decoder.decode(bytes.first(length));
        if (!text.isEmpty() && text.back().isHighSurrogate()) {
            text.chop(1); // its pair may follow the prefix
        }
        return !decoder.hasError() && QStringView(text).isValidUtf16();
    };
    qsizetype good = 0; // a prefix that decodes
    qsizetype bad = bytes.size() + 1;
    while (bad - good > 1) {
        const qsizetype middle = good + (bad - good) / 2;
        (decodes(middle) ? good : bad) = middle;
    }
    QStringDecoder decoder(converter.constData());
    const QString before = decoder.decode(bytes.first(good));
    return Fault{good, lineAtEnd(before)};
}

QString describeFault(QByteArrayView bytes, const Fault &fault)
{
    if (fault.offset >= bytes.size()) {
        return TextEncodingTr::tr("the file ends in the middle of a character at line %1 (it may have been cut short)")
            .arg(fault.line);
    }
    return TextEncodingTr::tr("byte %1 at line %2 (byte offset %3)")
        .arg(hexByte(bytes[fault.offset]))
        .arg(fault.line)
        .arg(fault.offset);
}

// UTF-16 without a byte order mark: the text of a CSV is mostly ASCII (delimiters, line breaks,
// digits), whose high byte is 0, so NUL bytes fall on one side of each pair far more than the other.
std::optional<QByteArray> guessUtf16(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0) {
        return std::nullopt;
    }
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192);
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes[i] == '\0') {
            ++(i % 2 == 0 ? evenNuls : oddNuls);
        }
    }
    const qsizetype pairs = sample / 2;
    if (oddNuls * 8 >= pairs && oddNuls >= 4 * evenNuls) {
        return QByteArray("UTF-16LE");
    }
    if (evenNuls * 8 >= pairs && evenNuls >= 4 * oddNuls) {
        return QByteArray("UTF-16BE");
    }
    return std::nullopt;
}

void refuseZip(QByteArrayView bytes)
{
    if (bytes.startsWith("PK\x03\x04")) {
        refuse(TextEncodingTr::tr("The file is a zip archive (an Excel .xlsx workbook?), not text. Import it as a "
                                  "workbook, or save it from Excel as CSV."));
    }
}

void refuseBinary(QByteArrayView bytes)
{
    refuseZip(bytes);
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        refuse(TextEncodingTr::tr("The file is not text: it holds a NUL byte at byte offset %1, as binary files "
                                  "(an .xls workbook, a picture, a PDF) do. Save it from its program as CSV.")
                   .arg(nul));
    }
}

struct Bom
{
    QByteArrayView mark;
    const char *converter;
};

DecodedText detectAndDecode(const QByteArray &bytes, const QString &encoding)
{
    static const Bom boms[] = {{"\xEF\xBB\xBF", "UTF-8"}, {"\xFF\xFE", "UTF-16LE"}, {"\xFE\xFF", "UTF-16BE"}};
    std::optional<Bom> bom;
    for (const Bom &candidate : boms) {
        if (bytes.startsWith(candidate.mark)) {
            bom = candidate;
            break;
        }
    }

    if (!encoding.isEmpty()) {
        const QByteArray converter = encoding.toLatin1();
        const QStringDecoder probe(converter.constData());
        if (!probe.isValid() || encoding.contains(u'\0')) {
            refuse(TextEncodingTr::tr("Unknown encoding \"%1\". Names such as UTF-8, UTF-16LE, Shift_JIS or "
                                      "windows-1252 are understood.")
                       .arg(encoding));
        }
        const QString name = QString::fromLatin1(probe.name());
        // The mark is dropped only when it is the one of the named encoding (UTF-16 names both).
        QByteArrayView body = bytes;
        if (bom && (name.compare(QLatin1StringView(bom->converter), Qt::CaseInsensitive) == 0 ||
                    (name.compare(u"UTF-16"_s, Qt::CaseInsensitive) == 0 && bom->mark.size() == 2))) {
            body = body.sliced(bom->mark.size());
        }
        if (!isUtf16(converter) && !name.startsWith(u"UTF-16"_s, Qt::CaseInsensitive)) {
            refuseBinary(body);
        }
        if (auto text = decodeStrictly(body, converter)) {
            return {std::move(*text), name, converter};
        }
        refuse(TextEncodingTr::tr("The file cannot be read as %1: %2. Choose the encoding it was saved in.")
                   .arg(encoding, describeFault(body, findFault(body, converter))));
    }

    if (bom) {
        const QByteArrayView body = QByteArrayView(bytes).sliced(bom->mark.size());
        const QByteArray converter(bom->converter);
        if (auto text = decodeStrictly(body, converter)) {
            return {std::move(*text), TextEncodingTr::tr("%1 with BOM").arg(QString::fromLatin1(converter)), converter};
        }
        refuse(TextEncodingTr::tr("The file starts with the byte order mark of %1 but is not valid %1: %2.")
                   .arg(QString::fromLatin1(converter), describeFault(body, findFault(body, converter))));
    }

    refuseZip(bytes);
    if (const auto utf16 = guessUtf16(bytes)) {
        // Binary data whose NUL bytes happen to fall like UTF-16's still holds U+0000 once decoded.
        if (auto text = decodeStrictly(bytes, *utf16); text && !text->contains(QChar(u'\0'))) {
            return {std::move(*text), QString::fromLatin1(*utf16), *utf16};
        }
    }
    refuseBinary(bytes);
    const QByteArray utf8("UTF-8");
    if (auto text = decodeStrictly(bytes, utf8)) {
        return {std::move(*text), u"UTF-8"_s, utf8};
    }
    const QByteArray cp932(kCp932);
    if (auto text = decodeStrictly(bytes, cp932)) {
        return {std::move(*text), u"Shift_JIS (CP932)"_s, cp932};
    }
    refuse(TextEncodingTr::tr("The file is neither UTF-8 (%1) nor Shift_JIS (%2). Choose the encoding it was "
                              "saved in, such as windows-1252 for a CSV from Excel in English or French.")
               .arg(describeFault(bytes, findFault(bytes, utf8)), describeFault(bytes, findFault(bytes, cp932))));
}

} // namespace

DecodedText decodeText(const QByteArray &bytes, const QString &encoding)
{
    DecodedText decoded = detectAndDecode(bytes, encoding);
    // A NUL is no more text in UTF-16 than in a byte encoding (and UTF-8 could not carry it back).
    if (const qsizetype nul = decoded.text.indexOf(QChar(u'\0')); nul >= 0) {
        refuse(TextEncodingTr::tr("The file is not text: it holds a NUL character (U+0000) at line %1.")
                   .arg(lineAtEnd(QStringView(decoded.text).first(nul))));
    }
    return decoded;
}

} // namespace crm::interchange
