#include "syncstore.h"

#include "domain/error.h"
#include "domain/strictjson.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SyncStoreTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncStore)
};

using storage::cachedStatement;
using storage::SqlStatement;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactValue(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The JSON this store wrote, read strictly: text Qt would silently reinterpret ("x\q" as "xq", a
// lone surrogate as invalid UTF-8) means the file was altered or damaged, and is said so.
QJsonDocument parseStored(const QByteArray &utf8)
{
    const StrictJson parsed = parseStrictJson(utf8);
    if (parsed.problem) {
        throw Error::database(SyncStoreTr::tr("The sync data in this database is damaged: %1. Run check, or "
                                              "restore a backup.")
                                  .arg(parsed.problem->describe()));
    }
    return parsed.document;
}

QJsonValue parseValue(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    return parseStored((u'[' + text + u']').toUtf8()).array().at(0);
}

QJsonObject parseObject(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    return parseStored(text.toUtf8()).object();
}

SyncKnowledge knowledgeFrom(const QString &text)
{
    SyncKnowledge known;
    const QJsonObject object = parseObject(text);
    for (auto it = object.begin(); it != object.end(); ++it) {
        known.insert(it.key(), it.value().toInteger());
    }
    return known;
}

QString knowledgeText(const SyncKnowledge &known)
{
    QJsonObject object;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return compact(object);
}
} // namespace

SyncStore::SyncStore(Database &db) : m_db(db) {}

QString SyncStore::info(const QString &key) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT value FROM database_info WHERE key = ?"_s);
    q.bind(key).exec();
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.query().finish();
    return value;
}

void SyncStore::setInfo(const QString &key, const QString &value)
{
    cachedStatement(m_db.connectionName(), u"INSERT OR REPLACE INTO database_info(key, value) VALUES (?, ?)"_s)
        .bind({key, value})
        .exec();
}

namespace {
const QString kSigningKey = u"sync_signing_key"_s;
const QString kCertificateIssuer = u"sync_certificate_issuer"_s;
const QString kCertificate = u"sync_certificate"_s;
} // namespace

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
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT 1 FROM sync_change WHERE change_id = ?"_s);
    q.bind(changeId).exec();
    const bool found = q.next();
    q.query().finish();
    return found;
}

QString SyncStore::changeAt(const QString &origin, qint64 sequence) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(),
                                      u"SELECT change_id FROM sync_change WHERE origin = ? AND origin_seq = ?"_s);
    q.bind({origin, sequence}).exec();
    const QString id = q.next() ? q.value(0).toString() : QString();
    q.query().finish();
    return id;
}

void SyncStore::store(const SyncChange &change)
{
    const QString connection = m_db.connectionName();
    cachedStatement(connection, u"INSERT INTO sync_change(change_id, origin, origin_seq, record_kind, record_id, "
                                "operation, fields, supersedes, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind({change.changeId, change.originReplicaId, change.originSequence, change.recordKind, change.recordId,
               syncOperationName(change.operation), compact(change.fields), compact(change.supersedes), change.author})
        .exec();
    SqlStatement &supersede =
        cachedStatement(connection, u"INSERT OR IGNORE INTO sync_superseded(change_id, field) VALUES (?, ?)"_s);
    SqlStatement &dropHead =
        cachedStatement(connection, u"DELETE FROM sync_head WHERE record_id = ? AND field = ? AND change_id = ?"_s);
    SqlStatement &superseded =
        cachedStatement(connection, u"SELECT 1 FROM sync_superseded WHERE change_id = ? AND field = ?"_s);
    SqlStatement &addHead = cachedStatement(
        connection, u"INSERT INTO sync_head(record_id, field, change_id, record_kind, value) VALUES (?, ?, ?, ?, ?)"_s);
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        const QString field = it.key();
        for (const QJsonValue &older : change.supersedes.value(field).toArray()) {
            supersede.bind({older.toString(), field}).exec();
            dropHead.bind({change.recordId, field, older.toString()}).exec();
        }
        superseded.bind({change.changeId, field}).exec();
        const bool isOld = superseded.next();
        superseded.query().finish();
        if (!isOld) {
            addHead.bind({change.recordId, field, change.changeId, change.recordKind, compactValue(it.value())}).exec();
        }
    }
}

QList<SyncChange> SyncStore::changes(const QString &where, const QList<QVariant> &values) const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT change_id, origin, origin_seq, record_kind, record_id, operation, fields, supersedes, "
                   "author FROM sync_change "_s +
                       (where.isEmpty() ? QString() : u"WHERE "_s + where) + u" ORDER BY change_id"_s);
    q.bind(values).exec();
    QList<SyncChange> list;
    while (q.next()) {
        SyncChange c;
        c.changeId = q.value(0).toString();
        c.originReplicaId = q.value(1).toString();
        c.originSequence = q.value(2).toLongLong();
        c.recordKind = q.value(3).toString();
        c.recordId = q.value(4).toString();
        c.operation = syncOperationFromName(q.value(5).toString()).value_or(SyncOperation::Update);
        c.fields = parseObject(q.value(6).toString());
        c.supersedes = parseObject(q.value(7).toString());
        c.author = q.value(8).toString();
        list.append(c);
    }
    return list;
}

bool SyncStore::hasCreate(const QString &recordId) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(),
                                      u"SELECT 1 FROM sync_change WHERE record_id = ? AND operation = 'create'"_s);
    q.bind(recordId).exec();
    const bool found = q.next();
    q.query().finish();
    return found;
}

QStringList SyncStore::waitingRecords(const QString &kind, const QString &table) const
{
    // table is a name from the table specs, never user input.
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT DISTINCT c.record_id FROM sync_change c WHERE c.record_kind = ? AND c.operation = "
                   "'create' AND NOT EXISTS (SELECT 1 FROM "_s +
                       table +
                       u" t WHERE t.id = c.record_id) AND NOT EXISTS (SELECT 1 FROM sync_purged p WHERE "
                       "p.record_id = c.record_id) ORDER BY c.record_id"_s);
    q.bind(kind).exec();
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    return ids;
}

QString SyncStore::newestChangeId() const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT max(change_id) FROM sync_change"_s);
    q.exec();
    const QString id = q.next() ? q.value(0).toString() : QString();
    q.query().finish();
    return id;
}

qint64 SyncStore::lastSequenceOf(const QString &origin) const
{
    SqlStatement &q =
        cachedStatement(m_db.connectionName(), u"SELECT max(origin_seq) FROM sync_change WHERE origin = ?"_s);
    q.bind(origin).exec();
    const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
    q.query().finish();
    SqlStatement &baseline =
        cachedStatement(m_db.connectionName(), u"SELECT origin_seq FROM sync_baseline WHERE origin = ?"_s);
    baseline.bind(origin).exec();
    const qint64 known = baseline.next() ? baseline.value(0).toLongLong() : 0;
    baseline.query().finish();
    return std::max(last, known);
}

QMap<QString, QList<SyncHead>> SyncStore::heads(const QString &recordId) const
{
    SqlStatement &q =
        cachedStatement(m_db.connectionName(), u"SELECT field, change_id, value FROM sync_head WHERE record_id = ? "
                                               "ORDER BY field, change_id DESC"_s);
    q.bind(recordId).exec();
    QMap<QString, QList<SyncHead>> heads;
    while (q.next()) {
        heads[q.value(0).toString()].append({q.value(1).toString(), parseValue(q.value(2).toString())});
    }
    return heads;
}

QStringList SyncStore::recordsWithSeveralHeads() const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT DISTINCT record_id FROM (SELECT record_id FROM sync_head GROUP BY record_id, field "
                   "HAVING count(*) > 1) ORDER BY record_id"_s);
    q.exec();
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    return ids;
}

QStringList SyncStore::deletedRecords() const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT DISTINCT record_id FROM sync_head WHERE field = 'deleted' AND value = 'true' "
                   "ORDER BY record_id"_s);
    q.exec();
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    return ids;
}

SyncKnowledge SyncStore::knowledge() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    SyncKnowledge known;
    SqlStatement baseline(db, u"SELECT origin, origin_seq FROM sync_baseline"_s);
    baseline.exec();
    while (baseline.next()) {
        known.insert(baseline.value(0).toString(), baseline.value(1).toLongLong());
    }
    SqlStatement origins(db, u"SELECT DISTINCT origin FROM sync_change"_s);
    origins.exec();
    while (origins.next()) {
        const QString origin = origins.value(0).toString();
        qint64 upTo = known.value(origin);
        SqlStatement summary(db, u"SELECT count(*), max(origin_seq) FROM sync_change WHERE origin = ? AND "
                                 "origin_seq > ?"_s);
        summary.bind({origin, upTo}).exec();
        summary.next();
        const qint64 count = summary.value(0).toLongLong();
        const qint64 max = summary.value(1).toLongLong();
        if (count > 0 && max - upTo == count) {
            upTo = max; // no gap: the common case
        } else if (count > 0) {
            SqlStatement walk(db, u"SELECT origin_seq FROM sync_change WHERE origin = ? AND origin_seq > ? "
                                  "ORDER BY origin_seq"_s);
            walk.bind({origin, upTo}).exec();
            while (walk.next() && walk.value(0).toLongLong() == upTo + 1) {
                ++upTo;
            }
        }
        known.insert(origin, upTo);
    }
    return known;
}

void SyncStore::raiseBaseline(const SyncKnowledge &known)
{
    SqlStatement &q = cachedStatement(
        m_db.connectionName(), u"INSERT INTO sync_baseline(origin, origin_seq) VALUES (?, ?) ON CONFLICT(origin) "
                               "DO UPDATE SET origin_seq = max(origin_seq, excluded.origin_seq)"_s);
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        q.bind({it.key(), it.value()}).exec();
    }
}

QList<SyncPeerRow> SyncStore::peers() const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT replica_id, name, acknowledged, last_import_at, last_export_at, public_key FROM "
                   "sync_peer ORDER BY name, replica_id"_s);
    q.exec();
    QList<SyncPeerRow> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(), knowledgeFrom(q.value(2).toString()),
                     q.value(3).toString(), q.value(4).toString(), syncKeyFromText(q.value(5).toString())});
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
    cachedStatement(m_db.connectionName(),
                    u"INSERT OR REPLACE INTO sync_peer(replica_id, name, acknowledged, last_import_at, "
                    "last_export_at, public_key) VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind({peer.replicaId, peer.name, knowledgeText(peer.acknowledged),
               peer.lastImportAt.isEmpty() ? QVariant() : peer.lastImportAt,
               peer.lastExportAt.isEmpty() ? QVariant() : peer.lastExportAt,
               peer.publicKey.isEmpty() ? QVariant() : syncKeyText(peer.publicKey)})
        .exec();
}

qint64 SyncStore::pendingFor(const SyncPeerRow &peer) const
{
    SqlStatement &q =
        cachedStatement(m_db.connectionName(), u"SELECT count(*) FROM sync_change WHERE origin <> ? AND origin_seq > "
                                               "coalesce(json_extract(?, '$.\"' || origin || '\"'), 0)"_s);
    q.bind({peer.replicaId, knowledgeText(peer.acknowledged)}).exec();
    const qint64 pending = q.next() ? q.value(0).toLongLong() : 0;
    q.query().finish();
    return pending;
}

void SyncStore::deferForeignKeys()
{
    SqlStatement(QSqlDatabase::database(m_db.connectionName(), false), u"PRAGMA defer_foreign_keys = ON"_s).exec();
}

bool SyncStore::isPurged(const QString &recordId) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT 1 FROM sync_purged WHERE record_id = ?"_s);
    q.bind(recordId).exec();
    const bool found = q.next();
    q.query().finish();
    return found;
}

void SyncStore::markPurged(const QString &recordId)
{
    cachedStatement(m_db.connectionName(), u"INSERT OR IGNORE INTO sync_purged(record_id) VALUES (?)"_s)
        .bind(recordId)
        .exec();
    SqlStatement(QSqlDatabase::database(m_db.connectionName(), false), u"DELETE FROM sync_head WHERE record_id = ?"_s)
        .bind(recordId)
        .exec();
}

void SyncStore::forget(const QString &recordId)
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    SqlStatement(db, u"DELETE FROM sync_head WHERE record_id = ?"_s).bind(recordId).exec();
    SqlStatement(db, u"DELETE FROM sync_change WHERE record_id = ?"_s).bind(recordId).exec();
}

} // namespace crm
