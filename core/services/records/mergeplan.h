#pragma once

// What a merge will do, computed without writing (crm::Merges' preview and merge share it).
#include "merges.h"

namespace crm::merging {

struct LoadedRecord
{
    QString id;
    QVariantMap stored; // storage form, lists and metadata
    QVariantMap json;   // JSON form, metadata included
    QString title;
};

// A record linking to a merged record: its fields before and after the links move (JSON form,
// only the fields that change).
struct ReferrerChange
{
    RecordKind kind = RecordKind::Officer;
    QString id;
    bool inTrash = false;
    QVariantMap before;
    QVariantMap after;
};

struct Plan
{
    QList<LoadedRecord> records; // keep first
    QVariantMap survivor;        // JSON form: every field of the kind as the survivor ends
    QList<MergeFieldChoice> fields;
    QList<ReferrerChange> referrers;
    qint64 links = 0;
    QStringList rules;
};

// Refuses (crm::Error naming the record) what DESIGN-19's "Bad input" lists.
Plan planMerge(const Database &db, const MergeRequest &request);
// The kind's fields (and their companion columns) out of a JSON-form record, for an update.
QVariantMap fieldsOf(RecordKind kind, const QVariantMap &json);

} // namespace crm::merging
