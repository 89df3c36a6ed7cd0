#include "tablespec.h"

namespace crm::storage {
namespace {
using catalogue::FieldSpec;
using catalogue::Type;

// The columns and links of a table's fields: one column per field and one more for its companion
// (time_zone, linked_id, always text); a reference per Link to a known kind, a poly reference per
// KindLink and per Link whose kind is in another column of the row (person_kind + person_id).
void deriveColumns(const QList<FieldSpec> &fields, QList<Column> &columns, QList<Reference> &references,
                   QList<PolyReference> &polyReferences)
{
    for (const FieldSpec &f : fields) {
        if (f.type == Type::Children) {
            continue;
        }
        columns.append({f.columnName(), f.shape()});
        if (!f.companion.isEmpty()) {
            columns.append({f.companion, ColumnType::Text});
        }
        if (f.type == Type::Link && f.linkKind) {
            references.append({f.columnName(), *f.linkKind, f.required});
        } else if (f.type == Type::Link && !f.kindField.isEmpty()) {
            polyReferences.append({f.kindField, f.columnName()});
        } else if (f.type == Type::KindLink) {
            polyReferences.append({f.columnName(), f.companion});
        }
    }
}
} // namespace

TableSpec deriveTableSpec(const catalogue::KindSpec &kind)
{
    TableSpec spec{kind.kind, kind.table, {}, {}, {}, {}, {}};
    deriveColumns(kind.fields, spec.columns, spec.references, spec.polyReferences);
    for (const FieldSpec &f : kind.fields) {
        if (f.type == Type::Children) {
            ChildTable child{f.name, f.childTable, f.parentColumn, {}, {}, {}};
            deriveColumns(f.children, child.columns, child.references, child.polyReferences);
            spec.children.append(child);
        } else if (f.unique) {
            spec.uniqueColumns.append(f.columnName());
        }
    }
    return spec;
}

QList<TableSpec> deriveTableSpecs(const catalogue::Catalogue &catalogue)
{
    QList<TableSpec> specs;
    for (const catalogue::KindSpec &kind : catalogue.kinds()) {
        specs.append(deriveTableSpec(kind));
    }
    return specs;
}

const TableSpec &tableSpec(RecordKind kind)
{
    static const QList<TableSpec> specs = deriveTableSpecs();
    for (const TableSpec &spec : specs) {
        if (spec.kind == kind) {
            return spec;
        }
    }
    Q_UNREACHABLE();
}

} // namespace crm::storage
