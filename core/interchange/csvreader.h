#pragma once

#include "table.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringView>

// CSV and TSV as spreadsheets write them (RFC 4180 and what Excel does beyond it) read into a Table.
namespace crm::interchange {

// Larger cells are refused: no field of a record comes near, and a quote left open would otherwise
// swallow the rest of the file into one cell.
inline constexpr qsizetype kMaxCsvCellChars = 1024 * 1024;
// Larger files are refused before they are read (100,000 contacts take about 30 MB).
inline constexpr qsizetype kMaxCsvFileBytes = 100 * 1024 * 1024;

struct CsvOptions
{
    QString encoding; // empty: detected (see decodeText)
    QChar delimiter;  // null: detected among comma, semicolon and tab
    qsizetype maxCellChars = kMaxCsvCellChars;
};

// The one of tab, comma and semicolon that splits the first record of text (outside quotes) into
// the most columns; on a tie the first of them in that order (text holds commas more often than
// tabs), a comma when none splits it.
QChar detectCsvDelimiter(QStringView text);

// Reads a CSV or TSV file: the first record that is not blank is the header, each further record a
// row (with the line where it starts), blank records skipped. Quoted fields hold delimiters, doubled
// quotes and line breaks (CRLF, LF or CR; kept as LF). Cells are text, an empty one null; a cell
// starting with "=" is kept as text and noted, never evaluated. An empty header cell is named
// "Column N" and a repeated one "Name (2)", with a note. Throws crm::Error (Invalid), naming the
// line and column, for an empty, binary or header-only file, an undecodable byte, an unclosed quote,
// a cell past options.maxCellChars and a row with a filled cell to the right of the header.
Table readCsv(const QByteArray &bytes, const CsvOptions &options = {});

// The same for a file on disk, refused before reading when it is larger than kMaxCsvFileBytes.
Table readCsvFile(const QString &path, const CsvOptions &options = {});

} // namespace crm::interchange
