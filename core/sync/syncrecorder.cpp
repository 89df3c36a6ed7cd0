#include "syncrecorder.h"

#include "storage/database.h"
#include "sync/hybridclock.h"
#include "sync/syncstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace crm {

SyncRecorder::SyncRecorder(Database &db) : m_db(db) {}

void SyncRecorder::created(RecordKind kind, const QString &id, const QVariantMap &stored)
{
    if (SyncStore(m_db).enabled()) {
        SyncFields fields = syncFieldsOf(kind, stored);
        fields.removeIf([](const auto &it) { return it.value().isNull(); });
        record(kind, id, SyncOperation::Create, fields);
    }
}

void SyncRecorder::updated(RecordKind kind, const QString &id, const QVariantMap &before, const QVariantMap &after)
{
    if (SyncStore(m_db).enabled()) {
        const SyncFields fields = changedSyncFields(kind, before, after);
        if (!fields.isEmpty()) {
            record(kind, id, SyncOperation::Update, fields);
        }
    }
}

void SyncRecorder::trashed(RecordKind kind, const QString &id, bool deleted)
{
    if (SyncStore(m_db).enabled()) {
        record(kind, id, deleted ? SyncOperation::Delete : SyncOperation::Restore, {{kSyncDeletedField, deleted}});
    }
}

void SyncRecorder::purged(const QString &id)
{
    SyncStore store(m_db);
    if (store.enabled()) {
        store.markPurged(id);
    }
}

SyncChange SyncRecorder::record(RecordKind kind, const QString &id, SyncOperation operation, const SyncFields &fields)
{
    SyncStore store(m_db);
    const QString replica = m_db.replicaId();
    HybridClock clock(m_db.clock(), replica, HlcTimestamp::fromString(store.newestChangeId()));

    SyncChange change;
    change.changeId = clock.tick().toString();
    change.originReplicaId = replica;
    change.originSequence = store.lastSequenceOf(replica) + 1;
    change.recordKind = kindName(kind);
    change.recordId = id;
    change.operation = operation;
    change.author = m_db.officerId();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        change.fields.insert(it.key(), it.value());
    }
    // A change supersedes every value its field held here, conflicting ones included: the officer
    // saw the field and chose. A delete also notes what it saw of the other fields, so an edit
    // made elsewhere without seeing the delete can be told apart.
    const auto heads = store.heads(id);
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        if (operation == SyncOperation::Delete || fields.contains(it.key())) {
            QJsonArray ids;
            for (const SyncHead &head : it.value()) {
                ids.append(head.changeId);
            }
            change.supersedes.insert(it.key(), ids);
        }
    }
    store.store(change);
    return change;
}

} // namespace crm
