#include "syncrecorder.h"

#include "storage/database.h"
#include "storage/recordstore.h"
#include "sync/hybridclock.h"
#include "sync/syncmerger.h"
#include "sync/syncstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crm {

namespace {
// A record's fields as its newest heads say.
SyncFields newestHeads(const SyncStore &store, const QString &id)
{
    SyncFields newest;
    const auto heads = store.heads(id);
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        newest.insert(it.key(), it.value().constFirst().value);
    }
    return newest;
}
// An edit of a list also settles the elements its heads hold that the officer did not see as such:
// an attendee added offline with a person merged away since is shown as the survivor, so removing
// the survivor removes it too (else the next sync would bring it back); and an element shown at
// another place than its head says keeps the place shown.
SyncFields settledList(Database &db, const ChangeEvent &event, SyncFields fields)
{
    QSet<QString> lists;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (const qsizetype slash = it.key().indexOf(u'/'); slash > 0) {
            lists.insert(it.key().left(slash + 1));
        }
    }
    if (lists.isEmpty()) {
        return fields;
    }
    const SyncStore store(db);
    const SyncFields now = syncFieldsOf(event.kind, event.after);
    const SyncFields heads = newestHeads(store, event.id);
    static const QRegularExpression uuid(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    const auto namesMergedAway = [&](const QString &key) {
        for (const QRegularExpressionMatch &m : uuid.globalMatch(key)) {
            if (!newestHeads(store, m.captured()).value(kSyncMergedIntoField).isNull()) {
                return true;
            }
        }
        return false;
    };
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        if (slash <= 0 || !lists.contains(it.key().left(slash + 1)) || fields.contains(it.key())) {
            continue;
        }
        const auto shown = now.constFind(it.key());
        if (shown != now.cend()) {
            // The list as the officer saw it fixes each element's place: an element whose head
            // holds another position (two kept the same one, ordered by key) takes its place here.
            if (*shown != it.value()) {
                fields.insert(it.key(), *shown);
            }
        } else if (!it.value().isNull() && namesMergedAway(it.key())) {
            fields.insert(it.key(), QJsonValue());
        }
    }
    return fields;
}
} // namespace

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
            recorder.record(event.kind, event.id, SyncOperation::Update, settledList(m_db, event, fields));
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
    case ChangeAction::Merge: {
        // Where it went; and, as it is gone from here, whatever of its fields no head holds yet
        // (values from before sync), so that it can come back from its heads on any replica.
        SyncFields fields = syncFieldsNotInHeads(event.kind, event.before, newestHeads(SyncStore(m_db), event.id));
        fields.insert(kSyncMergedIntoField, event.mergedInto);
        recorder.record(event.kind, event.id, SyncOperation::Update, fields);
        return;
    }
    case ChangeAction::Unmerge: {
        SyncFields fields = syncFieldsNotInHeads(event.kind, event.after, newestHeads(SyncStore(m_db), event.id));
        fields.insert(kSyncMergedIntoField, QJsonValue());
        recorder.record(event.kind, event.id, SyncOperation::Update, fields);
        // Links that sync, not the merge, had moved to the survivor (made offline elsewhere) come
        // back as their heads say; those the merge moved, the undo moves back itself.
        SyncMerger merger(m_db);
        for (const storage::SyncLogRecordRef &ref : SyncStore(m_db).recordsMentioning(event.id)) {
            const auto kind = kindFromName(ref.recordKind);
            if (kind && ref.recordId != event.id && m_db.records().exists(*kind, ref.recordId)) {
                merger.materialize(*kind, ref.recordId);
            }
        }
        return;
    }
    }
}

} // namespace crm
