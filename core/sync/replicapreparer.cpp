#include "replicapreparer.h"

#include "domain/fieldmap.h"
#include "domain/recordid.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/replicacopy.h"
#include "sync/syncmerger.h"
#include "sync/syncstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct ReplicaPreparerTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ReplicaPreparer)
};

void checkScope(Database &db, const ReplicaScope &scope)
{
    RecordStore &records = db.records();
    FieldErrors errors;
    for (const QString &id : scope.missionIds) {
        if (!records.exists(RecordKind::Mission, id)) {
            errors.append({u"mission"_s, ReplicaPreparerTr::tr("there is no mission with id %1").arg(id)});
        }
    }
    for (const QString &id : scope.delegateIds) {
        if (!records.exists(RecordKind::Delegate, id)) {
            errors.append({u"delegate"_s, ReplicaPreparerTr::tr("there is no delegate with id %1").arg(id)});
        }
    }
    for (const QString &code : scope.countries) {
        if (code.size() != 2 || code.toUpper() != code) {
            errors.append({u"country"_s, ReplicaPreparerTr::tr("\"%1\" is not a country code like MA").arg(code)});
        }
    }
    if (!errors.isEmpty()) {
        throw Error::invalid(errors);
    }
}

// Removes from the copy every record outside the scope, with its lists, index entries, history
// and sync log, then compacts the file so that nothing of them stays in free pages.
void trimToScope(Database &copy, const ReplicaScope &scope, const SyncProgress &progress)
{
    storage::ReplicaCopy &trim = copy.replicaCopy();
    trim.beginTrim();
    {
        Transaction transaction(copy);
        trim.keepScope(scope.missionIds, scope.delegateIds, scope.countries);
        // The copy's history of records it does not take goes too.
        trim.liftAuditGuard();
        const QList<RecordKind> &kinds = allRecordKinds();
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (progress && !progress(80 + k, 100)) {
                throw SyncCancelled{};
            }
            for (const QString &id : trim.outside(kinds[k])) {
                trim.remove(kinds[k], id);
            }
        }
        trim.restoreAuditGuard();
        if (const std::optional<QString> table = trim.foreignKeyProblem()) {
            throw Error(Error::Kind::Database,
                        ReplicaPreparerTr::tr("The chosen records refer to a %1 outside the choice; the laptop copy "
                                              "was not written.")
                            .arg(*table));
        }
        transaction.commit();
    }
    trim.endTrim();
}

SyncPeerRow sourceAsPeer(Database &db, const QByteArray &publicKey)
{
    SyncStore store(db);
    return {db.replicaId(), store.replicaName(), store.knowledge(), {}, {}, publicKey};
}

// The copy starts with this database's own signing key in it: it is overwritten with the
// laptop's, and secure_delete zeroes the freed bytes so that the office's key cannot be read back
// from the laptop's file (its peers' public keys may stay: they are public).
void giveOwnKey(Database &copy, const SyncSigner &laptop, const QString &issuer, const QByteArray &certificate)
{
    copy.replicaCopy().secureDelete();
    SyncStore copied(copy);
    copied.setSigner(laptop);
    copied.setCertificate(issuer, certificate);
}
} // namespace

PreparedReplica prepareReplica(Database &db, const QString &path, const QString &name, const ReplicaScope &scope,
                               const SyncProgress &progress)
{
    const QString trimmed = name.trimmed();
    SyncStore store(db);
    if (trimmed.isEmpty() || trimmed.size() > 200) {
        throw Error::invalid({{u"name"_s, ReplicaPreparerTr::tr("must be between 1 and 200 characters")}});
    }
    const auto peers = store.peers();
    const bool taken = trimmed.compare(store.replicaName(), Qt::CaseInsensitive) == 0 ||
                       std::any_of(peers.cbegin(), peers.cend(), [&](const SyncPeerRow &p) {
                           return p.name.compare(trimmed, Qt::CaseInsensitive) == 0;
                       });
    if (taken) {
        throw Error::invalid({{u"name"_s, ReplicaPreparerTr::tr("\"%1\" already names a replica").arg(trimmed)}});
    }
    if (QFileInfo::exists(path)) {
        throw Error::invalid(
            {{u"out"_s,
              ReplicaPreparerTr::tr("%1 already exists; choose a new file").arg(QDir::toNativeSeparators(path))}});
    }
    checkScope(db, scope);

    const QString part = path + u".part"_s;
    QFile::remove(part);
    PreparedReplica result{path, newRecordId(), trimmed, {}, 0};
    // This database's key is stored only when the laptop is written (a cancel leaves it as it was).
    const bool hadSigner = store.hasSigner();
    const SyncSigner signer = hadSigner ? store.signer() : SyncSigner::generate();
    const SyncSigner laptopSigner = SyncSigner::generate();
    const QByteArray laptopKey = laptopSigner.publicKey();
    const QByteArray certificate = signer.sign(syncCertificateMessage(store.databaseId(), result.replicaId, laptopKey));
    try {
        // The copy is most of the work: 0-80 % of the progress, page by page, cancellable.
        const auto copying = [&](qint64 done, qint64 total) {
            return !progress || progress(total > 0 ? done * 80 / total : 0, 100);
        };
        if (!db.engine().copyDatabase(db, part, copying)) {
            return {};
        }
        const SyncPeerRow source = sourceAsPeer(db, signer.publicKey());
        {
            auto copy = db.engine().open(part, OpenMode::MustExist);
            if (!scope.everything()) {
                trimToScope(*copy, scope, progress);
            }
            Transaction transaction(*copy);
            SyncStore copied(*copy);
            copied.setInfo(u"replica_id"_s, result.replicaId);
            giveOwnKey(*copy, laptopSigner, db.replicaId(), certificate);
            copied.setReplicaName(trimmed);
            copied.enable();
            copied.raiseBaseline(source.acknowledged);
            copied.savePeer(source);
            transaction.commit();
            RecordStore &records = copy->records();
            for (RecordKind kind : allRecordKinds()) {
                result.records.insert(kind, records.count(kind) + records.count(kind, true));
            }
        }
        if (progress && !progress(95, 100)) {
            QFile::remove(part);
            return {};
        }
        Transaction transaction(db);
        store.enable();
        if (!hadSigner) {
            store.setSigner(signer);
        }
        store.savePeer(
            {result.replicaId, trimmed, source.acknowledged, {}, mapvalue::isoInstant(db.clock().nowUtc()), laptopKey});
        if (!QFile::rename(part, path)) {
            throw Error(Error::Kind::Database,
                        ReplicaPreparerTr::tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
        }
        transaction.commit();
    } catch (const SyncCancelled &) {
        QFile::remove(part);
        return {};
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    result.bytes = QFileInfo(path).size();
    if (progress) {
        progress(100, 100);
    }
    return result;
}

} // namespace crm
