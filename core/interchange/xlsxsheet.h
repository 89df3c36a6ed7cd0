#pragma once

#include "interchange/table.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A worksheet part's <sheetData> turned into a Table. Internal to XlsxReader.
namespace crm::interchange::xlsx {

struct SheetContext
{
    QString displayName; // the file, for messages
    QString part;        // "xl/worksheets/sheet1.xml"
    QString sheetName;
    bool date1904 = false;
    QStringList sharedStrings;
    QList<bool> dateStyles; // by cell style index
};

Table readSheet(const SheetContext &context, const QByteArray &bytes);

} // namespace crm::interchange::xlsx
