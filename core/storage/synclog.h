#pragma once

#include "domain/recordkind.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace crm {

namespace storage {

// One change as the log stores it; its operation by name ("create", "update", "delete", "restore").
struct SyncLogChange
{
    QString changeId;
    QString origin;
    qint64 originSequence = 0;
    QString recordKind;
    QString recordId;
    QString operation;
    QJsonObject fields;
    QJsonObject supersedes;
    QString author;
};

// One value a field holds: the change that wrote it and what it wrote.
struct SyncLogHead
{
    QString changeId;
    QJsonValue value;
};

// A "merged_into" head of a record: where another replica (or this one) merged it.
struct SyncLogMergeHead
{
    QString recordId;
    QString recordKind;
    QString changeId;
    QString survivorId; // empty: the merge was undone ("merged_into": null)
};

// A record a query found: its kind by name, as the log holds it, and its id.
struct SyncLogRecordRef
{
    QString recordKind;
    QString recordId;
    bool operator==(const SyncLogRecordRef &) const = default;
};

// Origin replica id -> sequence.
using SyncLogKnowledge = QMap<QString, qint64>;

struct SyncLogPeer
{
    QString replicaId;
    QString name;
    SyncLogKnowledge acknowledged;
    QString lastImportAt; // ISO 8601 UTC or empty
    QString lastExportAt;
    QString publicKey; // as text; empty for a peer prepared before keys
};

// The SQL of the sync tables (schemas 10 and 12): the change log, each field's current heads, the
// peers and what they acknowledged, the purged records, and the sync keys in database_info. What to
// send, how to merge and what a conflict is stay in core/sync, which calls this.
class SyncLog
{
public:
    virtual ~SyncLog() = default;

    virtual QString info(const QString &key) const = 0;
    virtual void setInfo(const QString &key, const QString &value) = 0;

    virtual bool contains(const QString &changeId) const = 0;
    // The change id stored under (origin, sequence), if any.
    virtual QString changeAt(const QString &origin, qint64 sequence) const = 0;
    // Logs a change and moves the heads of the fields it writes: the changes it supersedes stop
    // being heads, and it becomes one unless a known change already superseded it.
    virtual void store(const SyncLogChange &change) = 0;
    // The changes from every origin but this one, by change id.
    virtual QList<SyncLogChange> changesNotFrom(const QString &origin) const = 0;
    virtual std::optional<SyncLogChange> change(const QString &changeId) const = 0;
    virtual bool hasCreate(const QString &recordId) const = 0;
    // Records of kind whose creation is known but that have no row yet (not purged).
    virtual QStringList waitingRecords(RecordKind kind) const = 0;
    virtual QString newestChangeId() const = 0;
    virtual qint64 lastSequenceOf(const QString &origin) const = 0;

    // field -> heads, the newest first.
    virtual QMap<QString, QList<SyncLogHead>> heads(const QString &recordId) const = 0;
    virtual QStringList recordsWithSeveralHeads() const = 0;
    // Records whose "deleted" head is true.
    virtual QStringList deletedRecords() const = 0;
    // Every record's "merged_into" heads (the sync of merges, issue 19), by record id, the newest
    // first.
    virtual QList<SyncLogMergeHead> mergeHeads() const = 0;
    // Records whose heads name id, in a field (a list element "attendees/=contact|<id>") or in a
    // value (a link column): what a replica must write again when id's merge changes.
    virtual QList<SyncLogRecordRef> recordsMentioning(const QString &id) const = 0;

    // What this log holds of each origin's changes with no gap, above the baseline.
    virtual SyncLogKnowledge knowledge() const = 0;
    virtual void raiseBaseline(const SyncLogKnowledge &known) = 0;

    virtual QList<SyncLogPeer> peers() const = 0;
    virtual void savePeer(const SyncLogPeer &peer) = 0;
    // Changes logged here, from any origin but replicaId, above what acknowledged holds.
    virtual qint64 pendingFor(const QString &replicaId, const SyncLogKnowledge &acknowledged) const = 0;
    // Until the end of the current transaction, foreign keys are checked at commit.
    virtual void deferForeignKeys() = 0;

    virtual bool isPurged(const QString &recordId) const = 0;
    virtual void markPurged(const QString &recordId) = 0;
    // Drops what the log and heads hold of a record.
    virtual void forget(const QString &recordId) = 0;

protected:
    SyncLog() = default;
};

} // namespace storage
} // namespace crm
