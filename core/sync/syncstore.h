#pragma once

#include "storage/synclog.h"
#include "sync/syncfields.h"
#include "sync/syncpackage.h"
#include "sync/syncsigning.h"

#include <QJsonValue>
#include <QMap>
#include <QString>

namespace crm {

class Database;

// One value a field holds: the change that wrote it and what it wrote.
using SyncHead = storage::SyncLogHead;

// What a replica knows of each origin's changes with no gap: origin replica id -> sequence.
using SyncKnowledge = storage::SyncLogKnowledge;

struct SyncPeerRow
{
    QString replicaId;
    QString name;
    SyncKnowledge acknowledged;
    QString lastImportAt; // ISO 8601 UTC or empty
    QString lastExportAt;
    QByteArray publicKey; // the peer's Ed25519 key (schema 12); empty for a peer prepared before it
};

// The sync tables of one database (schemas 10 and 12) as the sync logic sees them: the change log, each
// field's current heads, the peers and what they acknowledged, the replica's keys. Their SQL is
// storage's (storage::SyncLog); this turns its rows into changes, signers and peers.
class SyncStore final
{
public:
    explicit SyncStore(Database &db);

    bool enabled() const;
    void enable();
    QString databaseId() const;
    QString replicaName() const;
    void setReplicaName(const QString &name);
    QString info(const QString &key) const;
    void setInfo(const QString &key, const QString &value);

    // This replica's signing key, made and stored the first time it is needed (inside the caller's
    // transaction).
    SyncSigner signer();
    bool hasSigner() const;
    void setSigner(const SyncSigner &signer);
    // The certificate the replica that prepared this one gave it (issuer empty for the office).
    QString certificateIssuer() const;
    QByteArray certificate() const;
    void setCertificate(const QString &issuer, const QByteArray &signature);

    bool contains(const QString &changeId) const;
    // The change id stored under (origin, sequence), if any.
    QString changeAt(const QString &origin, qint64 sequence) const;
    // Logs a change and moves the heads of the fields it writes: the changes it supersedes stop
    // being heads, and it becomes one unless a known change already superseded it.
    void store(const SyncChange &change);
    // The changes from every origin but this one, by change id.
    QList<SyncChange> changesNotFrom(const QString &origin) const;
    // The change with this id; a default SyncChange when there is none.
    SyncChange change(const QString &changeId) const;
    bool hasCreate(const QString &recordId) const;
    // Records of kind whose creation is known but that have no row yet (not purged).
    QStringList waitingRecords(RecordKind kind) const;
    QString newestChangeId() const;
    qint64 lastSequenceOf(const QString &origin) const;

    // field -> heads, the newest first.
    QMap<QString, QList<SyncHead>> heads(const QString &recordId) const;
    // Records with a field that has two or more heads, and those whose "deleted" head is true.
    QStringList recordsWithSeveralHeads() const;
    QStringList deletedRecords() const;
    // Every record's "merged_into" heads, newest first; and the records whose heads name id.
    QList<storage::SyncLogMergeHead> mergeHeads() const;
    QList<storage::SyncLogRecordRef> recordsMentioning(const QString &id) const;

    SyncKnowledge knowledge() const;
    void raiseBaseline(const SyncKnowledge &known);

    QList<SyncPeerRow> peers() const;
    std::optional<SyncPeerRow> peer(const QString &replicaId) const;
    void savePeer(const SyncPeerRow &peer);
    // Changes logged here, from any origin but the peer, above what the peer acknowledged.
    qint64 pendingFor(const SyncPeerRow &peer) const;
    // Until the end of the current transaction, foreign keys are checked at commit: a merge
    // writes records in an order of its own.
    void deferForeignKeys();

    bool isPurged(const QString &recordId) const;
    void markPurged(const QString &recordId);
    // Drops what the log and heads hold of a record (a laptop copy without it).
    void forget(const QString &recordId);

private:
    storage::SyncLog &m_log;
};

} // namespace crm
