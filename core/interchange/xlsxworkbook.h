#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QXmlStreamReader;

// The parts of an .xlsx around its sheets (workbook, relationships, shared strings, styles), read
// with QXmlStreamReader from wherever they are kept: a zip archive or, for the fuzzer, a table of
// parts. Internal to XlsxReader.
namespace crm::interchange::xlsx {

// A part's bytes by its name in the package ("xl/workbook.xml"); nullopt when there is none.
using PartSource = std::function<std::optional<QByteArray>(const QString &name)>;

struct SheetEntry
{
    QString name;
    QString part;          // "xl/worksheets/sheet1.xml"; empty when the workbook names no part for it
    bool worksheet = true; // false for a chart sheet, which has no cells
};

struct Workbook
{
    QString displayName;
    QString part; // "xl/workbook.xml"
    bool date1904 = false;
    QList<SheetEntry> sheets;
    QString sharedStringsPart;
    QString stylesPart;
};

// The workbook part and its relationships; throws crm::Error when there is no workbook or its XML
// is broken.
Workbook readWorkbook(const PartSource &parts, const QString &displayName);
// Every shared string, rich-text runs joined and phonetic guides (Japanese furigana) left out.
QStringList readSharedStrings(const Workbook &workbook, const PartSource &parts);
// For each cell style (cellXfs index), whether its number format shows a date or time.
QList<bool> readDateStyles(const Workbook &workbook, const PartSource &parts);

// The text of a string item (<si> or <is>, the reader on its start): its <t>, or its runs' <t>
// joined, without <rPh>; _xHHHH_ escapes decoded.
QString readStringItem(QXmlStreamReader &xml);
// Refuses a part whose XML is broken, naming the part and the line.
[[noreturn]] void refuseBrokenXml(const QString &displayName, const QString &part, const QXmlStreamReader &xml);
[[noreturn]] void refuse(const QString &message);

} // namespace crm::interchange::xlsx
