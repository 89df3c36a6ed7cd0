// An imported row turned into a record's JSON form: values as offices type them, every problem on
// its row and column, the codec's rules as a form applies them.
#include "domain/clock.h"
#include "fixtures.h"
#include "interchange/cellvalues.h"
#include "interchange/columnmapping.h"
#include "interchange/csvreader.h"
#include "interchange/rowconversion.h"
#include "interchange/xlsxreader.h"

using namespace Qt::StringLiterals;
using crm::RecordKind;
using crm::interchange::CellValues;
using crm::interchange::ColumnMapping;
using crm::interchange::ConversionOptions;
using crm::interchange::DayMonthOrder;
using crm::interchange::RowConversion;
using crm::interchange::RowConverter;
using crm::interchange::Table;

namespace {

const crm::FixedClock &testClock()
{
    static const crm::FixedClock fixed(QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC));
    return fixed;
}

QString fixture(const char *name)
{
    return QStringLiteral(CRM_SOURCE_DIR "/tests/data/interchange/") + QString::fromLatin1(name);
}

// A table of one header and the given rows, numbered from line 2 like a file.
Table table(const QStringList &header, const QList<QVariantList> &rows)
{
    Table t;
    t.header = header;
    t.rows = rows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        t.sourceRows << int(i) + 2;
    }
    return t;
}

RowConversion convert(RecordKind kind, const Table &t, qsizetype row = 0, ConversionOptions options = {})
{
    return RowConverter(ColumnMapping::guess(kind, t.header), testClock(), options).convert(t, row);
}

// "row N, header, field: message" for each error.
QStringList errors(const RowConversion &c)
{
    QStringList out;
    for (const auto &e : c.errors) {
        out << u"row %1, %2, %3: %4"_s.arg(e.row).arg(e.header, e.field, e.message);
    }
    return out;
}

std::optional<QString> date(const QVariant &cell, DayMonthOrder order, QString *error = nullptr)
{
    QString message;
    const auto result = CellValues::isoDate(cell, order, message);
    if (error) {
        *error = message;
    }
    return result;
}

} // namespace

TEST_CASE("dates are read in the forms Japanese and French offices type; n/n/yyyy only when told which comes first",
          "[interchange][mapping]")
{
    using enum DayMonthOrder;
    CHECK(date(QDate(2024, 4, 1), Refuse) == u"2024-04-01"_s);
    CHECK(date(QDateTime(QDate(2024, 4, 1), QTime(14, 30), Qt::UTC), Refuse) == u"2024-04-01"_s);
    CHECK(date(u"2024-04-01"_s, Refuse) == u"2024-04-01"_s);
    CHECK(date(u"2024/4/1"_s, Refuse) == u"2024-04-01"_s);
    CHECK(date(u"2024年4月1日"_s, Refuse) == u"2024-04-01"_s);
    CHECK(date(u"２０２４／４／１"_s, Refuse) == u"2024-04-01"_s);
    CHECK(date(u"01/04/2024"_s, DayFirst) == u"2024-04-01"_s);
    CHECK(date(u"01/04/2024"_s, MonthFirst) == u"2024-01-04"_s);
    QString error;
    CHECK_FALSE(date(u"01/04/2024"_s, Refuse, &error));
    CHECK(error.contains(u"day/month or month/day"_s));
    CHECK_FALSE(date(u"2024/2/30"_s, Refuse, &error));
    CHECK(error == u"\"2024/2/30\" is not a day of the calendar"_s);
    CHECK_FALSE(date(u"13/13/2024"_s, DayFirst, &error));
    CHECK_FALSE(date(u"next Tuesday"_s, DayFirst, &error));
    CHECK(error.startsWith(u"\"next Tuesday\" is not a date"_s));
    CHECK_FALSE(date(u"24/4/1"_s, DayFirst, &error));

    const Table t = table({u"会社名"_s, u"姓"_s, u"Active from"_s, u"Active until"_s},
                          {{u"Acme"_s, u"Dupont"_s, u"01/04/2024"_s, u"2024年4月30日"_s}});
    CHECK(errors(convert(RecordKind::Contact, t)) ==
          QStringList{u"row 2, Active from, active_from: \"01/04/2024\" could be day/month or month/day: write it "
                      u"2024-04-01, or say which the file uses"_s});
    const RowConversion french = convert(RecordKind::Contact, t, 0, {DayMonthOrder::DayFirst});
    CHECK(errors(french).isEmpty());
    CHECK(french.record.value(u"active_from"_s) == u"2024-04-01"_s);
    CHECK(french.record.value(u"active_to"_s) == u"2024-04-30"_s);
}

TEST_CASE("whole numbers come from spreadsheet doubles and grouped text; fractions and words are refused",
          "[interchange][mapping]")
{
    const Table t = table({u"社名"_s, u"従業員数"_s}, {{u"A"_s, 120.0},
                                                       {u"B"_s, u"1,234"_s},
                                                       {u"C"_s, u"１２ ３４５"_s},
                                                       {u"D"_s, 12.5},
                                                       {u"E"_s, u"about 40"_s},
                                                       {u"F"_s, u"1,23,4"_s}});
    CHECK(convert(RecordKind::Investor, t, 0).record.value(u"employees"_s) == 120);
    CHECK(convert(RecordKind::Investor, t, 1).record.value(u"employees"_s) == 1234);
    CHECK(convert(RecordKind::Investor, t, 2).record.value(u"employees"_s) == 12345);
    CHECK(errors(convert(RecordKind::Investor, t, 3)) ==
          QStringList{u"row 5, 従業員数, employees: 12.5 is not a whole number"_s});
    CHECK(errors(convert(RecordKind::Investor, t, 4)) ==
          QStringList{u"row 6, 従業員数, employees: \"about 40\" is not a whole number"_s});
    CHECK(errors(convert(RecordKind::Investor, t, 5)).size() == 1);
}

TEST_CASE("lists split on lines, semicolons and slashes; booleans in English, Japanese and French",
          "[interchange][mapping]")
{
    const Table contacts =
        table({u"会社名"_s, u"氏名"_s, u"電話"_s},
              {{u"Acme"_s, u"山田 太郎"_s, u"03-1234-5678\n090-1111-2222; 03-1234-5678 / +33 1 23"_s}});
    const RowConversion c = convert(RecordKind::Contact, contacts);
    CHECK(errors(c).isEmpty());
    CHECK(c.record.value(u"phones"_s).toStringList() ==
          QStringList{u"03-1234-5678"_s, u"090-1111-2222"_s, u"+33 1 23"_s});
    CHECK(c.record.value(u"family_name"_s) == u"山田"_s);
    CHECK(c.record.value(u"given_name"_s) == u"太郎"_s);

    const Table investors = table({u"Name"_s, u"Confidential"_s}, {{u"A"_s, u"はい"_s},
                                                                   {u"B"_s, u"non"_s},
                                                                   {u"C"_s, u"YES"_s},
                                                                   {u"D"_s, false},
                                                                   {u"E"_s, 1.0},
                                                                   {u"F"_s, u"peut-être"_s}});
    const QVariantList expected{true, false, true, false, true};
    for (qsizetype row = 0; row < expected.size(); ++row) {
        CHECK(convert(RecordKind::Investor, investors, row).record.value(u"confidential"_s) == expected.at(row));
    }
    CHECK(errors(convert(RecordKind::Investor, investors, 5)) ==
          QStringList{u"row 7, Confidential, confidential: \"peut-être\" is neither yes nor no"_s});
}

TEST_CASE("a bad e-mail gets the form's message on its column and row; the link's text waits for the import",
          "[interchange][mapping]")
{
    const Table t = table({u"Memo"_s, u"会社名"_s, u"氏名"_s, u"メール"_s},
                          {{u"ok"_s, u"㈱山田製作所"_s, u"山田 太郎"_s, u"taro@example.jp"_s},
                           {u" "_s, u"  Acme K.K. "_s, u"Smith, John"_s, u"john at example"_s}});
    const RowConversion good = convert(RecordKind::Contact, t, 0);
    CHECK(errors(good).isEmpty());
    CHECK(good.links == QMap<QString, QString>{{u"investor_id"_s, u"㈱山田製作所"_s}});
    CHECK_FALSE(good.record.contains(u"investor_id"_s));

    const RowConversion bad = convert(RecordKind::Contact, t, 1);
    CHECK(errors(bad) == QStringList{u"row 3, メール, email: \"john at example\" is not a valid e-mail address"_s});
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors.first().column == 3);
    CHECK(bad.links.value(u"investor_id"_s) == u"Acme K.K."_s);
    CHECK(bad.record.value(u"family_name"_s) == u"Smith"_s);

    // Without a company the required link is the codec's to report, on no column.
    const RowConversion alone = convert(RecordKind::Contact, table({u"姓"_s}, {{u"Dupont"_s}}));
    REQUIRE(alone.errors.size() == 1);
    CHECK(alone.errors.first().field == u"investor_id"_s);
    CHECK(alone.errors.first().column == -1);
}

TEST_CASE("a formula is kept as its text, never evaluated", "[interchange][mapping]")
{
    const Table t = table({u"Name"_s, u"Head office city"_s}, {{u"=1+1"_s, u"=HYPERLINK(\"https://x.jp\")"_s}});
    const RowConversion c = convert(RecordKind::Investor, t);
    CHECK(c.record.value(u"name"_s) == u"=1+1"_s);
    CHECK(c.record.value(u"hq_city"_s) == u"=HYPERLINK(\"https://x.jp\")"_s);
    CHECK(errors(c).isEmpty());
}

TEST_CASE("a CP932 CSV saved as Japanese Excel does is read, guessed and converted", "[interchange][mapping]")
{
    const Table t = crm::interchange::readCsvFile(fixture("excel-ja-cp932.csv"));
    const ColumnMapping mapping = ColumnMapping::guess(RecordKind::Contact, t.header);
    REQUIRE(t.rows.size() == 3);
    const RowConverter converter(mapping, testClock());

    const RowConversion first = converter.convert(t, 0);
    CHECK(errors(first).isEmpty());
    CHECK(first.links.value(u"investor_id"_s) == u"㈱髙島屋商事"_s);
    CHECK(first.record == QVariantMap{{u"family_name"_s, u"髙橋"_s},
                                      {u"given_name"_s, u"一郎"_s},
                                      {u"family_name_reading"_s, u"タカハシ"_s},
                                      {u"given_name_reading"_s, u"イチロウ"_s},
                                      {u"notes"_s, u"①初回面談\n②資料送付済み"_s}});
    const RowConversion third = converter.convert(t, 2);
    CHECK(third.sourceRow == 5); // the first row's note spans lines 2 and 3
    CHECK(third.record.value(u"family_name"_s) == u"Smith"_s);
    CHECK(third.record.value(u"given_name"_s) == u"John"_s);

    // As investors, the web column (ウェブ) holds a formula in row 2: kept as text, refused as a website.
    const RowConverter investors(ColumnMapping::guess(RecordKind::Investor, t.header), testClock());
    const RowConversion second = investors.convert(t, 1);
    CHECK(second.record.value(u"name"_s) == u"山﨑工業㈱"_s);
    CHECK(second.record.value(u"hq_city"_s) == u"大阪府大阪市北区梅田1-1"_s);
    CHECK(second.record.value(u"website"_s) == u"=HYPERLINK(\"https://example.jp\")"_s);
    REQUIRE(second.errors.size() == 1);
    CHECK(second.errors.first().row == 4);
    CHECK(second.errors.first().header == u"ウェブ"_s);
    CHECK(second.errors.first().field == u"website"_s);
}

TEST_CASE("an .xlsx written by openpyxl is read, guessed and converted with its numbers and names",
          "[interchange][mapping]")
{
    const Table t = crm::interchange::XlsxReader::readFile(fixture("openpyxl-contacts.xlsx"));
    const ColumnMapping mapping = ColumnMapping::guess(RecordKind::Investor, t.header);
    CHECK(mapping.columns().at(mapping.columnOf(u"employees"_s)).header == u"Employees"_s);
    CHECK(mapping.columns().at(mapping.columnOf(u"name_reading"_s)).header == u"Reading"_s);
    CHECK(mapping.columns().at(2).note.contains(u"\"name\""_s)); // Company: the name is the Name column's
    const RowConversion first = RowConverter(mapping, testClock()).convert(t, 0);
    CHECK(first.sourceRow == 2);
    CHECK(first.record.value(u"name"_s) == u"山田 太郎"_s);
    CHECK(first.record.value(u"employees"_s) == 120);
    CHECK(first.record.value(u"website"_s).toString().startsWith(u"=HYPERLINK("_s));
}
