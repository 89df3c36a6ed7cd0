#include "replicapreparer.h"

#include "domain/fieldmap.h"
#include "domain/recordid.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/searchindex.h"
#include "storage/sqlstatement.h"
#include "storage/tablespec.h"
#include "sync/syncmerger.h"
#include "sync/syncstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using storage::SqlStatement;

struct ReplicaPreparerTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ReplicaPreparer)
};

// The closure of a scope: what the chosen missions, delegates and countries bring with them, in
// an order where each step sees the records the steps before it kept.
const QStringList &closureSteps()
{
    static const QStringList steps{
        u"INSERT OR IGNORE INTO temp.keep SELECT 'mission', mission_id FROM mission_participant WHERE "
        "person_kind = 'delegate' AND person_id IN (SELECT id FROM temp.keep WHERE kind = 'delegate')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'delegate', person_id FROM mission_participant WHERE "
        "person_kind = 'delegate' AND mission_id IN (SELECT id FROM temp.keep WHERE kind = 'mission') AND "
        "person_id IN (SELECT id FROM delegate)"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'meeting', id FROM meeting WHERE mission_id IN "
        "(SELECT id FROM temp.keep WHERE kind = 'mission')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'meeting', meeting_id FROM meeting_attendee WHERE "
        "person_kind = 'delegate' AND person_id IN (SELECT id FROM temp.keep WHERE kind = 'delegate')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'mission', mission_id FROM meeting WHERE mission_id IS NOT NULL "
        "AND id IN (SELECT id FROM temp.keep WHERE kind = 'meeting')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'meeting', meeting_id FROM mission_agenda_item WHERE "
        "meeting_id IS NOT NULL AND mission_id IN (SELECT id FROM temp.keep WHERE kind = 'mission')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'deal', deal_id FROM deal_credit WHERE credited_kind = "
        "'delegate' AND credited_id IN (SELECT id FROM temp.keep WHERE kind = 'delegate')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'investor', investor_id FROM meeting WHERE id IN "
        "(SELECT id FROM temp.keep WHERE kind = 'meeting')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'investor', investor_id FROM deal WHERE id IN "
        "(SELECT id FROM temp.keep WHERE kind = 'deal')"_s,
        u"INSERT OR IGNORE INTO temp.keep WITH RECURSIVE up(id) AS (SELECT parent_id FROM investor WHERE "
        "parent_id IS NOT NULL AND id IN (SELECT id FROM temp.keep WHERE kind = 'investor') UNION SELECT "
        "i.parent_id FROM investor i JOIN up ON i.id = up.id WHERE i.parent_id IS NOT NULL) "
        "SELECT 'investor', id FROM up"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'contact', id FROM contact WHERE investor_id IN "
        "(SELECT id FROM temp.keep WHERE kind = 'investor')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'agency', agency_id FROM delegate WHERE agency_id IS NOT NULL "
        "AND id IN (SELECT id FROM temp.keep WHERE kind = 'delegate')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'officer', id FROM officer"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'followup', id FROM followup WHERE linked_id IN "
        "(SELECT id FROM temp.keep)"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'note', id FROM note WHERE linked_id IN (SELECT id FROM temp.keep)"_s,
    };
    return steps;
}

void checkScope(Database &db, const ReplicaScope &scope)
{
    RecordStore records(db);
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
    const QSqlDatabase db = QSqlDatabase::database(copy.connectionName(), false);
    SqlStatement(db, u"PRAGMA foreign_keys = OFF"_s).exec();
    {
        Transaction transaction(copy);
        SqlStatement(db, u"CREATE TEMP TABLE keep (kind TEXT NOT NULL, id TEXT PRIMARY KEY)"_s).exec();
        SqlStatement chosen(db, u"INSERT OR IGNORE INTO temp.keep(kind, id) VALUES (?, ?)"_s);
        for (const QString &id : scope.missionIds) {
            chosen.bind({u"mission"_s, id}).exec();
        }
        for (const QString &id : scope.delegateIds) {
            chosen.bind({u"delegate"_s, id}).exec();
        }
        for (const QString &code : scope.countries) {
            SqlStatement(db, u"INSERT OR IGNORE INTO temp.keep SELECT 'delegate', id FROM delegate WHERE country = ?"_s)
                .bind(code)
                .exec();
            SqlStatement(db, u"INSERT OR IGNORE INTO temp.keep SELECT 'deal', id FROM deal WHERE host_country = ?"_s)
                .bind(code)
                .exec();
            SqlStatement(db, u"INSERT OR IGNORE INTO temp.keep SELECT 'agency', id FROM agency WHERE country = ?"_s)
                .bind(code)
                .exec();
        }
        for (const QString &step : closureSteps()) {
            SqlStatement(db, step).exec();
        }
        // The copy's history of records it does not take goes too: the audit log is append-only
        // for everyday work, so its guard is lifted for this one step and put back unchanged.
        SqlStatement guard(db, u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                               "'audit_log_no_delete'"_s);
        guard.exec();
        const QString guardSql = guard.next() ? guard.value(0).toString() : QString();
        guard.query().finish();
        SqlStatement(db, u"DROP TRIGGER IF EXISTS audit_log_no_delete"_s).exec();
        SyncStore store(copy);
        storage::SearchIndex index(copy.connectionName());
        const QList<RecordKind> &kinds = allRecordKinds();
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (progress && !progress(80 + k, 100)) {
                throw SyncCancelled{};
            }
            const storage::TableSpec &spec = storage::tableSpec(kinds[k]);
            SqlStatement gone(db, u"SELECT id FROM "_s + spec.table + u" WHERE id NOT IN (SELECT id FROM temp.keep)"_s);
            gone.exec();
            QStringList ids;
            while (gone.next()) {
                ids << gone.value(0).toString();
            }
            for (const QString &id : std::as_const(ids)) {
                index.remove(kinds[k], id);
                for (const storage::ChildTable &child : spec.children) {
                    SqlStatement(db, u"DELETE FROM "_s + child.table + u" WHERE "_s + child.parentColumn + u" = ?"_s)
                        .bind(id)
                        .exec();
                }
                SqlStatement(db, u"DELETE FROM "_s + spec.table + u" WHERE id = ?"_s).bind(id).exec();
                SqlStatement(db, u"DELETE FROM audit_log WHERE record_id = ?"_s).bind(id).exec();
                store.forget(id);
            }
        }
        if (!guardSql.isEmpty()) {
            SqlStatement(db, guardSql).exec();
        }
        SqlStatement check(db, u"PRAGMA foreign_key_check"_s);
        check.exec();
        if (check.next()) {
            throw Error(Error::Kind::Database,
                        ReplicaPreparerTr::tr("The chosen records refer to a %1 outside the choice; the laptop copy "
                                              "was not written.")
                            .arg(check.value(2).toString()));
        }
        transaction.commit();
    }
    SqlStatement(db, u"PRAGMA foreign_keys = ON"_s).exec();
    SqlStatement(db, u"VACUUM"_s).exec();
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
    SqlStatement(QSqlDatabase::database(copy.connectionName(), false), u"PRAGMA secure_delete = ON"_s).exec();
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
        if (!storage::copyDatabase(QSqlDatabase::database(db.connectionName(), false), part, copying)) {
            return {};
        }
        const SyncPeerRow source = sourceAsPeer(db, signer.publicKey());
        {
            auto copy = Database::open(part, Database::OpenMode::MustExist);
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
            RecordStore records(*copy);
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
