#include "syncrecorder.h"

#include "storage/database.h"
#include "sync/hybridclock.h"
#include "sync/syncstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace crm {

SyncRecorder::SyncRecorder(Database &db) : m_db(db) {}

void SyncRecorder::purged(const QString &id)
{
    SyncStore(m_db).markPurged(id);
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

SyncLogRecorder::SyncLogRecorder(Database &db) : m_db(db)
{
    m_db.changes().subscribe(this, ChangeFeed::kSyncLogOrder, ChangeFeed::Role::SyncLog);
}

SyncLogRecorder::~SyncLogRecorder()
{
    m_db.changes().unsubscribe(this);
}

void SyncLogRecorder::onChange(const ChangeEvent &event)
{
    if (event.origin == ChangeOrigin::SyncMerge || !m_db.syncEnabled()) {
        return;
    }
    SyncRecorder recorder(m_db);
    switch (event.action) {
    case ChangeAction::Create: {
        SyncFields fields = syncFieldsOf(event.kind, event.after);
        fields.removeIf([](const auto &it) { return it.value().isNull(); });
        recorder.record(event.kind, event.id, SyncOperation::Create, fields);
        return;
    }
    case ChangeAction::Update:
        if (const SyncFields fields = changedSyncFields(event.kind, event.before, event.after); !fields.isEmpty()) {
            recorder.record(event.kind, event.id, SyncOperation::Update, fields);
        }
        return;
    case ChangeAction::Trash:
        recorder.record(event.kind, event.id, SyncOperation::Delete, {{kSyncDeletedField, true}});
        return;
    case ChangeAction::Restore:
        recorder.record(event.kind, event.id, SyncOperation::Restore, {{kSyncDeletedField, false}});
        return;
    case ChangeAction::Purge:
        recorder.purged(event.id);
        return;
    case ChangeAction::Merge:
    case ChangeAction::Unmerge:
        return; // placeholder: the sync helper (issue 19 point 4) records these
    }
}

} // namespace crm
