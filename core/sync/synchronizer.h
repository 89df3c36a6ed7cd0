#pragma once

#include "domain/recordkind.h"
#include "sync/syncpackage.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <functional>

namespace crm {

class Database;

// Reports how far a long sync operation is; returning false cancels it (nothing is written).
using SyncProgress = std::function<bool(qint64 done, qint64 total)>;

// A peer this replica has exchanged packages with.
struct SyncPeerStatus
{
    QString replicaId;
    QString name;
    QDateTime lastImportAt;    // UTC; invalid when nothing was ever received from it
    QDateTime lastExportAt;    // UTC; invalid when nothing was ever sent to it
    qint64 pendingChanges = 0; // changes here the peer has not acknowledged yet
};

struct SyncStatus
{
    QString databaseId;
    QString replicaId;
    QString replicaName;
    bool enabled = false; // true once the database has a replica (a mission laptop was prepared)
    QList<SyncPeerStatus> peers;
    qint64 unresolvedConflicts = 0;
};

// One of the competing values of a conflict.
struct SyncConflictValue
{
    QString changeId;
    QJsonValue value; // null: the element was removed / the field was cleared
    QString replicaId;
    QString replicaName; // the replica's name as this database knows it, or the id
    QString author;      // the officer's name or initials as the origin replica gave them
    QDateTime at;        // UTC, from the change's hybrid clock
};

struct SyncConflict
{
    enum class Type
    {
        SameField,         // both sides changed one field (or one list element): values holds each
        DeletedWhileEdited // one side moved the record to the Trash, the other edited it
    };
    Type type = Type::SameField;
    RecordKind kind = RecordKind::Delegate;
    QString recordId;
    QString recordTitle;
    // SameField: the sync field ("title", "aliases/AMDIE", "attendees/contact:<id>").
    // DeletedWhileEdited: the fields edited without seeing the delete, comma-separated.
    QString field;
    QList<SyncConflictValue> values; // SameField: the current value first (the deterministic winner)
    SyncConflictValue deletion;      // DeletedWhileEdited: the delete
};

struct SyncImportReport
{
    QString senderReplicaId;
    QString senderName;
    qint64 received = 0;       // changes in the package
    qint64 applied = 0;        // changes new to this replica
    qint64 duplicates = 0;     // changes already seen (importing twice changes nothing)
    qint64 recordsChanged = 0; // records written
    qint64 pendingRecords = 0; // records waiting for a change not received yet (their creation)
    qint64 conflicts = 0;      // unresolved conflicts after the import
    bool cancelled = false;    // the progress callback said stop: nothing was written
};

struct SyncExportReport
{
    QString path;
    QString peerName;
    qint64 changeCount = 0;
    qint64 bytes = 0;
};

// Offline sync between replicas of one database (issue 8): every database is a peer, changes
// travel as package files, and merges are field by field. See docs/sync.md for the rules.
class Synchronizer final
{
public:
    explicit Synchronizer(Database &db);

    SyncStatus status() const;
    // Refuses a name another peer already has (peer names are unique on every replica).
    void setReplicaName(const QString &name);

    // The peer named by replica id or name; throws crm::Error (NotFound) naming the known peers, or
    // (Invalid) naming both peers when two share the name.
    QString peerId(const QString &peer) const;

    // This replica's public signing key as text, made if it has none yet: what an officer reads out
    // so that a peer prepared by an older version can enter it with trustPeerKey.
    QString publicKey();
    // The one-time key exchange with a peer prepared before packages were signed. Refuses a key that
    // is not one, and a peer that already has a different key.
    void trustPeerKey(const QString &peer, const QString &keyText);

    // Every change the peer has not acknowledged, as a package (for tests and exportTo).
    SyncPackage buildPackage(const QString &peer) const;
    SyncExportReport exportTo(const QString &peer, const QString &path, const QString &passphrase = {});

    // Reads and checks a package file for this database and replica, signed by its sender (refusals
    // throw crm::Error).
    SyncPackage readPackage(const QString &path, const QString &passphrase = {}) const;
    // Merges the package in one transaction; a failure or a cancel leaves the database as it was.
    // Refuses a package addressed to another replica, or whose sender takes another peer's name;
    // its acknowledgement counts only for changes this replica holds.
    SyncImportReport import(const SyncPackage &package, const SyncProgress &progress = {});
    SyncImportReport importFile(const QString &path, const QString &passphrase = {}, const SyncProgress &progress = {});

    QList<SyncConflict> conflicts() const;
    qint64 conflictCount() const;
    // SameField: value becomes the field's value on every replica (one of the values or a new one).
    void resolve(const SyncConflict &conflict, const QJsonValue &value);
    // DeletedWhileEdited: keep the record in the Trash, or restore it with the edits.
    void resolveDeletion(const SyncConflict &conflict, bool keepDeleted);

private:
    Database &m_db;
};

} // namespace crm
