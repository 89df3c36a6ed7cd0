// The CSV and TSV reader: RFC 4180 as spreadsheets write it, and a clear refusal of what cannot be
// imported, naming the line and column.
#include "fixtures.h"
#include "interchange/csvreader.h"
#include "testfiles.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using crm::interchange::CsvOptions;
using crm::interchange::readCsv;
using crm::interchange::Table;

namespace {

QString refusal(const QByteArray &bytes, const CsvOptions &options = {})
{
    const auto error = crm::test::errorFrom([&] { readCsv(bytes, options); });
    if (!error) {
        FAIL_CHECK("the file was read");
        return {};
    }
    CHECK(error->kind() == crm::Error::Kind::Invalid);
    return error->message();
}

// A row's cells as text, "<null>" for a null one, to compare whole rows at once.
QStringList row(const Table &table, qsizetype index)
{
    QStringList cells;
    for (const QVariant &cell : table.rows.at(index)) {
        cells << (cell.isNull() ? u"<null>"_s : cell.toString());
    }
    return cells;
}

QString fixture(const char *name)
{
    return QStringLiteral(CRM_SOURCE_DIR "/tests/data/interchange/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("quoted cells keep delimiters, doubled quotes and line breaks; rows know their first line",
          "[interchange][csv]")
{
    const QByteArray bytes = "name,company,notes\r\n"
                             "\"Yamada, Taro\",\"Acme \"\"Japan\"\"\",\"two\r\nlines\"\r\n"
                             "Sato,,\"three\nlines\rhere\"\n"
                             "Suzuki,=1+1,plain\r"
                             "Tanaka,\"\",\"\"\"\"\r\n";
    const Table table = readCsv(bytes);
    CHECK(table.header == QStringList{u"name"_s, u"company"_s, u"notes"_s});
    REQUIRE(table.rows.size() == 4);
    CHECK(row(table, 0) == QStringList{u"Yamada, Taro"_s, u"Acme \"Japan\""_s, u"two\nlines"_s});
    CHECK(row(table, 1) == QStringList{u"Sato"_s, u"<null>"_s, u"three\nlines\nhere"_s});
    CHECK(row(table, 2) == QStringList{u"Suzuki"_s, u"=1+1"_s, u"plain"_s});
    CHECK(row(table, 3) == QStringList{u"Tanaka"_s, u"<null>"_s, u"\""_s});
    CHECK(table.sourceRows == QList<int>{2, 4, 7, 8});
    CHECK(table.cell(0, 1).typeId() == QMetaType::QString);
    CHECK(table.encoding == u"UTF-8"_s);
}

TEST_CASE("blank lines are skipped, short rows kept short, extra empty cells dropped", "[interchange][csv]")
{
    const Table table =
        readCsv("\r\n,,\r\nname,email,phone\r\nA,a@example.jp\r\n\r\n,,\r\nB,b@example.jp,03,,\r\n\r\n\r\n");
    CHECK(table.header == QStringList{u"name"_s, u"email"_s, u"phone"_s});
    REQUIRE(table.rows.size() == 2);
    CHECK(row(table, 0) == QStringList{u"A"_s, u"a@example.jp"_s});
    CHECK(row(table, 1) == QStringList{u"B"_s, u"b@example.jp"_s, u"03"_s});
    CHECK(table.sourceRows == QList<int>{4, 7});
    CHECK(table.cell(0, 2).isNull());
}

TEST_CASE("the delimiter is detected among comma, semicolon and tab, or given", "[interchange][csv]")
{
    const Table semicolons = readCsv("nom;société;ville\nDupont;\"Renault; SA\";Paris\n");
    CHECK(semicolons.header == QStringList{u"nom"_s, u"société"_s, u"ville"_s});
    CHECK(row(semicolons, 0) == QStringList{u"Dupont"_s, u"Renault; SA"_s, u"Paris"_s});

    const Table tabs = readCsv("name\tcompany, legal form\nYamada\tAcme, K.K.\n");
    CHECK(tabs.header == QStringList{u"name"_s, u"company, legal form"_s});
    CHECK(row(tabs, 0) == QStringList{u"Yamada"_s, u"Acme, K.K."_s});

    // A comma inside a quoted header does not count.
    CHECK(crm::interchange::detectCsvDelimiter(u"\"a,b,c,d\";x;y\n1;2;3"_s) == u';');

    CsvOptions pipe;
    pipe.delimiter = u'|';
    const Table given = readCsv("name|note\nYamada|a, b; c\n", pipe);
    CHECK(row(given, 0) == QStringList{u"Yamada"_s, u"a, b; c"_s});

    CsvOptions quote;
    quote.delimiter = u'"';
    CHECK(refusal("a,b\n1,2\n", quote).contains(u"cannot separate columns"_s));
}

TEST_CASE("empty and repeated header names are named, with a note", "[interchange][csv]")
{
    const Table table = readCsv(" Email ,,email,Email (2),\nx@example.jp,1,y@example.jp,z,2\n");
    CHECK(table.header == QStringList{u"Email"_s, u"Column 2"_s, u"email (3)"_s, u"Email (2)"_s, u"Column 5"_s});
    INFO(table.notes.join(u'\n').toStdString());
    CHECK(table.notes.contains(u"Column 2 has no name in the header: it is read as \"Column 2\"."_s));
    CHECK(table.notes.contains(u"Columns 1 and 3 are both named \"email\": column 3 is read as \"email (3)\"."_s));
    CHECK(row(table, 0) == QStringList{u"x@example.jp"_s, u"1"_s, u"y@example.jp"_s, u"z"_s, u"2"_s});
}

TEST_CASE("a formula is kept as its text, never evaluated, and noted", "[interchange][csv]")
{
    const Table table =
        readCsv("name,website\nA,\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"\nB,=1+2\nC,a=b\n");
    CHECK(table.cell(0, 1) == QVariant(u"=HYPERLINK(\"https://evil.example\",\"x\")"_s));
    CHECK(table.cell(1, 1) == QVariant(u"=1+2"_s));
    CHECK(table.cell(2, 1) == QVariant(u"a=b"_s));
    REQUIRE(table.notes.size() == 1);
    CHECK(table.notes.first().contains(u"kept as text, never evaluated as formulas: 2 of them"_s));
    CHECK(table.notes.first().contains(u"line 2, column \"website\""_s));
}

TEST_CASE("an empty, blank or header-only file is refused", "[interchange][csv]")
{
    CHECK(refusal("").contains(u"The file is empty"_s));
    CHECK(refusal("\xEF\xBB\xBF").contains(u"The file is empty"_s));
    const QString blank = refusal("\r\n\r\n,,,\r\n");
    INFO(blank.toStdString());
    CHECK(blank.contains(u"The file is empty"_s));
    CHECK(refusal("name,email").contains(u"header row (line 1) but no data rows"_s));
    CHECK(refusal("\nname,email\r\n\r\n,\r\n").contains(u"header row (line 2) but no data rows"_s));
}

TEST_CASE("a binary file is refused before it is read as CSV", "[interchange][csv]")
{
    QByteArray xls("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    xls += QByteArray(24, '\0') + "name,email\n";
    CHECK(refusal(xls).contains(u"not text"_s));
    CHECK(refusal(QByteArray("PK\x03\x04\x14\0\x06\0", 8)).contains(u"zip archive"_s));
}

TEST_CASE("a row with a filled cell right of the header is refused with its line and column", "[interchange][csv]")
{
    const QString message = refusal("name,email\nA,a@example.jp\n\"B\nb\",b@example.jp,,extra\n");
    INFO(message.toStdString());
    CHECK(message.contains(u"Line 3 has 4 columns but the header (line 1) names 2"_s));
    CHECK(message.contains(u"column 4 holds \"extra\""_s));
}

TEST_CASE("a quote that is never closed is refused where it opens", "[interchange][csv]")
{
    const QString message = refusal("name,notes\nA,fine\nB,\"never closed\nC,more\n");
    INFO(message.toStdString());
    CHECK(message.contains(u"Line 3, column 2: a quote (\") opens a cell that is never closed"_s));
}

TEST_CASE("a cell past the limit is refused, a 50 MB one included", "[interchange][csv]")
{
    CsvOptions small;
    small.maxCellChars = 10;
    CHECK(readCsv("a,b\n1234567890,\"12345\"\"789\"\n", small).cell(0, 1) == QVariant(u"12345\"789"_s));
    const QString unquoted = refusal("a,b\n1,12345678901\n", small);
    CHECK(unquoted.contains(u"Line 2, column 2: the cell is longer than 10 characters"_s));
    const QString quoted = refusal("a,b\n1,\"12345\n678901\"\n", small);
    CHECK(quoted.contains(u"Line 2, column 2: the cell is longer than 10 characters"_s));

    QByteArray huge = "name,notes\nYamada,\"";
    huge += QByteArray(50 * 1024 * 1024, 'x');
    huge += "\"\n";
    const QString message = refusal(huge);
    CHECK(message.contains(u"Line 2, column 2: the cell is longer than"_s));
    CHECK(message.contains(u"check that the quote is closed"_s));
}

TEST_CASE("a file past the size limit is refused before it is read", "[interchange][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.csv"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("name\nA\n") == 7);
        REQUIRE(file.resize(crm::interchange::kMaxCsvFileBytes + 1)); // sparse: nothing written
    }
    const auto error = crm::test::errorFrom([&] { crm::interchange::readCsvFile(path); });
    REQUIRE(error);
    CHECK(error->message().contains(u"huge.csv holds"_s));
    CHECK(error->message().contains(u"Split it into smaller files"_s));

    const auto missing = crm::test::errorFrom([&] { crm::interchange::readCsvFile(dir.filePath(u"none.csv"_s)); });
    REQUIRE(missing);
    CHECK(missing->message().contains(u"none.csv cannot be read"_s));
}

TEST_CASE("a CP932 CSV as Japanese Excel saves it is read with its extensions and quoted line break",
          "[interchange][csv][realfiles]")
{
    // Written by LibreOffice Calc 7.4 as Excel's "CSV (comma delimited)" in Japanese Windows (MS_932).
    const Table table = crm::interchange::readCsvFile(fixture("excel-ja-cp932.csv"));
    CHECK(table.encoding == u"Shift_JIS (CP932)"_s);
    CHECK(table.header == QStringList{u"会社名"_s, u"氏名"_s, u"フリガナ"_s, u"住所"_s, u"メモ"_s, u"ウェブ"_s});
    REQUIRE(table.rows.size() == 3);
    CHECK(row(table, 0) == QStringList{u"㈱髙島屋商事"_s, u"髙橋 一郎"_s, u"タカハシ イチロウ"_s,
                                       u"東京都中央区日本橋2-4-1"_s, u"①初回面談\n②資料送付済み"_s,
                                       u"https://example.jp/"_s});
    CHECK(row(table, 1) == QStringList{u"山﨑工業㈱"_s, u"山﨑 花子"_s, u"ヤマサキ ハナコ"_s,
                                       u"大阪府大阪市北区梅田1-1"_s, u"\"至急\"と伝言, 折り返し"_s,
                                       u"=HYPERLINK(\"https://example.jp\")"_s});
    CHECK(row(table, 2) == QStringList{u"Acme Japan K.K."_s, u"Smith, John"_s, u"スミス ジョン"_s, u"<null>"_s,
                                       u"Ⅲ期 ～ 続行"_s, u"<null>"_s});
    CHECK(table.sourceRows == QList<int>{2, 4, 5});
    CHECK(table.notes.size() == 1);
}

TEST_CASE("Excel's \"Unicode text\" (UTF-16LE, tab-separated) and a UTF-8 CSV with BOM read alike",
          "[interchange][csv][realfiles]")
{
    const Table unicode = crm::interchange::readCsvFile(fixture("unicode-text-utf16le.txt"));
    const Table bom = crm::interchange::readCsvFile(fixture("utf8-bom.csv"));
    CHECK(unicode.encoding == u"UTF-16LE with BOM"_s);
    CHECK(bom.encoding == u"UTF-8 with BOM"_s);
    for (const Table *table : {&unicode, &bom}) {
        CHECK(table->header == QStringList{u"Company"_s, u"Name"_s, u"会社名"_s, u"Notes"_s, u"Email"_s});
        REQUIRE(table->rows.size() == 3);
        CHECK(row(*table, 0) == QStringList{u"Société Générale"_s, u"Dupont, Marie"_s, u"ソシエテ・ジェネラル"_s,
                                            u"Rendez-vous à Paris\n« urgent »"_s, u"marie@example.fr"_s});
        CHECK(row(*table, 1) == QStringList{u"㈱髙島屋商事"_s, u"髙橋 一郎"_s, u"髙島屋"_s, u"①初回 \"VIP\""_s,
                                            u"takahashi@example.jp"_s});
        CHECK(row(*table, 2).first() == u"Müller GmbH"_s);
        CHECK(table->sourceRows == QList<int>{2, 4, 5});
    }
}

TEST_CASE("the encoding given by the officer is used for the CSV", "[interchange][csv]")
{
    CsvOptions latin;
    latin.encoding = u"windows-1252"_s;
    const Table table = readCsv("nom;soci\xE9t\xE9\nDupont;Soci\xE9t\xE9 G\xE9n\xE9rale\n", latin);
    CHECK(table.header == QStringList{u"nom"_s, u"société"_s});
    CHECK(row(table, 0) == QStringList{u"Dupont"_s, u"Société Générale"_s});
    CHECK(table.encoding == u"windows-1252"_s);
    // Without it the same bytes are neither UTF-8 nor Shift_JIS, and the refusal says so.
    CHECK(refusal("nom;soci\xE9t\xE9\nDupont;Soci\xE9t\xE9 G\xE9n\xE9rale\n").contains(u"windows-1252"_s));
}

TEST_CASE("a second byte order mark does not stick to the first column's name", "[interchange][csv]")
{
    const Table table = readCsv("\xEF\xBB\xBF\"\xEF\xBB\xBFname\",email\nA,a@example.jp\n");
    CHECK(table.header == QStringList{u"name"_s, u"email"_s});
}
