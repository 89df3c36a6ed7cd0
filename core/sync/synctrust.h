#pragma once

#include "sync/syncpackage.h"
#include "sync/syncstore.h"

#include <QByteArray>
#include <QString>

namespace crm {

// The checks that make a package something only its sender could have written, for this replica
// alone (docs/sync.md, "Who can do what"). Each throws crm::Error with a message for the officer.

// The key that signed the package is the sender's: the key this replica holds for it, or, for a
// replica it has not met, one certified by a replica it trusts (itself, or a peer with a key).
void checkSyncSigner(const SyncStore &store, const QString &ownReplicaId, const QByteArray &ownPublicKey,
                     const SyncPackageHeader &header, const QByteArray &signerKey);
// The package is addressed to this replica.
void checkSyncReceiver(const SyncStore &store, const QString &ownReplicaId, const SyncPackageHeader &header);
// The name the sender gives itself is not another peer's nor this replica's.
void checkSyncSenderName(const SyncStore &store, const SyncPackageHeader &header);
// What the sender acknowledges, limited to what this replica holds: a package cannot make this
// replica believe the peer has changes it never had (which would stop them ever being sent).
SyncKnowledge clampedAcknowledgement(const SyncKnowledge &previous, const SyncKnowledge &claimed,
                                     const SyncKnowledge &held);

} // namespace crm
