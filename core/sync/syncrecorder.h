#pragma once

#include "domain/recordkind.h"
#include "sync/syncfields.h"
#include "sync/syncpackage.h"

#include <QVariantMap>

namespace crm {

class Database;

// Writes the edits made on this replica into the sync log, in the edit's own transaction, once
// sync is on (a mission laptop was prepared from this file or this file is one). Each change
// gets the next hybrid clock timestamp and supersedes the values its writer saw.
class SyncRecorder final
{
public:
    explicit SyncRecorder(Database &db);

    void created(RecordKind kind, const QString &id, const QVariantMap &stored);
    void updated(RecordKind kind, const QString &id, const QVariantMap &before, const QVariantMap &after);
    void trashed(RecordKind kind, const QString &id, bool deleted);
    void purged(const QString &id);
    // Writes fields as a change made here now (a conflict's resolution); returns it.
    SyncChange record(RecordKind kind, const QString &id, SyncOperation operation, const SyncFields &fields);

private:
    Database &m_db;
};

} // namespace crm
