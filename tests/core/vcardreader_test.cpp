// The vCard reader (core/interchange/vcardreader.h) on cards as phones, Outlook and the RFCs write
// them (tests/data/interchange/README.md says where each file comes from), and on broken files.
#include "domain/error.h"
#include "interchange/vcardlexer.h"
#include "interchange/vcardreader.h"
#include "testfiles.h"

#include <QStringEncoder>

using namespace Qt::StringLiterals;
using crm::interchange::Table;
using crm::interchange::VCardReader;

namespace {

QByteArray dataFile(const QString &name)
{
    return crm::test::readAll(QStringLiteral(CRM_SOURCE_DIR) + u"/tests/data/interchange/"_s + name);
}

// The cell of a row under the column named like the contact's JSON field.
QString cell(const Table &t, qsizetype row, const QString &column)
{
    const qsizetype c = t.header.indexOf(column);
    REQUIRE(c >= 0);
    return t.cell(row, c).toString();
}

Table readText(const char *text)
{
    return VCardReader::read(QByteArray(text));
}

// The message of the refusal, or a failure when the input was read.
QString refusal(const QByteArray &input)
{
    try {
        VCardReader::read(input);
    } catch (const crm::Error &e) {
        CHECK(e.kind() == crm::Error::Kind::Invalid);
        return e.message();
    }
    FAIL("the input was read instead of refused");
    return {};
}

} // namespace

TEST_CASE("the RFC 6350 example card gives its name, company, e-mail, phones and address", "[vcard]")
{
    const Table t = VCardReader::read(dataFile(u"ezvcard-rfc6350-example.vcf"_s));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.sourceRows == QList<int>{1});
    CHECK(cell(t, 0, u"family_name"_s) == u"Perreault"_s);
    CHECK(cell(t, 0, u"given_name"_s) == u"Simon"_s);
    CHECK(cell(t, 0, u"investor"_s) == u"Viagenie"_s);
    CHECK(cell(t, 0, u"email"_s) == u"simon.perreault@viagenie.ca"_s);
    CHECK(cell(t, 0, u"phones"_s) == u"+1-418-656-9254;ext=102\n+1-418-262-6501"_s);
    CHECK(cell(t, 0, u"notes"_s).contains(u"Suite D2-630, 2875 Laurier, Quebec, QC, G1V 2M2, Canada"_s));
    CHECK(cell(t, 0, u"notes"_s).contains(u"Website: http://nomis80.org"_s));
    CHECK(t.encoding == u"UTF-8"_s);
}

TEST_CASE("the RFC 2426 example's two cards are named from FN, with the preferred e-mail first", "[vcard]")
{
    const Table t = VCardReader::read(dataFile(u"ezvcard-rfc2426-example.vcf"_s));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.sourceRows == QList<int>{1, 13});
    CHECK(cell(t, 0, u"given_name"_s) == u"Frank"_s);
    CHECK(cell(t, 0, u"family_name"_s) == u"Dawson"_s);
    CHECK(cell(t, 0, u"investor"_s) == u"Lotus Development Corporation"_s);
    CHECK(cell(t, 0, u"email"_s) == u"Frank_Dawson@Lotus.com"_s);
    CHECK(cell(t, 0, u"notes"_s).contains(u"E-mail: fdawson@earthlink.net"_s));
    CHECK(cell(t, 0, u"notes"_s).contains(u"6544 Battleford Drive, Raleigh, NC, 27613-3502, U.S.A."_s));
    CHECK(cell(t, 1, u"family_name"_s) == u"Howes"_s);
    CHECK(cell(t, 1, u"investor"_s) == u"Netscape Communications Corp."_s);
    CHECK(cell(t, 1, u"phones"_s) == u"+1-415-937-3419\n+1-415-528-4164"_s);
}

TEST_CASE("an iPhone's card: grouped properties, TYPE lists, escaped colons and a photo that is ignored", "[vcard]")
{
    const Table t = VCardReader::read(dataFile(u"ezvcard-John_Doe_IPHONE.vcf"_s));
    REQUIRE(t.rows.size() == 1);
    CHECK(cell(t, 0, u"family_name"_s) == u"Doe"_s);
    CHECK(cell(t, 0, u"given_name"_s) == u"John Richter James"_s);
    CHECK(cell(t, 0, u"investor"_s) == u"IBM"_s);
    CHECK(cell(t, 0, u"department"_s) == u"Accounting"_s);
    CHECK(cell(t, 0, u"title"_s) == u"Money Counter"_s);
    CHECK(cell(t, 0, u"email"_s) == u"john.doe@ibm.com"_s);
    CHECK(cell(t, 0, u"phones"_s).split(u'\n').size() == 7);
    CHECK(cell(t, 0, u"phones"_s).startsWith(u"905-555-1234\n905-666-1234"_s));
    CHECK(cell(t, 0, u"notes"_s).contains(u"Street4\nBuilding 6\nFloor 8, New York, 12345, USA"_s));
    CHECK(cell(t, 0, u"notes"_s).contains(u"Website: http://www.ibm.com"_s));
    CHECK(t.notes.filter(u"Photo of card 1"_s).size() == 1);
}

TEST_CASE("Outlook's 2.1 card: bare parameters, quoted-printable labels and a base64 key", "[vcard]")
{
    const Table t = VCardReader::read(dataFile(u"ezvcard-John_Doe_MS_OUTLOOK.vcf"_s));
    REQUIRE(t.rows.size() == 1);
    CHECK(cell(t, 0, u"family_name"_s) == u"Doe"_s);
    CHECK(cell(t, 0, u"investor"_s) == u"IBM"_s);
    CHECK(cell(t, 0, u"email"_s) == u"john.doe@ibm.cm"_s);
    CHECK(cell(t, 0, u"phones"_s) == u"(905) 555-1234\n(905) 666-1234"_s);
    CHECK(cell(t, 0, u"notes"_s).contains(u"Role: Counting Money"_s));
    CHECK(cell(t, 0, u"notes"_s).startsWith(u"THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD"_s));
    CHECK(t.notes.filter(u"Photo of card 1"_s).size() == 1);
}

TEST_CASE("Android's 2.1 export: quoted-printable UTF-8 with soft line breaks, several cards", "[vcard]")
{
    const Table t = VCardReader::read(dataFile(u"ezvcard-John_Doe_ANDROID.vcf"_s));
    REQUIRE(t.rows.size() >= 5);
    CHECK(t.sourceRows.mid(0, 5) == QList<int>{1, 6, 11, 18, 36});
    CHECK(cell(t, 0, u"email"_s) == u"john.doe@company.com"_s);
    CHECK(cell(t, 3, u"family_name"_s) == u"Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"_s);
    CHECK(cell(t, 3, u"phones"_s) == u"123456\n234567\n3456789\n45678901"_s);
    CHECK(cell(t, 4, u"family_name"_s) == u"Ñ Ñ"_s);
    CHECK(cell(t, 4, u"given_name"_s) == u"Ñ Ñ Ñ"_s);
}

TEST_CASE("a docomo-style 2.1 card in Shift_JIS: SOUND;X-IRMC-N readings and a quoted-printable address", "[vcard]")
{
    const Table t = VCardReader::read(dataFile(u"aosp-v21_japanese_2.vcf"_s));
    REQUIRE(t.rows.size() == 1);
    CHECK(cell(t, 0, u"family_name"_s) == u"安藤"_s);
    CHECK(cell(t, 0, u"given_name"_s) == u"ロイド1"_s);
    // Half-width katakana as the phone wrote them (ｱﾝﾄﾞｳ), full-width once read.
    CHECK(cell(t, 0, u"family_name_reading"_s) == u"アンドウ"_s);
    CHECK(cell(t, 0, u"given_name_reading"_s) == u"ロイド1"_s);
    CHECK(cell(t, 0, u"notes"_s).contains(u"東京都渋谷区桜丘町26-1セルリアンタワー6階"_s));
    CHECK(cell(t, 0, u"notes"_s).startsWith(u"メモ"_s));
    CHECK(t.encoding == u"Shift_JIS (CP932)"_s);

    const Table one = VCardReader::read(dataFile(u"aosp-v21_japanese_1.vcf"_s));
    CHECK(cell(one, 0, u"family_name"_s) == u"安藤ロイド"_s);
    CHECK(cell(one, 0, u"family_name_reading"_s) == u"アンドウロイド"_s);
}

TEST_CASE("a 4.0 card with SORT-AS on N and ORG gives the readings and the department", "[vcard]")
{
    const Table t = VCardReader::read(dataFile(u"aosp-v40_sort_as.vcf"_s));
    REQUIRE(t.rows.size() == 1);
    CHECK(cell(t, 0, u"family_name"_s) == u"安藤"_s);
    CHECK(cell(t, 0, u"given_name"_s) == u"ロイド"_s);
    CHECK(cell(t, 0, u"family_name_reading"_s) == u"あんどう"_s);
    CHECK(cell(t, 0, u"given_name_reading"_s) == u"ろいど"_s);
    CHECK(cell(t, 0, u"investor"_s) == u"グーグル"_s);
    CHECK(cell(t, 0, u"department"_s) == u"検索部門"_s);
}

TEST_CASE("an iOS 6 card with CR CR LF line ends and a folded photo", "[vcard]")
{
    const Table t = VCardReader::read(dataFile(u"aosp-v30_ios_613_multiline.vcf"_s));
    REQUIRE(t.rows.size() == 1);
    CHECK(cell(t, 0, u"family_name"_s) == u"Smith"_s);
    CHECK(cell(t, 0, u"given_name"_s) == u"Bob"_s);
    CHECK(cell(t, 0, u"investor"_s) == u"Smith Auto Repair"_s);
    CHECK(cell(t, 0, u"email"_s) == u"bob@smithauto.com"_s);
    CHECK(cell(t, 0, u"phones"_s) == u"(650) 555-1212"_s);
    CHECK(t.notes.filter(u"Photo of card 1"_s).size() == 1);
}

TEST_CASE("an iPhone card of a Japanese person: X-PHONETIC readings, romanised nickname, second e-mail", "[vcard]")
{
    const Table t = VCardReader::read(dataFile(u"handmade-ios-japanese.vcf"_s));
    REQUIRE(t.rows.size() == 1);
    CHECK(cell(t, 0, u"family_name"_s) == u"山田"_s);
    CHECK(cell(t, 0, u"given_name"_s) == u"太郎"_s);
    CHECK(cell(t, 0, u"family_name_reading"_s) == u"やまだ"_s);
    CHECK(cell(t, 0, u"given_name_reading"_s) == u"たろう"_s);
    CHECK(cell(t, 0, u"latin_family_name"_s) == u"Yamada"_s);
    CHECK(cell(t, 0, u"latin_given_name"_s) == u"Taro"_s);
    CHECK(cell(t, 0, u"investor"_s) == u"株式会社サンプル"_s);
    CHECK(cell(t, 0, u"department"_s) == u"海外事業部"_s);
    CHECK(cell(t, 0, u"title"_s) == u"部長"_s);
    CHECK(cell(t, 0, u"email"_s) == u"taro.yamada@example.co.jp"_s);
    CHECK(cell(t, 0, u"phones"_s) == u"090-1234-5678\n03-1234-5678"_s);
    CHECK(cell(t, 0, u"notes"_s) ==
          u"E-mail: yamada@example.com\nAddress (work, pref): 丸の内1-1-1, 千代田区, 東京都, 100-0005, 日本"_s);
}

TEST_CASE("the other ways phones write readings and names", "[vcard]")
{
    SECTION("SORT-STRING of 3.0, split at the space")
    {
        const Table t = readText("BEGIN:VCARD\nVERSION:3.0\nN:佐藤;花子;;;\nSORT-STRING:さとう はなこ\nEND:VCARD\n");
        CHECK(cell(t, 0, u"family_name_reading"_s) == u"さとう"_s);
        CHECK(cell(t, 0, u"given_name_reading"_s) == u"はなこ"_s);
    }
    SECTION("SOUND;X-IRMC-N with one component holding both, as docomo asks")
    {
        const Table t = readText("BEGIN:VCARD\nVERSION:2.1\nN:佐藤;花子\nSOUND;X-IRMC-N:ｻﾄｳ ﾊﾅｺ;;;;\nEND:VCARD\n");
        CHECK(cell(t, 0, u"family_name_reading"_s) == u"サトウ"_s);
        CHECK(cell(t, 0, u"given_name_reading"_s) == u"ハナコ"_s);
    }
    SECTION("FN alone, family-first with an ideographic space")
    {
        const Table t = readText("BEGIN:VCARD\nVERSION:3.0\nFN:鈴木\xe3\x80\x80一郎\nEND:VCARD\n");
        CHECK(cell(t, 0, u"family_name"_s) == u"鈴木"_s);
        CHECK(cell(t, 0, u"given_name"_s) == u"一郎"_s);
    }
    SECTION("two N with ALTID: the kanji one is the name, the Latin one the romanised name")
    {
        const Table t = readText("BEGIN:VCARD\r\nVERSION:4.0\r\nN;ALTID=1;LANGUAGE=en:Suzuki;Ichiro;;;\r\n"
                                 "N;ALTID=1;LANGUAGE=ja:鈴木;一郎;;;\r\nFN:鈴木 一郎\r\nEND:VCARD\r\n");
        CHECK(cell(t, 0, u"family_name"_s) == u"鈴木"_s);
        CHECK(cell(t, 0, u"latin_family_name"_s) == u"Suzuki"_s);
        CHECK(cell(t, 0, u"latin_given_name"_s) == u"Ichiro"_s);
    }
    SECTION("a Latin name alone fills the name, not the romanised fields")
    {
        const Table t = readText("BEGIN:VCARD\nVERSION:3.0\nN:Hassani;Mohamed Aref;;;\nNICKNAME:Big Mo\nEND:VCARD\n");
        CHECK(cell(t, 0, u"family_name"_s) == u"Hassani"_s);
        CHECK(cell(t, 0, u"latin_family_name"_s).isEmpty());
    }
    SECTION("Android's nickname in X-ANDROID-CUSTOM is the romanised name of a kanji card")
    {
        const Table t = readText("BEGIN:VCARD\nVERSION:2.1\nN:田中;健;;;\n"
                                 "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Ken Tanaka;1;;;;;;;;;;;;;\n"
                                 "END:VCARD\n");
        CHECK(cell(t, 0, u"latin_given_name"_s) == u"Ken"_s);
        CHECK(cell(t, 0, u"latin_family_name"_s) == u"Tanaka"_s);
    }
}

TEST_CASE("content lines: folding by tab, escapes, quoted parameters and groups", "[vcard]")
{
    const Table t = readText("BEGIN:VCARD\nVERSION:4.0\nN:O\\;Neil;Sean\\, Jr;;;\n"
                             "item7.NOTE;LANGUAGE=\"en:GB\";X-A=\"x;y\":line one\\nline\n\ttwo\\\\end\n"
                             "TITLE:Head of \\\"A\\\"\nEND:VCARD\n");
    CHECK(cell(t, 0, u"family_name"_s) == u"O;Neil"_s);
    CHECK(cell(t, 0, u"given_name"_s) == u"Sean, Jr"_s);
    CHECK(cell(t, 0, u"notes"_s) == u"line one\nlinetwo\\end"_s);
    CHECK(cell(t, 0, u"title"_s) == u"Head of \\\"A\\\""_s);
}

TEST_CASE("encodings: UTF-16 with a byte order mark, Shift_JIS without CHARSET, and a chosen encoding", "[vcard]")
{
    const QString card = u"BEGIN:VCARD\r\nVERSION:3.0\r\nN:髙橋;①㈱;;;\r\nEND:VCARD\r\n"_s;
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray le = utf16.encode(card);
    CHECK(cell(VCardReader::read(le), 0, u"family_name"_s) == u"髙橋"_s);

    QStringEncoder cp932("windows-31j");
    const QByteArray sjis = cp932.encode(card);
    REQUIRE(!cp932.hasError());
    const Table t = VCardReader::read(sjis);
    CHECK(cell(t, 0, u"family_name"_s) == u"髙橋"_s);
    CHECK(cell(t, 0, u"given_name"_s) == u"①㈱"_s);
    CHECK(t.encoding == u"Shift_JIS (CP932)"_s);

    const QByteArray latin1 = "BEGIN:VCARD\nVERSION:3.0\nN:Sch\xf6n;J\xfcrgen;;;\nEND:VCARD\n";
    const Table chosen = VCardReader::read(latin1, u"ISO-8859-1"_s);
    CHECK(cell(chosen, 0, u"family_name"_s) == u"Schön"_s);
    CHECK(chosen.encoding == u"ISO-8859-1"_s);
}

TEST_CASE("broken quoted-printable and base64 are reported, and the rest of the card is read", "[vcard]")
{
    const Table t = readText("BEGIN:VCARD\nVERSION:2.1\nN:Doe;Jane\nNOTE;ENCODING=QUOTED-PRINTABLE:50=ZZ o=\n"
                             "ff\n"
                             "TITLE;ENCODING=b:!!!notbase64\nPHOTO;ENCODING=b:@@@\nEMAIL:jane@example.org\n"
                             "END:VCARD\n");
    CHECK(cell(t, 0, u"notes"_s) == u"50=ZZ off"_s);
    CHECK(cell(t, 0, u"title"_s).isEmpty());
    CHECK(cell(t, 0, u"email"_s) == u"jane@example.org"_s);
    CHECK(t.notes.filter(u"line 4: broken quoted-printable"_s).size() == 1);
    CHECK(t.notes.filter(u"line 6: TITLE is not valid base64"_s).size() == 1);
    CHECK(t.notes.filter(u"Photo of card 1 (line 1) ignored"_s).size() == 1);
}

// Found by fuzz_vcard_reader (tests/fuzz/corpus/fuzz_vcard_reader/finding-utf7-lone-surrogate.vcf):
// bytes that are not UTF-8 are read in the CHARSET named, and UTF-7 spells U+D83D, half of a
// surrogate pair, alone ("+2D0-"), which no field can hold.
TEST_CASE("a value whose charset gives half a surrogate pair is skipped with a note", "[vcard]")
{
    const Table t = readText("BEGIN:VCARD\nVERSION:2.1\nN:Doe;Jane\nNOTE;CHARSET=UTF-7:smile +2D0- \xff end\n"
                             "EMAIL:jane@example.org\nEND:VCARD\n");
    CHECK(cell(t, 0, u"notes"_s).isEmpty());
    CHECK(cell(t, 0, u"email"_s) == u"jane@example.org"_s);
    CHECK(t.notes.filter(u"line 4: NOTE is not valid UTF-7 text"_s).size() == 1);
    for (const QVariant &value : t.rows.at(0)) {
        CHECK(QStringView(value.toString()).isValidUtf16());
    }
}

TEST_CASE("files that are not readable vCards are refused with the line", "[vcard]")
{
    CHECK(refusal({}) == u"The file is empty."_s);
    CHECK(refusal(" \r\n\t\n") == u"The file is empty."_s);
    CHECK(refusal(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).contains(u"no vCard"_s));
    CHECK(refusal("name,email\nJane,jane@example.org\n").contains(u"no vCard"_s));
    CHECK(refusal("BEGIN:VCARD\nVERSION:3.0\nFN:Jane\nBEGIN:VCARD\nFN:Joe\nEND:VCARD\n") ==
          u"Line 4: a card begins inside the card begun at line 1, which has no END:VCARD."_s);
    CHECK(refusal("BEGIN:VCARD\nVERSION:3.0\nFN:Jane\nEND:VCARD\nBEGIN:VCARD\nFN:Joe\n") ==
          u"The card begun at line 5 has no END:VCARD: the file may be cut short."_s);
    CHECK(refusal("FN:Jane\nEND:VCARD\n") == u"Line 2: END:VCARD without a BEGIN:VCARD before it."_s);
    CHECK(refusal("BEGIN:VCARD\nVERSION:5.0\nFN:Jane\nEND:VCARD\n") ==
          u"Line 2: vCard version 5.0 is not supported (2.1, 3.0 and 4.0 are)."_s);

    QByteArray longLine = "BEGIN:VCARD\nVERSION:3.0\nNOTE:";
    longLine += QByteArray(crm::interchange::vcard::kMaxLineBytes, 'x');
    CHECK(refusal(longLine + "\nEND:VCARD\n") == u"Line 3 is longer than 8 MB."_s);
    QByteArray folded = "BEGIN:VCARD\nVERSION:3.0\nNOTE:";
    for (int i = 0; i < 9; ++i) {
        folded += QByteArray(1024 * 1024, 'x') + "\n ";
    }
    CHECK(refusal(folded + "\nEND:VCARD\n") == u"The content line starting at line 3 is longer than 8 MB."_s);
    CHECK(refusal(QByteArray(crm::interchange::vcard::kMaxFileBytes + 1, '\n')) == u"The file is larger than 64 MB."_s);
}
