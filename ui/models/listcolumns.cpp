#include "listcolumns.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {

ListValue listValue(catalogue::Type type)
{
    using catalogue::Type;
    switch (type) {
    case Type::Date:
        return ListValue::Date;
    case Type::Instant:
    case Type::ZonedInstant:
        return ListValue::Instant;
    case Type::Link:
        return ListValue::Link;
    case Type::Country:
        return ListValue::Country;
    case Type::Sector:
        return ListValue::Sector;
    case Type::Code:
    case Type::KindLink:
        return ListValue::Enum;
    case Type::Integer:
    case Type::IntegerCode:
        return ListValue::Integer;
    case Type::Bool:
        return ListValue::Bool;
    default:
        return ListValue::Text;
    }
}

QList<ListColumn> listColumns(RecordKind kind, const catalogue::Catalogue &catalogue)
{
    const catalogue::KindSpec &spec = catalogue.kind(kind);
    QList<ListColumn> columns;
    for (const catalogue::FieldSpec *f : spec.listColumns()) {
        columns << (f ? ListColumn(f->name, f->listLabel.tr(), listValue(f->type), f->linkKind)
                      : ListColumn(u"@title"_s, spec.titleLabel.tr(), ListValue::Title));
    }
    return columns;
}

} // namespace crm::ui
