#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// RFC 4180 CSV for spreadsheets, shared by the exports (timeline, programme report).
namespace crm::csv {

// One cell, quoted when it needs to be, with a leading apostrophe when a spreadsheet would read
// it as a formula (=, +, -, @, tab, CR).
QString field(const QString &value);
// The cells joined by commas, ending in CRLF.
QString row(const QStringList &fields);
// UTF-8 with a byte order mark, as Excel wants it.
QByteArray withByteOrderMark(const QString &text);

} // namespace crm::csv
