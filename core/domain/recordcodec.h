#pragma once

#include "clock.h"
#include "fieldmap.h"
#include "recordkind.h"

namespace crm {

// The bridge between maps (as stored, or as JSON) and each kind's value type: storage and the CLI
// handle every kind the same way, while every rule lives in the value type.
struct KindCodec
{
    // Reads a whole record map, applies the kind's defaults and derived fields, validates it and
    // returns it in storage form. Throws Error::invalid naming every bad field.
    QVariantMap (*normalise)(const QVariantMap &input, MapFormat format, const Clock &clock);
    // Storage form to JSON form (money as decimals, meeting times in their own zone).
    QVariantMap (*toJson)(const QVariantMap &stored);
    QString (*title)(const QVariantMap &stored);
    // What lists sort by, folded (kana reading for Japanese names; see foldText()).
    QString (*sortKey)(const QVariantMap &stored);
    // Folded text of the record's names and words, for the lists' quick filter.
    QString (*searchText)(const QVariantMap &stored);
};

const KindCodec &codecFor(RecordKind kind);

// Reads a value type back from a map that storage produced (already validated on the way in).
template<class T>
T readStoredRecord(const QVariantMap &stored)
{
    FieldErrors ignored;
    MapReader reader(stored, ignored, {}, MapFormat::Storage);
    T record = T::read(reader);
    record.id = stored.value(QStringLiteral("id")).toString();
    return record;
}

} // namespace crm
