// The .xlsx reader (issue 18): files written by openpyxl, LibreOffice and Microsoft Excel read with
// their text, numbers, dates and formulas' saved values, and every kind of bad file refused with a
// message that says what is wrong.
#include "fixtures.h"
#include "interchange/xlsxreader.h"
#include "testfiles.h"
#include "xlsxfiles.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace crm;
using crm::interchange::Table;
using crm::interchange::XlsxReader;

namespace {

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}

// The message of the refusal f throws; fails the test when f returns.
template<class F>
QString refusal(F &&f, Error::Kind kind = Error::Kind::Invalid)
{
    const std::optional<Error> error = test::errorFrom(std::forward<F>(f));
    if (!error) {
        FAIL_CHECK("the file was read");
        return {};
    }
    INFO("message: " << error->message().toStdString());
    CHECK(error->kind() == kind);
    return error->message();
}

QString refusalOfParts(const QHash<QString, QByteArray> &parts, const QString &sheet = {})
{
    return refusal([&] { XlsxReader::read(test::zipOf(parts), u"list.xlsx"_s, sheet); });
}

Table readParts(const QByteArray &sheetData, const QByteArray &sharedStrings = {}, const QByteArray &styles = {})
{
    return XlsxReader::read(test::zipOf(test::workbookParts(sheetData, sharedStrings, styles)), u"list.xlsx"_s);
}

const QByteArray kTwoColumnHeader = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c>)"
                                    R"(<c r="B1" t="inlineStr"><is><t>Value</t></is></c></row>)";

} // namespace

TEST_CASE("an .xlsx written by openpyxl reads with its Japanese, French and Arabic names, dates, numbers and booleans",
          "[xlsx]")
{
    const Table table = XlsxReader::readFile(test::interchangeFile(u"openpyxl-contacts.xlsx"_s));
    CHECK(table.encoding == u"sheet “Contacts”"_s);
    CHECK(table.header == QStringList{u"Name"_s, u"Reading"_s, u"Company"_s, u"Country"_s, u"Met on"_s, u"Meeting at"_s,
                                      u"Employees"_s, u"Revenue"_s, u"Active"_s, u"Web"_s, u"Staff x2"_s});
    // Row 4 is blank: left out, and the sheet's own row numbers kept for messages.
    CHECK(table.sourceRows == QList<int>{2, 3, 5});
    REQUIRE(table.rows.size() == 3);

    CHECK(table.cell(0, 0) == QVariant(u"山田 太郎"_s));
    CHECK(table.cell(0, 2) == QVariant(u"株式会社山田製作所"_s));
    CHECK(table.cell(0, 4) == QVariant(QDate(2024, 3, 15)));
    CHECK(table.cell(0, 5) == QVariant(utc(2024, 3, 15, 14, 30)));
    CHECK(table.cell(0, 6) == QVariant(120.0));
    CHECK(table.cell(0, 7) == QVariant(1234.5));
    CHECK(table.cell(0, 8) == QVariant(true));
    // openpyxl saves formulas without their results: kept as text, never evaluated, and said so.
    CHECK(table.cell(0, 9) == QVariant(uR"(=HYPERLINK("https://yamada.example.jp","site"))"_s));
    CHECK(table.cell(0, 10) == QVariant(u"=G2*2"_s));
    CHECK(table.notes.filter(u"J2"_s).size() == 1);
    CHECK(table.notes.filter(u"K2"_s).size() == 1);

    CHECK(table.cell(1, 0) == QVariant(u"Élodie Lefèvre"_s));
    CHECK(table.cell(1, 1).isNull());
    CHECK(table.cell(1, 2) == QVariant(u"Société Générale d'Électronique"_s));
    CHECK(table.cell(1, 4) == QVariant(QDate(1999, 12, 31)));
    CHECK(table.cell(1, 6) == QVariant(3.0)); // shown as "3 staff": a number format, not a date
    CHECK(table.cell(1, 7) == QVariant(-0.25));
    CHECK(table.cell(1, 8) == QVariant(false));

    CHECK(table.cell(2, 0) == QVariant(u"محمد العلي"_s));
    CHECK(table.cell(2, 2) == QVariant(u"شركة الخليج"_s));
    CHECK(table.cell(2, 4) == QVariant(QDate(2023, 1, 2))); // custom format yyyy/m/d
    CHECK(table.cell(2, 5) == QVariant(utc(2023, 1, 2, 8, 5, 30)));
    CHECK(table.cell(2, 6).isNull());
    CHECK(table.cell(2, 7) == QVariant(1e9));
    CHECK(table.cell(2, 9) == QVariant(u"https://example.sa"_s));
}

TEST_CASE("the same workbook saved by LibreOffice gives the values its formulas had when it was saved", "[xlsx]")
{
    const Table table = XlsxReader::readFile(test::interchangeFile(u"libreoffice-contacts.xlsx"_s));
    CHECK(table.header.size() == 11);
    CHECK(table.sourceRows == QList<int>{2, 3, 5});
    CHECK(table.cell(0, 0) == QVariant(u"山田 太郎"_s)); // shared strings this time
    CHECK(table.cell(0, 4) == QVariant(QDate(2024, 3, 15)));
    CHECK(table.cell(0, 5) == QVariant(utc(2024, 3, 15, 14, 30)));
    CHECK(table.cell(0, 8) == QVariant(true));
    CHECK(table.cell(0, 9) == QVariant(u"site"_s));
    CHECK(table.cell(0, 10) == QVariant(240.0));
    CHECK(table.cell(2, 4) == QVariant(QDate(2023, 1, 2)));
    CHECK(table.cell(2, 0) == QVariant(u"محمد العلي"_s));
    CHECK(table.notes.isEmpty());
}

TEST_CASE("workbooks in the 1904 date system read the same dates as the 1900 system", "[xlsx]")
{
    for (const QString &file : {u"openpyxl-1904.xlsx"_s, u"libreoffice-1904.xlsx"_s}) {
        INFO(file.toStdString());
        const Table table = XlsxReader::readFile(test::interchangeFile(file));
        CHECK(table.header == QStringList{u"Name"_s, u"Visit"_s});
        CHECK(table.cell(0, 1) == QVariant(QDate(2024, 3, 15)));
        CHECK(table.cell(1, 1) == QVariant(utc(1904, 1, 2, 12, 0)));
    }
}

TEST_CASE("a sheet is read by its name, without regard to case, and the sheets are listed in order", "[xlsx]")
{
    const QString path = test::interchangeFile(u"openpyxl-contacts.xlsx"_s);
    CHECK(XlsxReader::sheetNames(test::readAll(path), u"openpyxl-contacts.xlsx"_s) ==
          QStringList{u"Contacts"_s, u"Notes"_s});
    const Table notes = XlsxReader::readFile(path, u"notes"_s);
    CHECK(notes.encoding == u"sheet “Notes”"_s);
    CHECK(notes.header == QStringList{u"Topic"_s, u"Due"_s});
    CHECK(notes.rows == QList<QVariantList>{{u"Visa letters"_s, QDate(2024, 4, 1)}});
}

TEST_CASE("a workbook saved by Microsoft Excel reads with shared strings, cached results and its date format", "[xlsx]")
{
    // calamine's tests/issues.xlsx, saved by Excel 16 (see tests/data/interchange/README.md).
    const QString path = test::interchangeFile(u"calamine-issues.xlsx"_s);
    CHECK(XlsxReader::sheetNames(test::readAll(path), u"issues.xlsx"_s).mid(0, 3) ==
          QStringList{u"datatypes"_s, u"Sheet1"_s, u"issue2"_s});
    const Table table = XlsxReader::readFile(path, u"datatypes"_s);
    CHECK(table.header == QStringList{u"1"_s});
    CHECK(table.sourceRows == QList<int>{2, 3, 4, 5, 6});
    CHECK(table.rows == QList<QVariantList>{{1.5}, {u"ab"_s}, {false}, {u"test"_s}, {QDate(2016, 10, 20)}});
    CHECK(table.notes.isEmpty());
}

TEST_CASE("error values Excel saved are kept as their text with a note", "[xlsx]")
{
    // calamine's tests/errors.xlsx, saved by Excel 2007 in French (sheets Feuil1..3).
    const Table table = XlsxReader::readFile(test::interchangeFile(u"calamine-errors.xlsx"_s));
    CHECK(table.encoding == u"sheet “Feuil1”"_s);
    CHECK(table.header == QStringList{u"#DIV/0!"_s});
    CHECK(table.sourceRows == QList<int>{2, 3, 4, 5, 6, 7}); // the hidden empty row 20 is left out
    CHECK(table.rows.constLast() == QVariantList{u"#N/A"_s});
    CHECK(table.notes.filter(u"#NAME?"_s).size() == 1);
    CHECK(table.notes.filter(u"A2"_s).size() == 1);
}

TEST_CASE("rich text runs are joined and Japanese phonetic guides left out", "[xlsx]")
{
    // As Japanese Excel saves a name typed with its reading: the furigana are <rPh> runs.
    const Table table = readParts(kTwoColumnHeader + R"(<row r="2"><c r="A2" t="s"><v>0</v></c>)"
                                                     R"(<c r="B2" t="s"><v>1</v></c></row>)",
                                  "<si><t>山田太郎</t><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh>"
                                  "<phoneticPr fontId=\"1\"/></si>"
                                  "<si><r><rPr><b/></rPr><t>Société </t></r><r><t xml:space=\"preserve\">Générale"
                                  "_x000D_\n</t></r></si>");
    CHECK(table.rows == QList<QVariantList>{{u"山田太郎"_s, u"Société Générale\r\n"_s}});
}

TEST_CASE("escaped characters are decoded, and half a surrogate pair becomes a replacement character", "[xlsx]")
{
    const Table table = readParts(
        kTwoColumnHeader + R"(<row r="2"><c r="A2" t="inlineStr"><is><t>_xD83D__xDE00_ _x005F_x000D_</t></is></c>)"
                           R"(<c r="B2" t="inlineStr"><is><t>a_xD800_b</t></is></c></row>)");
    CHECK(table.rows == QList<QVariantList>{{u"\U0001F600 _x000D_"_s, u"a\uFFFDb"_s}});
}

TEST_CASE("gaps between cells are nulls, and cells without a reference follow the one before", "[xlsx]")
{
    const Table table = readParts(
        R"(<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c><c r="B1" t="inlineStr"><is><t>B</t></is></c>)"
        R"(<c r="C1" t="inlineStr"><is><t>C</t></is></c><c r="D1" t="inlineStr"><is><t>D</t></is></c></row>)"
        R"(<row r="7"><c r="C7"><v>3</v></c></row>)"
        R"(<row><c><v>1</v></c><c><v>2</v></c><c r="D8"><v>4</v></c></row>)");
    CHECK(table.sourceRows == QList<int>{7, 8});
    CHECK(table.rows == QList<QVariantList>{{QVariant(), QVariant(), 3.0}, {1.0, 2.0, QVariant(), 4.0}});
}

TEST_CASE("dates are told from numbers by their format, built in or custom", "[xlsx]")
{
    // Styles 0..6: General, built-in 14 (date), 22 (date and time), custom Japanese era date,
    // custom elapsed hours, custom "0.00 \"m\"" (a number), built-in 57 (Japanese Excel's 年月).
    const QByteArray styles =
        R"(<numFmts count="3"><numFmt numFmtId="164" formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>)"
        R"(<numFmt numFmtId="165" formatCode="[h]:mm"/>)"
        R"(<numFmt numFmtId="166" formatCode="0.00&quot; m&quot;"/></numFmts>)"
        R"(<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>)"
        R"(<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/>)"
        R"(<xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="57"/></cellXfs>)";
    QByteArray header = "<row r=\"1\">";
    QByteArray values = "<row r=\"2\">";
    for (int style = 0; style < 7; ++style) {
        header += "<c t=\"inlineStr\"><is><t>s" + QByteArray::number(style) + "</t></is></c>";
        values += "<c s=\"" + QByteArray::number(style) + "\"><v>45366.5</v></c>";
    }
    const Table table = readParts(header + "</row>" + values + "</row>", {}, styles);
    const QDateTime noon = utc(2024, 3, 15, 12, 0);
    CHECK(table.rows.constFirst() == QVariantList{45366.5, noon, noon, noon, noon, 45366.5, noon});
}

TEST_CASE("Excel's day serials become dates with its 1900 leap-year quirk, and ISO dates are read as dates", "[xlsx]")
{
    const QByteArray styles = R"(<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>)";
    const Table table = readParts(
        kTwoColumnHeader +
            R"(<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>59</v></c></row>)"
            R"(<row r="3"><c r="A3" s="1"><v>61</v></c><c r="B3" t="d"><v>2024-03-15</v></c></row>)"
            R"(<row r="4"><c r="A4" s="1"><v>0.75</v></c><c r="B4" t="d"><v>2024-03-15T08:30:00</v></c></row>)",
        {}, styles);
    CHECK(table.rows == QList<QVariantList>{{QDate(1900, 1, 1), QDate(1900, 2, 28)},
                                            {QDate(1900, 3, 1), QDate(2024, 3, 15)},
                                            {utc(1899, 12, 30, 18, 0), utc(2024, 3, 15, 8, 30)}});
}

TEST_CASE("a formula saved without its value is kept as text and noted; with one, the value is read", "[xlsx]")
{
    const Table table = readParts(kTwoColumnHeader + R"(<row r="2"><c r="A2" t="str"><f>UPPER("a")</f><v>A</v></c>)"
                                                     R"(<c r="B2"><f>HYPERLINK("http://x.example")</f></c></row>)");
    CHECK(table.rows == QList<QVariantList>{{u"A"_s, uR"(=HYPERLINK("http://x.example"))"_s}});
    REQUIRE(table.notes.size() == 1);
    CHECK(table.notes.constFirst().contains(u"B2"_s));
}

TEST_CASE("a file that is not an .xlsx is refused with what it is", "[xlsx][refusal]")
{
    CHECK(refusal([] {
              XlsxReader::read("Name,Value\nA,1\n", u"list.xlsx"_s);
          }).contains(u"list.xlsx is not an Excel workbook (.xlsx)"_s));
    CHECK(refusal([] { XlsxReader::read({}, u"list.xlsx"_s); }) == u"list.xlsx is empty."_s);
    // excelize's test/encryptSHA1.xlsx: what Excel writes when a workbook is given a password.
    CHECK(refusal([] {
              XlsxReader::readFile(test::interchangeFile(u"excelize-encryptSHA1.xlsx"_s));
          }).contains(u"password-protected"_s));
    CHECK(refusal([] { XlsxReader::readFile(u"/nonexistent/list.xlsx"_s); }, Error::Kind::NotFound)
              .contains(u"does not exist"_s));
    CHECK(refusal([] {
              XlsxReader::read(test::makeZip({{u"word/document.xml"_s, "<document/>"}}), u"letter.xlsx"_s);
          }).contains(u"without a workbook part (xl/workbook.xml)"_s));
}

TEST_CASE("broken XML is refused naming the part and the line", "[xlsx][refusal]")
{
    QHash<QString, QByteArray> parts = test::workbookParts(kTwoColumnHeader);
    parts[u"xl/worksheets/sheet1.xml"_s] = "<worksheet>\n<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</c></row>";
    const QString sheet = refusalOfParts(parts);
    CHECK(sheet.contains(u"xl/worksheets/sheet1.xml"_s));
    CHECK(sheet.contains(u"line 3"_s));

    parts = test::workbookParts(kTwoColumnHeader, "<si><t>open</si>");
    CHECK(refusalOfParts(parts).contains(u"its part xl/sharedStrings.xml is not well-formed XML at line 1"_s));
    parts = test::workbookParts(kTwoColumnHeader);
    parts[u"xl/workbook.xml"_s] = "<workbook><sheets><sheet name=\"a\"></workbook>";
    CHECK(refusalOfParts(parts).contains(u"xl/workbook.xml"_s));
}

TEST_CASE("a sheet asked for by a name the workbook does not have is refused listing its sheets", "[xlsx][refusal]")
{
    const QString message =
        refusal([] { XlsxReader::readFile(test::interchangeFile(u"openpyxl-contacts.xlsx"_s), u"Investors"_s); },
                Error::Kind::NotFound);
    CHECK(message.startsWith(u"openpyxl-contacts.xlsx has no sheet named “Investors”. Its sheets are “Contacts”"_s));
    CHECK(message.endsWith(u"“Notes”."_s));
}

TEST_CASE("an empty sheet and a sheet with only a header are refused", "[xlsx][refusal]")
{
    CHECK(refusalOfParts(test::workbookParts("<row r=\"3\" hidden=\"1\"/>")) ==
          u"Sheet “Sheet1” of list.xlsx is empty: there is nothing to import."_s);
    // excelize's test/SharedStrings.xlsx, saved by Excel 16 for Mac: one cell per sheet.
    CHECK(refusal([] { XlsxReader::readFile(test::interchangeFile(u"excelize-SharedStrings.xlsx"_s)); }) ==
          u"Sheet “Sheet1” of excelize-SharedStrings.xlsx has only a header row (row 1) and no data rows."_s);
}

TEST_CASE("a row with more columns than the header is refused with its row number", "[xlsx][refusal]")
{
    const QString message = refusalOfParts(test::workbookParts(
        kTwoColumnHeader + R"(<row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="D3"><v>4</v></c></row>)"));
    CHECK(message.startsWith(u"Row 3 of sheet “Sheet1” has a value in column D, but the header (row 1) has only 2 "_s));
}

TEST_CASE("damaged cells are refused naming the cell", "[xlsx][refusal]")
{
    CHECK(refusalOfParts(test::workbookParts(kTwoColumnHeader + R"(<row r="2"><c r="B2" t="s"><v>5</v></c></row>)",
                                             "<si><t>only one</t></si>"))
              .contains(u"cell B2 of sheet “Sheet1” refers to a text the workbook does not have"_s));
    CHECK(refusalOfParts(test::workbookParts(kTwoColumnHeader + R"(<row r="2"><c r="A2"><v>12abc</v></c></row>)"))
              .contains(u"cell A2 of sheet “Sheet1” holds “12abc”, which is not a number"_s));
    CHECK(refusalOfParts(test::workbookParts(kTwoColumnHeader + R"(<row r="2"><c r="XFE2"><v>1</v></c></row>)"))
              .contains(u"a cell named “XFE2”"_s));
    CHECK(refusalOfParts(test::workbookParts(kTwoColumnHeader + R"(<row r="1048577"><c><v>1</v></c></row>)"))
              .contains(u"a row numbered 1048577"_s));
}

TEST_CASE("a cell over a megabyte is refused", "[xlsx][refusal]")
{
    const QByteArray big(XlsxReader::kMaxCellChars + 1, 'x');
    CHECK(refusalOfParts(test::workbookParts(kTwoColumnHeader + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" +
                                             big + "</t></is></c></row>"))
              .startsWith(u"Cell B2 of sheet “Sheet1” holds more than"_s));
    CHECK(refusalOfParts(test::workbookParts(kTwoColumnHeader + R"(<row r="2"><c r="A2" t="s"><v>0</v></c></row>)",
                                             "<si><t>" + big + "</t></si>"))
              .startsWith(u"Cell A2 of sheet “Sheet1” holds more than"_s));
}

TEST_CASE("a part that declares more than 200 MB is refused, and one that hides its size is damaged", "[xlsx][refusal]")
{
    QHash<QString, QByteArray> parts = test::workbookParts(kTwoColumnHeader);
    QList<test::ZipEntry> entries;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        entries.append({it.key(), it.value(), true, -1});
    }
    SECTION("declared")
    {
        entries.append({u"xl/sharedStrings.xml"_s, "<sst/>", true, XlsxReader::kMaxPartBytes + 1});
        CHECK(refusal([&] { XlsxReader::read(test::makeZip(entries), u"bomb.xlsx"_s); }) ==
              u"bomb.xlsx is refused: its part xl/sharedStrings.xml unpacks to more than 200 MB, more than any list "
              "of records needs (a damaged or malicious file)."_s);
    }
    SECTION("hidden behind a small declared size")
    {
        // minizip unpacks no more than the declared size, then the checksum does not match.
        QByteArray bomb = "<sst>";
        bomb += QByteArray(10 * 1024 * 1024, ' ');
        entries.append({u"xl/sharedStrings.xml"_s, bomb + "</sst>", true, 100});
        CHECK(refusal([&] { XlsxReader::read(test::makeZip(entries), u"bomb.xlsx"_s); }) ==
              u"bomb.xlsx is damaged: its part xl/sharedStrings.xml cannot be unpacked."_s);
    }
}

TEST_CASE("a part whose checksum does not match is refused as damaged", "[xlsx][refusal]")
{
    QList<test::ZipEntry> entries;
    const QHash<QString, QByteArray> parts =
        test::workbookParts(kTwoColumnHeader + R"(<row r="2"><c><v>1</v></c></row>)");
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        entries.append({it.key(), it.value(), false, -1});
    }
    QByteArray zip = test::makeZip(entries);
    const qsizetype at = zip.indexOf("<v>1</v>");
    REQUIRE(at > 0);
    zip[at + 3] = '2';
    CHECK(refusal([&] { XlsxReader::read(zip, u"list.xlsx"_s); }) ==
          u"list.xlsx is damaged: its part xl/worksheets/sheet1.xml cannot be unpacked."_s);
}
