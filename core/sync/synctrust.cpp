#include "synctrust.h"

#include "domain/error.h"
#include "sync/syncsigning.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SynchronizerTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Synchronizer)
};

[[noreturn]] void refuse(const QString &message)
{
    throw Error(Error::Kind::Invalid, message);
}

QString senderOf(const SyncPackageHeader &header)
{
    return header.senderReplicaName.isEmpty() ? header.senderReplicaId
                                              : u"\"%1\" (%2)"_s.arg(header.senderReplicaName, header.senderReplicaId);
}

QString nameOf(const SyncStore &store, const QString &replicaId)
{
    const std::optional<SyncPeerRow> peer = store.peer(replicaId);
    return peer ? u"\"%1\" (%2)"_s.arg(peer->name, replicaId) : replicaId;
}
} // namespace

void checkSyncSigner(const SyncStore &store, const QString &ownReplicaId, const QByteArray &ownPublicKey,
                     const SyncPackageHeader &header, const QByteArray &signerKey)
{
    const std::optional<SyncPeerRow> known = store.peer(header.senderReplicaId);
    if (known && !known->publicKey.isEmpty()) {
        if (known->publicKey != signerKey) {
            refuse(SynchronizerTr::tr("This package says it comes from %1 but is not signed with its key: it was "
                                      "forged or altered. Nothing was imported.")
                       .arg(senderOf(header)));
        }
        return;
    }
    if (!header.certificateIssuer.isEmpty()) {
        const QByteArray issuerKey = header.certificateIssuer == ownReplicaId
                                         ? ownPublicKey
                                         : store.peer(header.certificateIssuer).value_or(SyncPeerRow{}).publicKey;
        if (issuerKey.isEmpty()) {
            refuse(SynchronizerTr::tr("This package comes from %1, which this replica has not met, and was "
                                      "prepared by %2, which this replica holds no key for. Exchange packages "
                                      "through the replica that prepared it. Nothing was imported.")
                       .arg(senderOf(header), header.certificateIssuer));
        }
        const QByteArray message = syncCertificateMessage(header.databaseId, header.senderReplicaId, signerKey);
        if (!verifySyncSignature(message, header.certificate, issuerKey)) {
            refuse(SynchronizerTr::tr("This package comes from %1, whose key was not given to it by %2: it was "
                                      "forged. Nothing was imported.")
                       .arg(senderOf(header), nameOf(store, header.certificateIssuer)));
        }
        return;
    }
    refuse(SynchronizerTr::tr("This replica holds no key for %1: it was prepared by an older version of Delegates "
                              "CRM, before packages were signed. Prepare it again from this database, or have its "
                              "officer read out its key (delegates-crm-cli replica key) and enter it here "
                              "(delegates-crm-cli sync trust NAME KEY). Nothing was imported.")
               .arg(senderOf(header)));
}

void checkSyncReceiver(const SyncStore &store, const QString &ownReplicaId, const SyncPackageHeader &header)
{
    if (header.receiverReplicaId == ownReplicaId) {
        return;
    }
    const QString here = u"\"%1\" (%2)"_s.arg(store.replicaName(), ownReplicaId);
    if (header.receiverReplicaId.isEmpty()) {
        refuse(SynchronizerTr::tr("This package from %1 is addressed to no replica, so it cannot be imported into "
                                  "this one, %2. Nothing was imported.")
                   .arg(senderOf(header), here));
    }
    refuse(SynchronizerTr::tr("This package from %1 is addressed to %2, not to this replica, %3. Import it there. "
                              "Nothing was imported.")
               .arg(senderOf(header), nameOf(store, header.receiverReplicaId), here));
}

void checkSyncSenderName(const SyncStore &store, const SyncPackageHeader &header)
{
    const QString name = header.senderReplicaName.trimmed();
    if (name.isEmpty()) {
        return;
    }
    if (name.compare(store.replicaName(), Qt::CaseInsensitive) == 0) {
        refuse(SynchronizerTr::tr("This package's sender (%1) is named \"%2\", the name of this replica. Rename one "
                                  "of them (delegates-crm-cli replica name --set) and export again. Nothing was "
                                  "imported.")
                   .arg(header.senderReplicaId, name));
    }
    for (const SyncPeerRow &peer : store.peers()) {
        if (peer.replicaId != header.senderReplicaId && peer.name.compare(name, Qt::CaseInsensitive) == 0) {
            refuse(SynchronizerTr::tr("This package's sender (%1) is named \"%2\", like another peer of this "
                                      "replica (%3). Rename one of them and export again. Nothing was imported.")
                       .arg(header.senderReplicaId, name, peer.replicaId));
        }
    }
}

SyncKnowledge clampedAcknowledgement(const SyncKnowledge &previous, const SyncKnowledge &claimed,
                                     const SyncKnowledge &held)
{
    // An acknowledgement stored before this check (an inflated one included) is limited too.
    SyncKnowledge result;
    QStringList origins = previous.keys() + claimed.keys();
    for (const QString &origin : std::as_const(origins)) {
        const qint64 credible = std::min(std::max(previous.value(origin), claimed.value(origin)), held.value(origin));
        if (credible > 0) {
            result.insert(origin, credible);
        }
    }
    return result;
}

} // namespace crm
