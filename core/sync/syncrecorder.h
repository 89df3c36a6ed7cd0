#pragma once

#include "domain/recordkind.h"
#include "storage/changeevent.h"
#include "sync/syncfields.h"
#include "sync/syncpackage.h"

#include <QVariantMap>

namespace crm {

class Database;

// Writes changes made on this replica into the sync log, in the change's own transaction, once
// sync is on (a mission laptop was prepared from this file or this file is one). Each change gets
// the next hybrid clock timestamp and supersedes the values its writer saw.
class SyncRecorder final
{
public:
    explicit SyncRecorder(Database &db);

    // Writes fields as a change made here now (an edit, a conflict's resolution); returns it.
    SyncChange record(RecordKind kind, const QString &id, SyncOperation operation, const SyncFields &fields);
    // Notes that the record is gone for good here (a purge is not sent to other replicas).
    void purged(const QString &id);

private:
    Database &m_db;
};

// The sync log as a subscriber of the database's change feed: subscribed for its lifetime in the
// SyncLog role, which lets storage accept changes to a file with sync on. Merges of other
// replicas' changes are already in the log and are not logged again; of a purge's cascade only
// the purge itself is noted, as before.
class SyncLogRecorder final : public ChangeSubscriber
{
public:
    explicit SyncLogRecorder(Database &db);
    ~SyncLogRecorder() override;
    Q_DISABLE_COPY_MOVE(SyncLogRecorder)

    void onChange(const ChangeEvent &event) override;

private:
    Database &m_db;
};

} // namespace crm
