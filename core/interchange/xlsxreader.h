#pragma once

#include "interchange/table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// Reads one sheet of an Excel workbook (.xlsx, Office Open XML) into a Table: the first row that
// holds anything is the header, every later row that holds anything a data row (blank rows are
// left out; sourceRows keeps the sheet's own row numbers). Cells keep what the spreadsheet saved:
// text, numbers as doubles, booleans, dates (a number in a date format: a QDate when it is a whole
// day, else a QDateTime carrying the wall-clock time as UTC), and for a formula the value the
// spreadsheet computed when it saved; formulas are never evaluated. Whatever the bytes, it returns
// a table or throws crm::Error with a message for the officer; it never crashes.
namespace crm::interchange {

class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::XlsxReader)

public:
    // Caps against a small file that unpacks to gigabytes: one XML part of the workbook, and one cell.
    static constexpr qint64 kMaxPartBytes = 200LL * 1024 * 1024;
    static constexpr qsizetype kMaxCellChars = 1024 * 1024;

    // The sheet named sheet, or the first sheet when it is empty.
    static Table readFile(const QString &path, const QString &sheet = {});
    // The same from the file's bytes; displayName names the file in messages.
    static Table read(const QByteArray &bytes, const QString &displayName, const QString &sheet = {});
    // The workbook's sheet names in their order, for a choice of sheet.
    static QStringList sheetNames(const QByteArray &bytes, const QString &displayName);

    // The XML parts given by name ("xl/workbook.xml" -> bytes), without their zip: for tests and the
    // fuzzer, which reach the XML faster this way than through a valid zip.
    static Table readParts(const QHash<QString, QByteArray> &parts, const QString &displayName,
                           const QString &sheet = {});
};

} // namespace crm::interchange
