#pragma once

#include <QString>
#include <QVariant>

// How a spreadsheet tells a date from a number: only by the cell's number format. These decide
// which formats show dates or times, and turn Excel's day serials into QDate/QDateTime.
namespace crm::interchange::xlsx {

// Built-in formats 14-22 and 45-47 (ECMA-376 part 1, 18.8.30), and 27-36 and 50-58, which the CJK
// locales (Japanese Excel's 和暦 and 年月日 formats among them) define as dates and times.
bool isBuiltInDateFormat(int numFmtId);
// A custom format code with a date or time token (y m d h s) outside quotes, brackets and escapes:
// "yyyy/m/d", "[$-411]ggge\"年\"m\"月\"d\"日\"", "h:mm AM/PM"; not "0.00 \"days\"" or "General".
bool isDateFormatCode(const QString &code);
// A day serial as a QDate (whole days) or a QDateTime (with a time of day, as UTC wall-clock time),
// in the 1900 system (with Excel's phantom 29 February 1900) or the 1904 one. A serial no date can
// have (before the system's start or after 9999) is returned as the number.
QVariant dateFromSerial(double serial, bool date1904);

} // namespace crm::interchange::xlsx
