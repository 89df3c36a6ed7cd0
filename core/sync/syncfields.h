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

// The fields of a storage-form record (as RecordStore reads it, with its lists); columns that are
// empty are null.
SyncFields syncFieldsOf(RecordKind kind, const QVariantMap &stored);
// The fields whose values differ between two storage-form versions of one record (a removed list
// element is null).
SyncFields changedSyncFields(RecordKind kind, const QVariantMap &before, const QVariantMap &after);
// stored with the given fields applied; lists are ordered by each element's position, then key.
QVariantMap applySyncFields(RecordKind kind, QVariantMap stored, const SyncFields &fields);

// Whether field names a column or list element of kind; and, for untrusted input, why value
// cannot be the field's value (empty when it can).
bool isSyncField(RecordKind kind, const QString &field);
QString syncValueProblem(RecordKind kind, const QString &field, const QJsonValue &value);
// Two values of one field that say the same thing (list elements: the same content, whatever
// row id and position each side gave it).
bool sameSyncValue(const QJsonValue &a, const QJsonValue &b);

} // namespace crm
