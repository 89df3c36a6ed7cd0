#pragma once

#include "domain/error.h"
#include "sync/syncpackage.h"

#include <QByteArray>

namespace crm {

// The body of a package: {"changes": [...]} as compact UTF-8 JSON.
QByteArray encodeSyncChanges(const QList<SyncChange> &changes);
// Parses and checks untrusted changes; throws crm::Error naming every bad field
// ("changes[3].recordId: is missing").
QList<SyncChange> decodeSyncChanges(const QByteArray &json, const QString &path);
// The problems of one change, under prefix ("changes[3]"); the writer checks what it writes.
FieldErrors checkSyncChange(const SyncChange &change, const QString &prefix);

} // namespace crm
