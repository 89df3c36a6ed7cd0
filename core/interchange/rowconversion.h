#pragma once

#include "cellvalues.h"
#include "columnmapping.h"
#include "table.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

namespace crm {
class Clock;
}

// One row of an imported table turned into the JSON-shaped record map of the mapping's kind, with
// every problem named by row, column and field, checked by the kind's codec (the rules a form uses).
namespace crm::interchange {

struct ConversionOptions
{
    DayMonthOrder slashDates = DayMonthOrder::Refuse; // how n/n/yyyy is read
};

struct CellError
{
    int row = 0;           // Table::sourceRows: the line or row number in the file
    qsizetype column = -1; // 0-based, -1 when no column fills the field (a required one)
    QString header;        // the column's header as the file spells it
    QString field;         // JSON name
    QString message;       // the codec's or the converter's
};

struct RowConversion
{
    int sourceRow = 0;
    QVariantMap record; // JSON form, link fields left out
    // Link fields (investor_id...) with their column's text, matched by name against the database
    // by the import service; not resolved here.
    QMap<QString, QString> links;
    QList<CellError> errors;
    bool ok() const { return errors.isEmpty(); }
};

class RowConverter final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::RowConverter)

public:
    RowConverter(ColumnMapping mapping, const Clock &clock, ConversionOptions options = {});

    // The 0-based data row of table.
    RowConversion convert(const Table &table, qsizetype row) const;

private:
    void convertCell(const QVariant &cell, qsizetype column, RowConversion &out) const;
    void validate(RowConversion &out) const;
    void addError(RowConversion &out, const QString &field, const QString &message) const;

    ColumnMapping m_mapping;
    const Clock &m_clock;
    ConversionOptions m_options;
};

} // namespace crm::interchange
