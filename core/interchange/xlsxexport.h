#pragma once

#include "interchange/table.h"

#include <QCoreApplication>
#include <QString>

// Writes a table to an Excel workbook (.xlsx) with libxlsxwriter, so that Excel, LibreOffice and
// Numbers open it with real types: dates and date-times as dates in a date format, numbers as
// numbers, booleans as booleans, everything else as text. Text is never a formula, even when it
// starts with "=": a cell cannot run anything when the file is opened. The header row is bold and
// stays in view when scrolling; column widths follow the content, capped.
namespace crm::interchange {

class XlsxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::XlsxWriter)

public:
    // Excel's widest useful column when fitting content, in characters.
    static constexpr double kMaxColumnWidth = 60.0;
    // What one cell can hold in Excel; a longer text is refused rather than cut.
    static constexpr qsizetype kMaxCellChars = 32767;

    // Writes header and rows of table to path on sheetName (shortened to Excel's 31 characters, and
    // its forbidden characters []:*?/\ replaced). The file appears whole or not at all: it is written
    // beside path and moved over it. Throws crm::Error with a message when it cannot be written.
    static void write(const QString &path, const Table &table, const QString &sheetName);
    static void write(const QString &path, const QStringList &header, const QList<QVariantList> &rows,
                      const QString &sheetName);

    // The name write() gives the sheet.
    static QString sheetNameFor(const QString &wanted);
};

} // namespace crm::interchange
