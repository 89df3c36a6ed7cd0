#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// What every reader of an office's files (CSV, .xlsx, vCard) hands to the import: a header and rows
// of cells, before any of it is matched to a record kind's fields.
namespace crm::interchange {

struct Table
{
    // Column names as the file spells them (a vCard reader names its columns after contact fields).
    QStringList header;
    // One list per data row, as long as the header or shorter. A cell is null (empty), a QString, a
    // double (a number as the spreadsheet stores it), a QDate, a QDateTime or a bool; a formula is
    // kept as its text and never evaluated.
    QList<QVariantList> rows;
    // The 1-based line or row number of each data row in the file, for messages ("row 12").
    QList<int> sourceRows;
    // How the file was read, shown to the officer: "UTF-8", "Shift_JIS (CP932)", "sheet Contacts".
    QString encoding;
    // What the reader left out and why ("photo of card 3 ignored"): shown in the preview.
    QStringList notes;

    // The cell at a 0-based data row and column; null when the row is shorter or either is out of range.
    QVariant cell(qsizetype row, qsizetype column) const;
};

} // namespace crm::interchange
