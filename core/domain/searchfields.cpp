#include "searchfields.h"

#include <algorithm>

namespace crm {
namespace {
using catalogue::FieldSpec;
using catalogue::Search;
using catalogue::Type;

void append(QList<SearchField> &out, const QString &field, const QString &text, bool name)
{
    if (!text.trimmed().isEmpty()) {
        out.append({field, text, name});
    }
}

// A column's text, or each text of a list column (aliases, phones) on its own.
void appendValue(QList<SearchField> &out, const QString &field, const QVariant &value, bool name)
{
    if (value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QStringList) {
        for (const QVariant &item : value.toList()) {
            append(out, field, item.toString(), name);
        }
    } else {
        append(out, field, value.toString(), name);
    }
}

// The fields of a kind that accepts, by search rank, then in form order.
template<typename Accept>
QList<const FieldSpec *> searched(const catalogue::KindSpec &spec, Accept accepts)
{
    QList<const FieldSpec *> fields;
    for (const FieldSpec &f : spec.fields) {
        if (accepts(f)) {
            fields << &f;
        }
    }
    std::stable_sort(fields.begin(), fields.end(),
                     [](const FieldSpec *a, const FieldSpec *b) { return a->searchRank < b->searchRank; });
    return fields;
}

QList<const FieldSpec *> searchedColumns(const catalogue::KindSpec &spec, Search search)
{
    return searched(spec, [search](const FieldSpec &f) { return f.type != Type::Children && f.search == search; });
}
} // namespace

const QList<RecordKind> &searchableKinds()
{
    static const QList<RecordKind> kinds{RecordKind::Delegate, RecordKind::Agency,   RecordKind::Investor,
                                         RecordKind::Contact,  RecordKind::Mission,  RecordKind::Meeting,
                                         RecordKind::Deal,     RecordKind::FollowUp, RecordKind::Note};
    return kinds;
}

bool isSearchable(RecordKind kind)
{
    return searchableKinds().contains(kind);
}

QList<SearchField> searchFields(RecordKind kind, const QVariantMap &stored, const catalogue::Catalogue &catalogue)
{
    const catalogue::KindSpec &spec = catalogue.kind(kind);
    QList<SearchField> out;
    for (const FieldSpec *f : searchedColumns(spec, Search::Name)) {
        appendValue(out, f->name, stored.value(f->name), true);
    }
    if (spec.extraNames) {
        spec.extraNames(stored, out);
    }
    for (const FieldSpec *f : searchedColumns(spec, Search::Text)) {
        appendValue(out, f->name, stored.value(f->name), false);
    }
    // A list's searched columns, element by element, are its text (attendees' names and roles).
    const auto lists = [](const FieldSpec &f) { return f.type == Type::Children && f.search != Search::None; };
    for (const FieldSpec *list : searched(spec, lists)) {
        for (const QVariant &element : stored.value(list->name).toList()) {
            const QVariantMap row = element.toMap();
            for (const FieldSpec &c : list->children) {
                if (c.search != Search::None) {
                    append(out, list->name, row.value(c.name).toString(), false);
                }
            }
        }
    }
    return out;
}

} // namespace crm
