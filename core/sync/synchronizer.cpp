#include "synchronizer.h"

#include "domain/fieldmap.h"
#include "domain/recordcodec.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "sync/syncconflicts.h"
#include "sync/syncmerger.h"
#include "sync/syncrecorder.h"
#include "sync/syncstore.h"
#include "sync/synctrust.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SynchronizerTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Synchronizer)
};

QDateTime utc(const QString &iso)
{
    return iso.isEmpty() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODateWithMs);
}

// Changes here that a peer with this acknowledgement lacks; its own are never sent back.
QList<SyncChange> unacknowledged(const SyncStore &store, const SyncPeerRow &peer)
{
    QList<SyncChange> changes = store.changesNotFrom(peer.replicaId);
    changes.removeIf(
        [&](const SyncChange &c) { return c.originSequence <= peer.acknowledged.value(c.originReplicaId); });
    return changes;
}

} // namespace

Synchronizer::Synchronizer(Database &db) : m_db(db) {}

SyncStatus Synchronizer::status() const
{
    SyncStore store(m_db);
    SyncStatus status;
    status.databaseId = store.databaseId();
    status.replicaId = m_db.replicaId();
    status.replicaName = store.replicaName();
    status.enabled = store.enabled();
    for (const SyncPeerRow &row : store.peers()) {
        status.peers.append(
            {row.replicaId, row.name, utc(row.lastImportAt), utc(row.lastExportAt), store.pendingFor(row)});
    }
    status.unresolvedConflicts = status.enabled ? conflictCount() : 0;
    return status;
}

void Synchronizer::setReplicaName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200) {
        throw Error::invalid({{u"name"_s, SynchronizerTr::tr("must be between 1 and 200 characters")}});
    }
    SyncStore store(m_db);
    for (const SyncPeerRow &row : store.peers()) {
        if (row.replicaId != m_db.replicaId() && row.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            throw Error::invalid(
                {{u"name"_s, SynchronizerTr::tr("\"%1\" already names the peer %2 (\"%3\"): choose another name")
                                 .arg(trimmed, row.replicaId, row.name)}});
        }
    }
    Transaction transaction(m_db);
    store.setReplicaName(trimmed);
    transaction.commit();
}

QString Synchronizer::peerId(const QString &peer) const
{
    QStringList names;
    QList<SyncPeerRow> matches;
    for (const SyncPeerRow &row : SyncStore(m_db).peers()) {
        if (row.replicaId == peer) {
            return row.replicaId;
        }
        if (row.name.compare(peer.trimmed(), Qt::CaseInsensitive) == 0) {
            matches.append(row);
        }
        names << row.name;
    }
    if (matches.size() == 1) {
        return matches.constFirst().replicaId;
    }
    if (matches.size() > 1) {
        // Two peers can share a name only in a file from before names were kept unique.
        QStringList ids;
        for (const SyncPeerRow &row : std::as_const(matches)) {
            ids << u"%1 (\"%2\")"_s.arg(row.replicaId, row.name);
        }
        throw Error(Error::Kind::Invalid, SynchronizerTr::tr("Several peers are named \"%1\": %2. Give the replica "
                                                             "id of the one you mean.")
                                              .arg(peer, ids.join(u", "_s)));
    }
    if (names.isEmpty()) {
        throw Error::notFound(SynchronizerTr::tr("This database has no peers yet: prepare a mission laptop from it, "
                                                 "or import a package from one, first."));
    }
    throw Error::notFound(
        SynchronizerTr::tr("There is no peer \"%1\". Known peers: %2.").arg(peer, names.join(u", "_s)));
}

SyncPackage Synchronizer::buildPackage(const QString &peer) const
{
    SyncStore store(m_db);
    const SyncPeerRow row = *store.peer(peerId(peer));
    SyncPackage package;
    SyncPackageHeader &header = package.header;
    header.schemaVersion = m_db.schemaVersion();
    header.databaseId = store.databaseId();
    header.senderReplicaId = m_db.replicaId();
    header.senderReplicaName = store.replicaName();
    header.receiverReplicaId = row.replicaId;
    header.createdAt = m_db.clock().nowUtc();
    header.acknowledged = store.knowledge();
    header.certificateIssuer = store.certificateIssuer();
    header.certificate = header.certificateIssuer.isEmpty() ? QByteArray() : store.certificate();
    package.changes = unacknowledged(store, row);
    if (store.hasSigner()) {
        package.signerKey = store.signer().publicKey();
    }
    return package;
}

SyncExportReport Synchronizer::exportTo(const QString &peer, const QString &path, const QString &passphrase)
{
    SyncStore store(m_db);
    std::optional<SyncSigner> signer;
    {
        Transaction transaction(m_db);
        signer = store.signer();
        transaction.commit();
    }
    const SyncPackage package = buildPackage(peer);
    writeSyncPackage(path, package.header, package.changes, *signer, passphrase);
    SyncPeerRow row = *store.peer(package.header.receiverReplicaId);
    row.lastExportAt = mapvalue::isoInstant(m_db.clock().nowUtc());
    Transaction transaction(m_db);
    store.savePeer(row);
    transaction.commit();
    return {path, row.name, package.changes.size(), QFileInfo(path).size()};
}

QString Synchronizer::publicKey()
{
    SyncStore store(m_db);
    Transaction transaction(m_db);
    const QByteArray key = store.signer().publicKey();
    transaction.commit();
    return syncKeyText(key);
}

void Synchronizer::trustPeerKey(const QString &peer, const QString &keyText)
{
    SyncStore store(m_db);
    SyncPeerRow row = *store.peer(peerId(peer));
    const QByteArray key = syncKeyFromText(keyText);
    if (key.isEmpty()) {
        throw Error::invalid({{u"key"_s, SynchronizerTr::tr("is not a replica key: it is 44 characters of letters, "
                                                            "digits, + and /, ending with =")}});
    }
    if (!row.publicKey.isEmpty() && row.publicKey != key) {
        throw Error(Error::Kind::Invalid,
                    SynchronizerTr::tr("This replica already holds another key for \"%1\". A replica's key never "
                                       "changes: if that replica was set up again, prepare it again from here.")
                        .arg(row.name));
    }
    row.publicKey = key;
    Transaction transaction(m_db);
    store.savePeer(row);
    transaction.commit();
}

SyncPackage Synchronizer::readPackage(const QString &path, const QString &passphrase) const
{
    SyncStore store(m_db);
    SyncPackageExpectations expectations{store.databaseId(), m_db.engine().latestSchemaVersion(), {}};
    const QString self = m_db.replicaId();
    const QByteArray ownKey = store.hasSigner() ? store.signer().publicKey() : QByteArray();
    expectations.trust = [&](const SyncPackageHeader &header, const QByteArray &signerKey) {
        checkSyncReceiver(store, self, header);
        checkSyncSigner(store, self, ownKey, header, signerKey);
    };
    return readSyncPackage(path, expectations, passphrase);
}

SyncImportReport Synchronizer::import(const SyncPackage &package, const SyncProgress &progress)
{
    SyncStore store(m_db);
    const SyncPackageHeader &header = package.header;
    if (header.databaseId != store.databaseId()) {
        throw Error(Error::Kind::Invalid,
                    SynchronizerTr::tr("This package comes from another database (%1), not from a replica of this "
                                       "one; nothing was imported.")
                        .arg(header.senderReplicaName));
    }
    if (header.schemaVersion > m_db.engine().latestSchemaVersion()) {
        throw Error(Error::Kind::Invalid,
                    SynchronizerTr::tr("This package was written by a newer version of Delegates CRM (schema %1); "
                                       "update this one first. Nothing was imported.")
                        .arg(header.schemaVersion));
    }
    if (header.senderReplicaId == m_db.replicaId()) {
        throw Error(Error::Kind::Invalid,
                    SynchronizerTr::tr("This package was written by this very replica (or by a copy of its file "
                                       "made by hand, which cannot sync: prepare mission laptops with Prepare "
                                       "Mission Laptop). Nothing was imported."));
    }
    checkSyncReceiver(store, m_db.replicaId(), header);
    checkSyncSenderName(store, header);

    SyncImportReport report;
    report.senderReplicaId = header.senderReplicaId;
    report.senderName = header.senderReplicaName;
    report.received = package.changes.size();
    try {
        Transaction transaction(m_db);
        store.deferForeignKeys(); // records and what they refer to may come in any order
        const SyncMergeResult merged = SyncMerger(m_db).merge(package.changes, progress);
        SyncPeerRow peer = store.peer(header.senderReplicaId).value_or(SyncPeerRow{});
        peer.replicaId = header.senderReplicaId;
        if (!header.senderReplicaName.isEmpty()) {
            peer.name = header.senderReplicaName;
        }
        peer.acknowledged = clampedAcknowledgement(peer.acknowledged, header.acknowledged, store.knowledge());
        if (peer.publicKey.isEmpty()) {
            peer.publicKey = package.signerKey; // checked by readPackage: the peer's own or certified
        }
        peer.lastImportAt = mapvalue::isoInstant(m_db.clock().nowUtc());
        store.savePeer(peer);
        store.enable();
        // Counted before the commit: a read that fails after it would report an import that happened
        // as one that failed.
        report.conflicts = conflictCount();
        transaction.commit();
        report.applied = merged.applied;
        report.duplicates = merged.duplicates;
        report.recordsChanged = merged.recordsChanged;
        report.pendingRecords = merged.pendingRecords;
    } catch (const SyncCancelled &) {
        report.cancelled = true;
        return report;
    }
    return report;
}

SyncImportReport Synchronizer::importFile(const QString &path, const QString &passphrase, const SyncProgress &progress)
{
    return import(readPackage(path, passphrase), progress);
}

QList<SyncConflict> Synchronizer::conflicts() const
{
    return listSyncConflicts(m_db);
}

qint64 Synchronizer::conflictCount() const
{
    return conflicts().size();
}

void Synchronizer::resolve(const SyncConflict &conflict, const QJsonValue &value)
{
    if (conflict.field == kSyncDeletedField) {
        resolveDeletion(conflict, value.toBool());
        return;
    }
    if (const QString problem = syncValueProblem(conflict.kind, conflict.field, value); !problem.isEmpty()) {
        throw Error::invalid({{conflict.field, problem}});
    }
    RecordStore &records = m_db.records();
    const QVariantMap current = records.get(conflict.kind, conflict.recordId, MapFormat::Storage);
    // A typed value must pass the same rules as an edit in the form.
    codecFor(conflict.kind)
        .normalise(applySyncFields(conflict.kind, current, {{conflict.field, value}}), MapFormat::Storage,
                   m_db.clock());
    Transaction transaction(m_db);
    const bool merge = conflict.field == kSyncMergedIntoField;
    const SyncRedirects before = merge ? SyncRedirects::load(SyncStore(m_db)) : SyncRedirects();
    SyncRecorder(m_db).record(conflict.kind, conflict.recordId, SyncOperation::Update, {{conflict.field, value}});
    SyncMerger merger(m_db);
    if (merge) {
        // Where the record lives decides where every link to it points.
        SyncStore(m_db).deferForeignKeys();
        merger.followMerges(before);
    } else {
        merger.materialize(conflict.kind, conflict.recordId);
    }
    transaction.commit();
}

void Synchronizer::resolveDeletion(const SyncConflict &conflict, bool keepDeleted)
{
    Transaction transaction(m_db);
    SyncRecorder(m_db).record(conflict.kind, conflict.recordId,
                              keepDeleted ? SyncOperation::Delete : SyncOperation::Restore,
                              {{kSyncDeletedField, keepDeleted}});
    SyncMerger(m_db).materialize(conflict.kind, conflict.recordId);
    transaction.commit();
}

} // namespace crm
