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

class Database;

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
class SyncLog final
{
public:
    explicit SyncLog(Database &db);

    QString info(const QString &key) const;
    void setInfo(const QString &key, const QString &value);

    bool contains(const QString &changeId) const;
    // The change id stored under (origin, sequence), if any.
    QString changeAt(const QString &origin, qint64 sequence) const;
    // Logs a change and moves the heads of the fields it writes: the changes it supersedes stop
    // being heads, and it becomes one unless a known change already superseded it.
    void store(const SyncLogChange &change);
    // The changes from every origin but this one, by change id.
    QList<SyncLogChange> changesNotFrom(const QString &origin) const;
    std::optional<SyncLogChange> change(const QString &changeId) const;
    bool hasCreate(const QString &recordId) const;
    // Records of kind whose creation is known but that have no row yet (not purged).
    QStringList waitingRecords(RecordKind kind) const;
    QString newestChangeId() const;
    qint64 lastSequenceOf(const QString &origin) const;

    // field -> heads, the newest first.
    QMap<QString, QList<SyncLogHead>> heads(const QString &recordId) const;
    QStringList recordsWithSeveralHeads() const;
    // Records whose "deleted" head is true.
    QStringList deletedRecords() const;

    // What this log holds of each origin's changes with no gap, above the baseline.
    SyncLogKnowledge knowledge() const;
    void raiseBaseline(const SyncLogKnowledge &known);

    QList<SyncLogPeer> peers() const;
    void savePeer(const SyncLogPeer &peer);
    // Changes logged here, from any origin but replicaId, above what acknowledged holds.
    qint64 pendingFor(const QString &replicaId, const SyncLogKnowledge &acknowledged) const;
    // Until the end of the current transaction, foreign keys are checked at commit.
    void deferForeignKeys();

    bool isPurged(const QString &recordId) const;
    void markPurged(const QString &recordId);
    // Drops what the log and heads hold of a record.
    void forget(const QString &recordId);

private:
    Database &m_db;
};

} // namespace storage
} // namespace crm
