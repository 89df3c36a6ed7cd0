#include "sqlitesynclog.h"

#include "domain/error.h"
#include "domain/strictjson.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"
#include "tablespec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {
// The messages keep the context they had in core/sync, so the translations stay.
struct SyncStoreTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncStore)
};

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

SyncLogKnowledge knowledgeFrom(const QString &text)
{
    SyncLogKnowledge known;
    const QJsonObject object = parseObject(text);
    for (auto it = object.begin(); it != object.end(); ++it) {
        known.insert(it.key(), it.value().toInteger());
    }
    return known;
}

QString knowledgeText(const SyncLogKnowledge &known)
{
    QJsonObject object;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return compact(object);
}

SyncLogChange changeFrom(const SqlStatement &q)
{
    SyncLogChange c;
    c.changeId = q.value(0).toString();
    c.origin = q.value(1).toString();
    c.originSequence = q.value(2).toLongLong();
    c.recordKind = q.value(3).toString();
    c.recordId = q.value(4).toString();
    c.operation = q.value(5).toString();
    c.fields = parseObject(q.value(6).toString());
    c.supersedes = parseObject(q.value(7).toString());
    c.author = q.value(8).toString();
    return c;
}

const QString kChangeColumns =
    u"SELECT change_id, origin, origin_seq, record_kind, record_id, operation, fields, supersedes, author "
    "FROM sync_change "_s;

QList<SyncLogChange> changesOf(SqlStatement &q)
{
    QList<SyncLogChange> list;
    while (q.next()) {
        list.append(changeFrom(q));
    }
    return list;
}

QStringList idsOf(SqlStatement &q)
{
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    return ids;
}
} // namespace

QString SqliteSyncLog::info(const QString &key) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT value FROM database_info WHERE key = ?"_s);
    q.bind(key).exec();
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.query().finish();
    return value;
}

void SqliteSyncLog::setInfo(const QString &key, const QString &value)
{
    cachedStatement(m_db.connectionName(), u"INSERT OR REPLACE INTO database_info(key, value) VALUES (?, ?)"_s)
        .bind({key, value})
        .exec();
}

bool SqliteSyncLog::contains(const QString &changeId) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT 1 FROM sync_change WHERE change_id = ?"_s);
    q.bind(changeId).exec();
    const bool found = q.next();
    q.query().finish();
    return found;
}

QString SqliteSyncLog::changeAt(const QString &origin, qint64 sequence) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(),
                                      u"SELECT change_id FROM sync_change WHERE origin = ? AND origin_seq = ?"_s);
    q.bind({origin, sequence}).exec();
    const QString id = q.next() ? q.value(0).toString() : QString();
    q.query().finish();
    return id;
}

void SqliteSyncLog::store(const SyncLogChange &change)
{
    const QString connection = m_db.connectionName();
    cachedStatement(connection, u"INSERT INTO sync_change(change_id, origin, origin_seq, record_kind, record_id, "
                                "operation, fields, supersedes, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind({change.changeId, change.origin, change.originSequence, change.recordKind, change.recordId,
               change.operation, compact(change.fields), compact(change.supersedes), change.author})
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

QList<SyncLogChange> SqliteSyncLog::changesNotFrom(const QString &origin) const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   kChangeColumns + u"WHERE origin <> ? ORDER BY change_id"_s);
    q.bind(origin).exec();
    return changesOf(q);
}

std::optional<SyncLogChange> SqliteSyncLog::change(const QString &changeId) const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   kChangeColumns + u"WHERE change_id = ? ORDER BY change_id"_s);
    q.bind(changeId).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return changeFrom(q);
}

bool SqliteSyncLog::hasCreate(const QString &recordId) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(),
                                      u"SELECT 1 FROM sync_change WHERE record_id = ? AND operation = 'create'"_s);
    q.bind(recordId).exec();
    const bool found = q.next();
    q.query().finish();
    return found;
}

QStringList SqliteSyncLog::waitingRecords(RecordKind kind) const
{
    // The table is a name from the table specs, never user input.
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT DISTINCT c.record_id FROM sync_change c WHERE c.record_kind = ? AND c.operation = "
                   "'create' AND NOT EXISTS (SELECT 1 FROM "_s +
                       tableSpec(kind).table +
                       u" t WHERE t.id = c.record_id) AND NOT EXISTS (SELECT 1 FROM sync_purged p WHERE "
                       "p.record_id = c.record_id) ORDER BY c.record_id"_s);
    q.bind(kindName(kind)).exec();
    return idsOf(q);
}

QString SqliteSyncLog::newestChangeId() const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT max(change_id) FROM sync_change"_s);
    q.exec();
    const QString id = q.next() ? q.value(0).toString() : QString();
    q.query().finish();
    return id;
}

qint64 SqliteSyncLog::lastSequenceOf(const QString &origin) const
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

QMap<QString, QList<SyncLogHead>> SqliteSyncLog::heads(const QString &recordId) const
{
    SqlStatement &q =
        cachedStatement(m_db.connectionName(), u"SELECT field, change_id, value FROM sync_head WHERE record_id = ? "
                                               "ORDER BY field, change_id DESC"_s);
    q.bind(recordId).exec();
    QMap<QString, QList<SyncLogHead>> heads;
    while (q.next()) {
        heads[q.value(0).toString()].append({q.value(1).toString(), parseValue(q.value(2).toString())});
    }
    return heads;
}

QStringList SqliteSyncLog::recordsWithSeveralHeads() const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT DISTINCT record_id FROM (SELECT record_id FROM sync_head GROUP BY record_id, field "
                   "HAVING count(*) > 1) ORDER BY record_id"_s);
    q.exec();
    return idsOf(q);
}

QStringList SqliteSyncLog::deletedRecords() const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT DISTINCT record_id FROM sync_head WHERE field = 'deleted' AND value = 'true' "
                   "ORDER BY record_id"_s);
    q.exec();
    return idsOf(q);
}

QList<SyncLogMergeHead> SqliteSyncLog::mergeHeads() const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT record_id, record_kind, change_id, value FROM sync_head WHERE field = 'merged_into' "
                   "ORDER BY record_id, change_id DESC"_s);
    q.exec();
    QList<SyncLogMergeHead> list;
    while (q.next()) {
        const QJsonValue survivor = parseValue(q.value(3).toString());
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     survivor.isString() ? survivor.toString() : QString()});
    }
    return list;
}

QList<SyncLogRecordRef> SqliteSyncLog::recordsMentioning(const QString &id) const
{
    QString escaped = id;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    const QString pattern = u'%' + escaped + u'%';
    SqlStatement &q = cachedStatement(m_db.connectionName(),
                                      u"SELECT DISTINCT record_kind, record_id FROM sync_head WHERE field LIKE ? "
                                      "ESCAPE '\\' OR value LIKE ? ESCAPE '\\' ORDER BY record_id"_s);
    q.bind({pattern, pattern}).exec();
    QList<SyncLogRecordRef> refs;
    while (q.next()) {
        refs.append({q.value(0).toString(), q.value(1).toString()});
    }
    q.query().finish();
    return refs;
}

SyncLogKnowledge SqliteSyncLog::knowledge() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    SyncLogKnowledge known;
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

void SqliteSyncLog::raiseBaseline(const SyncLogKnowledge &known)
{
    SqlStatement &q = cachedStatement(
        m_db.connectionName(), u"INSERT INTO sync_baseline(origin, origin_seq) VALUES (?, ?) ON CONFLICT(origin) "
                               "DO UPDATE SET origin_seq = max(origin_seq, excluded.origin_seq)"_s);
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        q.bind({it.key(), it.value()}).exec();
    }
}

QList<SyncLogPeer> SqliteSyncLog::peers() const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT replica_id, name, acknowledged, last_import_at, last_export_at, public_key FROM "
                   "sync_peer ORDER BY name, replica_id"_s);
    q.exec();
    QList<SyncLogPeer> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(), knowledgeFrom(q.value(2).toString()),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return list;
}

void SqliteSyncLog::savePeer(const SyncLogPeer &peer)
{
    cachedStatement(m_db.connectionName(),
                    u"INSERT OR REPLACE INTO sync_peer(replica_id, name, acknowledged, last_import_at, "
                    "last_export_at, public_key) VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind({peer.replicaId, peer.name, knowledgeText(peer.acknowledged),
               peer.lastImportAt.isEmpty() ? QVariant() : peer.lastImportAt,
               peer.lastExportAt.isEmpty() ? QVariant() : peer.lastExportAt,
               peer.publicKey.isEmpty() ? QVariant() : peer.publicKey})
        .exec();
}

qint64 SqliteSyncLog::pendingFor(const QString &replicaId, const SyncLogKnowledge &acknowledged) const
{
    SqlStatement &q =
        cachedStatement(m_db.connectionName(), u"SELECT count(*) FROM sync_change WHERE origin <> ? AND origin_seq > "
                                               "coalesce(json_extract(?, '$.\"' || origin || '\"'), 0)"_s);
    q.bind({replicaId, knowledgeText(acknowledged)}).exec();
    const qint64 pending = q.next() ? q.value(0).toLongLong() : 0;
    q.query().finish();
    return pending;
}

void SqliteSyncLog::deferForeignKeys()
{
    SqlStatement(QSqlDatabase::database(m_db.connectionName(), false), u"PRAGMA defer_foreign_keys = ON"_s).exec();
}

bool SqliteSyncLog::isPurged(const QString &recordId) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT 1 FROM sync_purged WHERE record_id = ?"_s);
    q.bind(recordId).exec();
    const bool found = q.next();
    q.query().finish();
    return found;
}

void SqliteSyncLog::markPurged(const QString &recordId)
{
    cachedStatement(m_db.connectionName(), u"INSERT OR IGNORE INTO sync_purged(record_id) VALUES (?)"_s)
        .bind(recordId)
        .exec();
    SqlStatement(QSqlDatabase::database(m_db.connectionName(), false), u"DELETE FROM sync_head WHERE record_id = ?"_s)
        .bind(recordId)
        .exec();
}

void SqliteSyncLog::forget(const QString &recordId)
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    SqlStatement(db, u"DELETE FROM sync_head WHERE record_id = ?"_s).bind(recordId).exec();
    SqlStatement(db, u"DELETE FROM sync_change WHERE record_id = ?"_s).bind(recordId).exec();
}

} // namespace crm::storage
