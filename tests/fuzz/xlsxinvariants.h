#pragma once

#include "domain/error.h"
#include "fuzzsupport.h"
#include "interchange/table.h"
#include "interchange/xlsxreader.h"

#include <QDate>
#include <QDateTime>
#include <cmath>

// What the two .xlsx targets check of every table the reader returns, and of every refusal.
namespace crm::fuzz {

inline void checkTable(const crm::interchange::Table &table)
{
    require(!table.header.isEmpty(), "a table without a header");
    require(!table.rows.isEmpty(), "a table without rows (a header-only sheet must be refused)");
    require(table.rows.size() == table.sourceRows.size(), "a row without its row number");
    require(!table.encoding.isEmpty(), "a table that does not say which sheet it is");
    for (const QString &name : table.header) {
        require(isWellFormed(name), "a header with a lone surrogate");
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        require(!row.isEmpty() && row.size() <= table.header.size(), "a row empty or wider than the header");
        require(!row.constLast().isNull(), "a row that ends in a null");
        require(table.sourceRows.at(r) >= 1 && table.sourceRows.at(r) <= 1'048'576, "a row number outside a sheet");
        for (const QVariant &cell : row) {
            switch (cell.typeId()) {
            case QMetaType::QString:
                require(!cell.toString().isEmpty(), "an empty text instead of a null");
                require(cell.toString().size() <= crm::interchange::XlsxReader::kMaxCellChars, "a cell over the cap");
                require(isWellFormed(cell.toString()), "a cell with a lone surrogate");
                break;
            case QMetaType::Double:
                require(std::isfinite(cell.toDouble()), "a number that is not finite");
                break;
            case QMetaType::QDate:
                require(cell.toDate().isValid(), "an invalid date");
                break;
            case QMetaType::QDateTime:
                require(cell.toDateTime().isValid(), "an invalid date and time");
                break;
            case QMetaType::Bool:
            case QMetaType::UnknownType:
                break;
            default:
                violated("a cell of a type the table does not promise");
            }
        }
    }
}

inline void checkRefusal(const crm::Error &error)
{
    require(!error.message().isEmpty(), "a refusal without a message");
    note(error.message());
}

} // namespace crm::fuzz
