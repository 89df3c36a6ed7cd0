// Reading the bytes of an office's text files (CSV, TSV, vCard): which encoding, and refusing bytes
// the encoding cannot read instead of replacing them.
#include "fixtures.h"
#include "interchange/textencoding.h"

#include <QStringEncoder>

using namespace Qt::StringLiterals;
using crm::interchange::decodeText;

namespace {

// The message decodeText refused bytes with; fails the test when they were read.
QString refusal(const QByteArray &bytes, const QString &encoding = {})
{
    const auto error = crm::test::errorFrom([&] { decodeText(bytes, encoding); });
    if (!error) {
        FAIL_CHECK("the bytes were read");
        return {};
    }
    CHECK(error->kind() == crm::Error::Kind::Invalid);
    return error->message();
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

const QString kMixed = u"会社名,Société\r\n㈱髙島屋,Müller ①\r\n"_s;

} // namespace

TEST_CASE("UTF-8 is read with and without a byte order mark, which is dropped", "[interchange][encoding]")
{
    const auto plain = decodeText(kMixed.toUtf8());
    CHECK(plain.text == kMixed);
    CHECK(plain.encoding == u"UTF-8"_s);

    const auto marked = decodeText("\xEF\xBB\xBF" + kMixed.toUtf8());
    CHECK(marked.text == kMixed);
    CHECK(marked.encoding == u"UTF-8 with BOM"_s);
}

TEST_CASE("UTF-16 is read by its byte order mark, and without one by where its NUL bytes fall",
          "[interchange][encoding]")
{
    const auto le = decodeText("\xFF\xFE" + utf16(kMixed, QStringConverter::Utf16LE));
    CHECK(le.text == kMixed);
    CHECK(le.encoding == u"UTF-16LE with BOM"_s);
    const auto be = decodeText("\xFE\xFF" + utf16(kMixed, QStringConverter::Utf16BE));
    CHECK(be.text == kMixed);
    CHECK(be.encoding == u"UTF-16BE with BOM"_s);

    const QString ascii = u"name\temail\r\nYamada\tyamada@example.jp\r\n"_s;
    const auto bareLe = decodeText(utf16(ascii, QStringConverter::Utf16LE));
    CHECK(bareLe.text == ascii);
    CHECK(bareLe.encoding == u"UTF-16LE"_s);
    const auto bareBe = decodeText(utf16(ascii + kMixed, QStringConverter::Utf16BE));
    CHECK(bareBe.text == ascii + kMixed);
    CHECK(bareBe.encoding == u"UTF-16BE"_s);
}

TEST_CASE("Shift_JIS is read as Microsoft's CP932, with the NEC and IBM extensions Japanese Excel writes",
          "[interchange][encoding]")
{
    // Bytes as Windows writes them: ① and Ⅰ (NEC row 13), ㈱, 髙 and 﨑 (IBM extensions, FA-FC),
    // 纊 (NEC-selected IBM extension, ED), and ～ and － which CP932 maps to full-width forms where
    // JIS Shift_JIS has the wave dash and the minus sign.
    const QByteArray bytes =
        "\x87\x40,\x87\x54,\x87\x8A\x8E\x52\x8D\xE8,\xFB\xFC\x8B\xB4,\xFA\xB1,\xED\x40,\x81\x60\x81\x7C\r\n"
        "\x83\x41\x83\x43\x83\x45,\xB1\xB2\r\n";
    const auto decoded = decodeText(bytes);
    CHECK(decoded.encoding == u"Shift_JIS (CP932)"_s);
    CHECK(decoded.text == u"①,Ⅰ,㈱山崎,髙橋,﨑,纊,\uFF5E\uFF0D\r\nアイウ,ｱｲ\r\n"_s);
}

TEST_CASE("an encoding named by the officer overrides the detection", "[interchange][encoding]")
{
    const auto latin = decodeText("Soci\xE9t\xE9 G\xE9n\xE9rale;\x80 12\r\n", u"windows-1252"_s);
    CHECK(latin.text == u"Société Générale;€ 12\r\n"_s);
    CHECK(latin.encoding == u"windows-1252"_s);

    // Valid UTF-8 that was in fact Shift_JIS would be detected as UTF-8; naming it reads it right.
    const QByteArray both = "\xC2\xB0\r\n";
    CHECK(decodeText(both).text == u"°\r\n"_s);
    CHECK(decodeText(both, u"Shift_JIS"_s).text == u"ﾂｰ\r\n"_s);

    // The mark of the named encoding is dropped.
    CHECK(decodeText("\xEF\xBB\xBF"
                     "abc",
                     u"utf-8"_s)
              .text == u"abc"_s);

    const QString unknown = refusal("abc", u"klingon-8"_s);
    CHECK(unknown.contains(u"Unknown encoding \"klingon-8\""_s));
}

TEST_CASE("bytes the encoding cannot read are refused with the byte and its line, never replaced",
          "[interchange][encoding]")
{
    SECTION("neither UTF-8 nor Shift_JIS")
    {
        const QString message = refusal("name,email\r\nYamada,ok\r\nSato,\xFF\xFE\xFD\r\n");
        INFO(message.toStdString());
        CHECK(message.contains(u"neither UTF-8"_s));
        CHECK(message.contains(u"byte 0xFF at line 3"_s));
        CHECK(message.contains(u"windows-1252"_s));
    }
    SECTION("Shift_JIS read as the UTF-8 the officer named")
    {
        const QString message = refusal("name\n\x8E\x52\x93\x63\n", u"UTF-8"_s);
        INFO(message.toStdString());
        CHECK(message.contains(u"cannot be read as UTF-8"_s));
        CHECK(message.contains(u"byte 0x8E at line 2 (byte offset 5)"_s));
    }
    SECTION("a character cut off at the end")
    {
        const QString message = refusal("name\r\n\xE5\xB1\xB1\xE7\x94", u"UTF-8"_s);
        INFO(message.toStdString());
        CHECK(message.contains(u"ends in the middle of a character at line 2"_s));
    }
    SECTION("UTF-16 with an odd number of bytes")
    {
        const QString message = refusal("\xFF\xFE" + utf16(u"ab"_s, QStringConverter::Utf16LE) + 'c');
        INFO(message.toStdString());
        CHECK(message.contains(u"not valid UTF-16LE"_s));
        CHECK(message.contains(u"ends in the middle of a character"_s));
    }
    SECTION("UTF-16 with half a surrogate pair")
    {
        const QString message = refusal(QByteArray("\xFF\xFE"
                                                   "a\0\n\0b\0\x00\xD8"
                                                   "c\0",
                                                   12));
        INFO(message.toStdString());
        CHECK(message.contains(u"line 2"_s));
    }
}

TEST_CASE("a binary file is refused as not text, a zip as a workbook", "[interchange][encoding]")
{
    const QString png = refusal(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20));
    CHECK(png.contains(u"not text"_s));
    CHECK(png.contains(u"NUL byte at byte offset 8"_s));

    const QString zip = refusal(QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14));
    CHECK(zip.contains(u"zip archive"_s));
    CHECK(zip.contains(u".xlsx"_s));

    // Named as Latin-1, NULs are still not text.
    CHECK(refusal(QByteArray("a,b\n\0\0", 6), u"ISO-8859-1"_s).contains(u"NUL byte at byte offset 4"_s));
}

TEST_CASE("a NUL character is refused in UTF-16 too", "[interchange][encoding]")
{
    const QString message =
        refusal("\xFF\xFE" + utf16(u"a,b\r\nc,"_s + QChar(u'\0') + u"d"_s, QStringConverter::Utf16LE));
    INFO(message.toStdString());
    CHECK(message.contains(u"NUL character (U+0000) at line 2"_s));
}
