#include "syncstore.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// The log's rows become changes without copying their text: the export reads every change.
SyncChange fromLog(storage::SyncLogChange &&row)
{
    SyncChange c;
    c.changeId = std::move(row.changeId);
    c.originReplicaId = std::move(row.origin);
    c.originSequence = row.originSequence;
    c.recordKind = std::move(row.recordKind);
    c.recordId = std::move(row.recordId);
    c.operation = syncOperationFromName(row.operation).value_or(SyncOperation::Update);
    c.fields = std::move(row.fields);
    c.supersedes = std::move(row.supersedes);
    c.author = std::move(row.author);
    return c;
}

QList<SyncChange> fromLog(QList<storage::SyncLogChange> rows)
{
    QList<SyncChange> list;
    list.reserve(rows.size());
    for (storage::SyncLogChange &row : rows) {
        list.append(fromLog(std::move(row)));
    }
    return list;
}

const QString kSigningKey = u"sync_signing_key"_s;
const QString kCertificateIssuer = u"sync_certificate_issuer"_s;
const QString kCertificate = u"sync_certificate"_s;
} // namespace

SyncStore::SyncStore(Database &db) : m_log(db.syncLog()) {}

QString SyncStore::info(const QString &key) const
{
    return m_log.info(key);
}

void SyncStore::setInfo(const QString &key, const QString &value)
{
    m_log.setInfo(key, value);
}

bool SyncStore::hasSigner() const
{
    return !info(kSigningKey).isEmpty();
}

SyncSigner SyncStore::signer()
{
    const QString stored = info(kSigningKey);
    if (!stored.isEmpty()) {
        return SyncSigner::fromStored(stored);
    }
    SyncSigner made = SyncSigner::generate();
    setSigner(made);
    return made;
}

void SyncStore::setSigner(const SyncSigner &signer)
{
    setInfo(kSigningKey, signer.storedText());
}

QString SyncStore::certificateIssuer() const
{
    return info(kCertificateIssuer);
}

QByteArray SyncStore::certificate() const
{
    return QByteArray::fromBase64(info(kCertificate).toLatin1());
}

void SyncStore::setCertificate(const QString &issuer, const QByteArray &signature)
{
    setInfo(kCertificateIssuer, issuer.isNull() ? u""_s : issuer); // the column is NOT NULL
    setInfo(kCertificate, QString::fromLatin1(signature.toBase64()));
}

bool SyncStore::enabled() const
{
    return info(u"sync_enabled"_s) == u"1"_s;
}

void SyncStore::enable()
{
    setInfo(u"sync_enabled"_s, u"1"_s);
}

QString SyncStore::databaseId() const
{
    return info(u"database_id"_s);
}

QString SyncStore::replicaName() const
{
    return info(u"replica_name"_s);
}

void SyncStore::setReplicaName(const QString &name)
{
    setInfo(u"replica_name"_s, name);
}

bool SyncStore::contains(const QString &changeId) const
{
    return m_log.contains(changeId);
}

QString SyncStore::changeAt(const QString &origin, qint64 sequence) const
{
    return m_log.changeAt(origin, sequence);
}

void SyncStore::store(const SyncChange &change)
{
    m_log.store({change.changeId, change.originReplicaId, change.originSequence, change.recordKind, change.recordId,
                 syncOperationName(change.operation), change.fields, change.supersedes, change.author});
}

QList<SyncChange> SyncStore::changesNotFrom(const QString &origin) const
{
    return fromLog(m_log.changesNotFrom(origin));
}

SyncChange SyncStore::change(const QString &changeId) const
{
    std::optional<storage::SyncLogChange> row = m_log.change(changeId);
    return row ? fromLog(std::move(*row)) : SyncChange{};
}

bool SyncStore::hasCreate(const QString &recordId) const
{
    return m_log.hasCreate(recordId);
}

QStringList SyncStore::waitingRecords(RecordKind kind) const
{
    return m_log.waitingRecords(kind);
}

QString SyncStore::newestChangeId() const
{
    return m_log.newestChangeId();
}

qint64 SyncStore::lastSequenceOf(const QString &origin) const
{
    return m_log.lastSequenceOf(origin);
}

QMap<QString, QList<SyncHead>> SyncStore::heads(const QString &recordId) const
{
    return m_log.heads(recordId);
}

QStringList SyncStore::recordsWithSeveralHeads() const
{
    return m_log.recordsWithSeveralHeads();
}

QStringList SyncStore::deletedRecords() const
{
    return m_log.deletedRecords();
}

QList<storage::SyncLogMergeHead> SyncStore::mergeHeads() const
{
    return m_log.mergeHeads();
}

QList<storage::SyncLogRecordRef> SyncStore::recordsMentioning(const QString &id) const
{
    return m_log.recordsMentioning(id);
}

SyncKnowledge SyncStore::knowledge() const
{
    return m_log.knowledge();
}

void SyncStore::raiseBaseline(const SyncKnowledge &known)
{
    m_log.raiseBaseline(known);
}

QList<SyncPeerRow> SyncStore::peers() const
{
    QList<SyncPeerRow> list;
    for (const storage::SyncLogPeer &row : m_log.peers()) {
        list.append({row.replicaId, row.name, row.acknowledged, row.lastImportAt, row.lastExportAt,
                     syncKeyFromText(row.publicKey)});
    }
    return list;
}

std::optional<SyncPeerRow> SyncStore::peer(const QString &replicaId) const
{
    for (const SyncPeerRow &row : peers()) {
        if (row.replicaId == replicaId) {
            return row;
        }
    }
    return std::nullopt;
}

void SyncStore::savePeer(const SyncPeerRow &peer)
{
    m_log.savePeer({peer.replicaId, peer.name, peer.acknowledged, peer.lastImportAt, peer.lastExportAt,
                    peer.publicKey.isEmpty() ? QString() : syncKeyText(peer.publicKey)});
}

qint64 SyncStore::pendingFor(const SyncPeerRow &peer) const
{
    return m_log.pendingFor(peer.replicaId, peer.acknowledged);
}

void SyncStore::deferForeignKeys()
{
    m_log.deferForeignKeys();
}

bool SyncStore::isPurged(const QString &recordId) const
{
    return m_log.isPurged(recordId);
}

void SyncStore::markPurged(const QString &recordId)
{
    m_log.markPurged(recordId);
}

void SyncStore::forget(const QString &recordId)
{
    m_log.forget(recordId);
}

} // namespace crm
