#pragma once

#include "domain/catalogue/catalogue.h"
#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <optional>

namespace crm::storage {

// How a column maps to a value in a record map: the catalogue's answer, which sync shares.
using ColumnType = catalogue::FieldSpec::Shape;

struct Column
{
    QString name;
    ColumnType type = ColumnType::Text;
};

// A column holding the id of a record of a known kind (agency_id -> agency).
struct Reference
{
    QString column;
    RecordKind target;
    bool required = false;
};

// Two columns naming a record of any kind (linked_kind + linked_id, person_kind + person_id).
struct PolyReference
{
    QString kindColumn;
    QString idColumn;
};

// A multi-valued part of a record (stays, attendees, impact figures), stored as ordered rows.
struct ChildTable
{
    QString field; // the list's name in the record map
    QString table;
    QString parentColumn;
    QList<Column> columns; // without id, parent and position
    QList<Reference> references;
    QList<PolyReference> polyReferences;
};

struct TableSpec
{
    RecordKind kind;
    QString table;
    QList<Column> columns; // record fields, without the metadata columns
    QList<ChildTable> children;
    QList<Reference> references;
    QList<PolyReference> polyReferences;
    QStringList uniqueColumns;
};

// A kind's table as the catalogue describes it: a column per field (and one for its companion), a
// reference per Link, a poly reference per KindLink or kind-and-id pair, a child table per list.
TableSpec deriveTableSpec(const catalogue::KindSpec &kind);
// Every kind's table, in the catalogue's order (a test catalogue's extra field gets its column).
QList<TableSpec> deriveTableSpecs(const catalogue::Catalogue &catalogue = catalogue::Catalogue::builtin());
// The table of kind in the builtin catalogue, derived once.
const TableSpec &tableSpec(RecordKind kind);

} // namespace crm::storage
