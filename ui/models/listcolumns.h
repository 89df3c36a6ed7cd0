#pragma once

#include "domain/catalogue/catalogue.h"
#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <optional>

namespace crm::ui {

// How a list shows one field: the kinds of value need different formatting.
enum class ListValue
{
    Text,
    Title,
    Date,
    Instant,
    Link,
    Country,
    Sector,
    Enum,
    Integer,
    Bool
};

struct ListColumn
{
    ListColumn(QString f, QString h, ListValue v = ListValue::Text, std::optional<RecordKind> link = std::nullopt)
        : field(std::move(f)), header(std::move(h)), value(v), linkKind(link)
    {}

    QString field; // JSON field name; "@title" is the record's display title, sorted by its sort key
    QString header;
    ListValue value = ListValue::Text;
    std::optional<RecordKind> linkKind; // for Link columns
};

// How a list shows a field of that type.
ListValue listValue(catalogue::Type type);

// The columns that matter for each kind, first column first: the catalogue's listed fields and the
// record's title, in their list order.
QList<ListColumn> listColumns(RecordKind kind, const catalogue::Catalogue &catalogue = catalogue::Catalogue::builtin());

} // namespace crm::ui
