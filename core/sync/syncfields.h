#pragma once

#include "domain/recordkind.h"

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QVariantMap>

namespace crm {

// A record as sync sees it: a flat map of independently merged fields. A column is one field
// ("title"); a list is one field per element ("aliases/AMDIE", "attendees/contact:<id>",
// "stays/<row id>"), so that two officers adding different attendees both keep theirs and two
// adding the same person make one attendee. "deleted" is the record's place in the Trash.
using SyncFields = QMap<QString, QJsonValue>;

inline const QString kSyncDeletedField = QStringLiteral("deleted");
// Where a merge sent the record (the survivor's id), or null once the merge is undone: a record
// whose newest value is an id has no row of its own, and links to it are read as links to the
// survivor (issue 19). A field of every kind.
inline const QString kSyncMergedIntoField = QStringLiteral("merged_into");

// The fields of a storage-form record (as RecordStore reads it, with its lists); columns that are
// empty are null.
SyncFields syncFieldsOf(RecordKind kind, const QVariantMap &stored);
// The fields whose values differ between two storage-form versions of one record (a removed list
// element is null).
SyncFields changedSyncFields(RecordKind kind, const QVariantMap &before, const QVariantMap &after);
// The fields of stored that its newest heads do not already say (a field with no head, a value that
// differs, a list element the heads hold and stored does not, as null): what makes the heads
// describe stored. heads: field -> newest value.
SyncFields syncFieldsNotInHeads(RecordKind kind, const QVariantMap &stored, const SyncFields &heads);
// stored with the given fields applied; lists are ordered by each element's position, then key.
QVariantMap applySyncFields(RecordKind kind, QVariantMap stored, const SyncFields &fields);

// Whether field names a column or list element of kind; and, for untrusted input, why value
// cannot be the field's value (empty when it can).
bool isSyncField(RecordKind kind, const QString &field);
QString syncValueProblem(RecordKind kind, const QString &field, const QJsonValue &value);
// The columns that make two rows of a list the same element (a meeting's attendees: person_kind and
// person_id); empty for a list whose rows are told apart by their own id.
QStringList syncIdentityColumns(const QString &listField);
// The sync field of one row of a list of rows ("attendees/=contact|<id>", "stays/<row id>").
QString syncElementKey(RecordKind kind, const QString &listField, const QVariantMap &row);
// Two values of one field that say the same thing (list elements: the same content, whatever
// row id and position each side gave it).
bool sameSyncValue(const QJsonValue &a, const QJsonValue &b);

} // namespace crm
