#include "syncconflicts.h"

#include "storage/database.h"
#include "storage/recordstore.h"
#include "sync/hybridclock.h"
#include "sync/syncstore.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crm {
namespace {

// Names replicas and officers as this database knows them.
class ConflictWording final
{
public:
    explicit ConflictWording(Database &db) : m_records(db.records())
    {
        SyncStore store(db);
        m_replicas.insert(db.replicaId(), store.replicaName());
        for (const SyncPeerRow &peer : store.peers()) {
            m_replicas.insert(peer.replicaId, peer.name);
        }
    }

    SyncConflictValue value(const SyncChange &change, const QJsonValue &value) const
    {
        SyncConflictValue v;
        v.changeId = change.changeId;
        v.value = value;
        v.replicaId = change.originReplicaId;
        v.replicaName = m_replicas.value(change.originReplicaId, change.originReplicaId);
        v.author = change.author;
        if (!change.author.isEmpty() && m_records.exists(RecordKind::Officer, change.author)) {
            v.author = m_records.title(RecordKind::Officer, change.author);
        }
        if (const auto stamp = HlcTimestamp::fromString(change.changeId)) {
            v.at = QDateTime::fromMSecsSinceEpoch(stamp->millis, Qt::UTC);
        }
        return v;
    }

private:
    RecordStore &m_records;
    QMap<QString, QString> m_replicas;
};

bool allSame(const QList<SyncHead> &heads)
{
    return std::all_of(heads.cbegin(), heads.cend(),
                       [&](const SyncHead &h) { return sameSyncValue(h.value, heads.constFirst().value); });
}

// The live-or-trashed record the change is about, when this replica has it.
std::optional<RecordKind> recordKindOf(Database &db, const SyncChange &change)
{
    const auto kind = kindFromName(change.recordKind);
    if (!kind || !db.records().exists(*kind, change.recordId)) {
        return std::nullopt;
    }
    return kind;
}

void addFieldConflicts(Database &db, const SyncStore &store, const ConflictWording &wording, QList<SyncConflict> &out)
{
    for (const QString &id : store.recordsWithSeveralHeads()) {
        const auto heads = store.heads(id);
        for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
            if (it.value().size() < 2 || allSame(it.value())) {
                continue;
            }
            SyncConflict conflict;
            conflict.type = SyncConflict::Type::SameField;
            conflict.recordId = id;
            conflict.field = it.key();
            for (const SyncHead &head : it.value()) {
                conflict.values.append(wording.value(store.change(head.changeId), head.value));
            }
            const auto kind = recordKindOf(db, store.change(it.value().constFirst().changeId));
            if (!kind) {
                continue;
            }
            conflict.kind = *kind;
            conflict.recordTitle = db.records().title(*kind, id);
            out.append(conflict);
        }
    }
}

void addDeletionConflicts(Database &db, const SyncStore &store, const ConflictWording &wording,
                          QList<SyncConflict> &out)
{
    for (const QString &id : store.deletedRecords()) {
        const auto heads = store.heads(id);
        const SyncHead deleted = heads.value(kSyncDeletedField).constFirst();
        if (!deleted.value.toBool()) {
            continue; // a restore won
        }
        const SyncChange deletion = store.change(deleted.changeId);
        const auto kind = recordKindOf(db, deletion);
        if (!kind) {
            continue;
        }
        SyncConflict conflict;
        conflict.type = SyncConflict::Type::DeletedWhileEdited;
        conflict.kind = *kind;
        conflict.recordId = id;
        conflict.deletion = wording.value(deletion, true);
        QStringList fields;
        for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
            if (it.key() == kSyncDeletedField) {
                continue;
            }
            const QJsonArray seen = deletion.supersedes.value(it.key()).toArray();
            for (const SyncHead &head : it.value()) {
                if (!seen.contains(head.changeId)) {
                    fields << it.key();
                    conflict.values.append(wording.value(store.change(head.changeId), head.value));
                    break;
                }
            }
        }
        if (!fields.isEmpty()) {
            conflict.field = fields.join(u", "_s);
            conflict.recordTitle = db.records().title(*kind, id);
            out.append(conflict);
        }
    }
}
} // namespace

QList<SyncConflict> listSyncConflicts(Database &db)
{
    SyncStore store(db);
    const ConflictWording wording(db);
    QList<SyncConflict> conflicts;
    addFieldConflicts(db, store, wording, conflicts);
    addDeletionConflicts(db, store, wording, conflicts);
    return conflicts;
}

} // namespace crm
