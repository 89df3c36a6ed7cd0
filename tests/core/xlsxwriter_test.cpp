// The .xlsx writer (issue 18): what it writes is read back by openpyxl, a reader nobody here wrote,
// and by our own reader, with real dates, numbers as numbers, text never a formula, and a bold
// header row that stays in view.
#include "fixtures.h"
#include "interchange/xlsxexport.h"
#include "interchange/xlsxreader.h"
#include "pythonreader.h"
#include "testfiles.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace crm;
using crm::interchange::Table;
using crm::interchange::XlsxReader;
using crm::interchange::XlsxWriter;

namespace {

Table sample()
{
    Table table;
    table.header = {u"Name"_s, u"Met on"_s, u"Meeting at"_s, u"Employees"_s, u"Active"_s, u"Note"_s};
    table.rows = {
        {u"山田 太郎"_s, QDate(2024, 3, 15), QDateTime(QDate(2024, 3, 15), QTime(14, 30), QTimeZone::utc()), 120, true,
         uR"(=HYPERLINK("http://evil.example","click"))"_s},
        {u"محمد العلي"_s, QDate(1999, 12, 31), QVariant(), 2.5, false, u"Élodie Lefèvre\nsecond line"_s},
        {u"Dupont"_s, QVariant(), QVariant(), QVariant(), QVariant(), u"tab\tand bell\x07"_s},
    };
    return table;
}

// What openpyxl (Debian's python3-openpyxl, installed by .ci/setup) sees in the file, as JSON; the
// path goes in on standard input.
QJsonObject readWithOpenpyxl(const QString &path)
{
    static const char *script = R"PY(
import json, sys, datetime
import openpyxl
wb = openpyxl.load_workbook(sys.stdin.read())
ws = wb.worksheets[0]
cells = []
for row in ws.iter_rows():
    out = []
    for c in row:
        v = c.value
        kind = type(v).__name__
        if isinstance(v, (datetime.datetime, datetime.date)):
            v = v.isoformat()
        out.append({"type": kind, "value": v, "data_type": c.data_type, "bold": bool(c.font and c.font.b)})
    cells.append(out)
widths = {k: d.width for k, d in ws.column_dimensions.items()}
print(json.dumps({"title": ws.title, "sheets": wb.sheetnames, "freeze": ws.freeze_panes, "cells": cells,
                  "widths": widths}))
)PY";
    return QJsonDocument::fromJson(test::runPython(u"openpyxl"_s, QString::fromUtf8(script), path.toUtf8()).toUtf8())
        .object();
}

} // namespace

TEST_CASE("openpyxl reads our .xlsx with dates as datetimes, numbers as numbers and text never as a formula",
          "[xlsx][writer]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"investors.xlsx"_s);
    XlsxWriter::write(path, sample(), u"Investors"_s);

    const QJsonObject seen = readWithOpenpyxl(path);
    CHECK(seen[u"title"_s].toString() == u"Investors"_s);
    CHECK(seen[u"sheets"_s].toArray().size() == 1);
    CHECK(seen[u"freeze"_s].toString() == u"A2"_s);

    const QJsonArray rows = seen[u"cells"_s].toArray();
    REQUIRE(rows.size() == 4);
    const QJsonArray header = rows[0].toArray();
    REQUIRE(header.size() == 6);
    for (const QJsonValue &cell : header) {
        CHECK(cell[u"type"_s].toString() == u"str"_s);
        CHECK(cell[u"bold"_s].toBool());
    }
    CHECK(header[1][u"value"_s].toString() == u"Met on"_s);

    const QJsonArray first = rows[1].toArray();
    CHECK(first[0][u"value"_s].toString() == u"山田 太郎"_s);
    CHECK_FALSE(first[0][u"bold"_s].toBool());
    // openpyxl gives every date cell as a datetime: the cell holds a date serial in a date format.
    CHECK(first[1][u"type"_s].toString() == u"datetime"_s);
    CHECK(first[1][u"value"_s].toString() == u"2024-03-15T00:00:00"_s);
    CHECK(first[2][u"type"_s].toString() == u"datetime"_s);
    CHECK(first[2][u"value"_s].toString() == u"2024-03-15T14:30:00"_s);
    CHECK(first[3][u"type"_s].toString() == u"int"_s);
    CHECK(first[3][u"value"_s].toInt() == 120);
    CHECK(first[4][u"type"_s].toString() == u"bool"_s);
    CHECK(first[4][u"value"_s].toBool());
    CHECK(first[5][u"data_type"_s].toString() == u"s"_s);
    CHECK(first[5][u"value"_s].toString() == uR"(=HYPERLINK("http://evil.example","click"))"_s);

    const QJsonArray second = rows[2].toArray();
    CHECK(second[0][u"value"_s].toString() == u"محمد العلي"_s);
    CHECK(second[1][u"value"_s].toString() == u"1999-12-31T00:00:00"_s);
    CHECK(second[2][u"value"_s].isNull());
    CHECK(second[3][u"type"_s].toString() == u"float"_s);
    CHECK(second[3][u"value"_s].toDouble() == 2.5);
    CHECK(second[4][u"value"_s].toBool() == false);
    CHECK(second[5][u"value"_s].toString() == u"Élodie Lefèvre\nsecond line"_s);
    CHECK(rows[3].toArray()[0][u"value"_s].toString() == u"Dupont"_s);
    CHECK(rows[3].toArray()[1][u"value"_s].isNull());

    // Widths follow the content: the Japanese name's column is wider than the yes/no column; capped.
    const QJsonObject widths = seen[u"widths"_s].toObject();
    CHECK(widths[u"A"_s].toDouble() > widths[u"E"_s].toDouble());
    CHECK(widths[u"F"_s].toDouble() <= XlsxWriter::kMaxColumnWidth);
    CHECK(widths[u"F"_s].toDouble() > widths[u"E"_s].toDouble());
}

TEST_CASE("our reader reads our writer's file back to the same table", "[xlsx][writer]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"round.xlsx"_s);
    const Table written = sample();
    XlsxWriter::write(path, written, u"Contacts"_s);

    const Table read = XlsxReader::readFile(path);
    CHECK(read.encoding == u"sheet “Contacts”"_s);
    CHECK(read.header == written.header);
    CHECK(read.sourceRows == QList<int>{2, 3, 4});
    REQUIRE(read.rows.size() == 3);
    QVariantList expected = written.rows.at(0);
    expected[3] = 120.0; // every number comes back as a double
    CHECK(read.rows.at(0) == expected);
    CHECK(read.rows.at(1) ==
          QVariantList{u"محمد العلي"_s, QDate(1999, 12, 31), QVariant(), 2.5, false, u"Élodie Lefèvre\nsecond line"_s});
    // A control character XML cannot carry goes out as _x0007_ and comes back as itself.
    CHECK(read.rows.at(2) == written.rows.at(2));
    CHECK(read.notes.isEmpty());
}

TEST_CASE("a file that cannot be written is reported, and a failed export leaves the old file as it was",
          "[xlsx][writer]")
{
    const std::optional<Error> missing =
        test::errorFrom([] { XlsxWriter::write(u"/nonexistent-folder/list.xlsx"_s, sample(), u"List"_s); });
    REQUIRE(missing);
    CHECK(missing->message().startsWith(u"Could not write /nonexistent-folder/list.xlsx: "_s));

    const QTemporaryDir dir;
    const QString path = dir.filePath(u"list.xlsx"_s);
    test::writeAll(path, "the previous export");
    Table tooLong = sample();
    tooLong.rows[1][5] = QString(XlsxWriter::kMaxCellChars + 1, u'x');
    const std::optional<Error> refused = test::errorFrom([&] { XlsxWriter::write(path, tooLong, u"List"_s); });
    REQUIRE(refused);
    CHECK(refused->message().contains(u"the text in row 3, column 6 is longer than the 32767 characters"_s));
    CHECK(test::readAll(path) == "the previous export");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"list.xlsx"_s});
}

TEST_CASE("the sheet is named as asked, within Excel's rules for sheet names", "[xlsx][writer]")
{
    CHECK(XlsxWriter::sheetNameFor(u"Investors"_s) == u"Investors"_s);
    CHECK(XlsxWriter::sheetNameFor(u"Q1/Q2: [draft] *?\\"_s) == u"Q1_Q2_ _draft_ ___"_s);
    CHECK(XlsxWriter::sheetNameFor(u"'quoted'"_s) == u"quoted"_s);
    CHECK(XlsxWriter::sheetNameFor(QString()) == u"Sheet1"_s);
    CHECK(XlsxWriter::sheetNameFor(u"History"_s) == u"History_"_s);
    CHECK(XlsxWriter::sheetNameFor(QString(40, u'あ')) == QString(31, u'あ'));

    const QTemporaryDir dir;
    const QString path = dir.filePath(u"named.xlsx"_s);
    XlsxWriter::write(path, sample(), u"投資家: 2024/Q1"_s);
    CHECK(XlsxReader::sheetNames(test::readAll(path), u"named.xlsx"_s) == QStringList{u"投資家_ 2024_Q1"_s});
}
