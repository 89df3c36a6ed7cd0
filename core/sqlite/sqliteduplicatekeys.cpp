#include "sqliteduplicatekeys.h"

#include "domain/recordcodec.h"
#include "domain/similarity.h"
#include "rowcodec.h"
#include "sqlstatement.h"
#include "tablespec.h"

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {

// Values bound at once in an IN (...) list: well under SQLite's limit of bound parameters.
constexpr qsizetype kBatch = 400;

QSqlDatabase connection(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

StoredMatchKey readKey(const SqlStatement &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toLongLong() != 0};
}

bool liveAndChecked(RecordKind kind, const QVariantMap &stored)
{
    return !stored.isEmpty() && !stored.contains(u"deleted_at"_s) && hasDuplicateCheck(kind);
}

} // namespace

SqliteDuplicateKeys::SqliteDuplicateKeys(QString connectionName) : m_connection(std::move(connectionName)) {}

void SqliteDuplicateKeys::put(RecordKind kind, const QString &id, const QVariantMap &stored)
{
    remove(kind, id);
    append(kind, id, stored);
}

void SqliteDuplicateKeys::append(RecordKind kind, const QString &id, const QVariantMap &stored)
{
    if (!hasDuplicateCheck(kind)) {
        return;
    }
    SqlStatement &insert = cachedStatement(
        m_connection,
        u"INSERT INTO match_key (kind, record_id, what, key, value, romanised) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const MatchKey &key : matchKeys(kind, stored)) {
        insert.bind({kindName(kind), id, duplicateReasonCode(key.reason), key.key, key.value, key.romanised ? 1 : 0})
            .exec();
    }
}

void SqliteDuplicateKeys::remove(RecordKind kind, const QString &id)
{
    if (!hasDuplicateCheck(kind)) {
        return;
    }
    cachedStatement(m_connection, u"DELETE FROM match_key WHERE record_id = ? AND kind = ?"_s)
        .bind({id, kindName(kind)})
        .exec();
}

QList<StoredMatchKey> SqliteDuplicateKeys::lookup(RecordKind kind, const QStringList &keys, const QString &excludeId,
                                                  int cap) const
{
    QList<StoredMatchKey> found;
    for (qsizetype from = 0; from < keys.size() && found.size() < cap; from += kBatch) {
        const QStringList batch = keys.mid(from, kBatch);
        SqlStatement q(connection(m_connection),
                       u"SELECT record_id, what, key, value, romanised FROM match_key WHERE kind = ? AND key IN ("_s +
                           placeholders(batch.size()) + u") AND record_id <> coalesce(?, '') LIMIT ?"_s);
        q.bind(kindName(kind));
        for (const QString &key : batch) {
            q.bind(key);
        }
        q.bind({excludeId, cap - found.size()}).exec();
        while (q.next()) {
            found << readKey(q);
        }
    }
    return found;
}

void SqliteDuplicateKeys::forEachShared(RecordKind kind, int maxShared, const std::function<void(qint64)> &start,
                                        const std::function<bool(const QList<StoredMatchKey> &)> &visit) const
{
    const QSqlDatabase db = connection(m_connection);
    // One walk of the (kind, key) index finds the shared keys; their rows are then read by key.
    SqlStatement shared(db, u"SELECT key FROM match_key WHERE kind = ? GROUP BY key HAVING count(*) BETWEEN 2 AND ?"_s);
    shared.bind({kindName(kind), maxShared}).exec();
    QStringList keys;
    while (shared.next()) {
        keys << shared.value(0).toString();
    }
    if (start) {
        start(keys.size());
    }
    for (qsizetype from = 0; from < keys.size(); from += kBatch) {
        const QStringList batch = keys.mid(from, kBatch);
        SqlStatement q(db,
                       u"SELECT record_id, what, key, value, romanised FROM match_key WHERE kind = ? AND key IN ("_s +
                           placeholders(batch.size()) + u") ORDER BY key, record_id"_s);
        q.bind(kindName(kind));
        for (const QString &key : batch) {
            q.bind(key);
        }
        q.exec();
        QList<StoredMatchKey> rows;
        while (q.next()) {
            StoredMatchKey row = readKey(q);
            if (!rows.isEmpty() && rows.constLast().key != row.key) {
                if (!visit(rows)) {
                    return;
                }
                rows.clear();
            }
            rows << std::move(row);
        }
        if (!rows.isEmpty() && !visit(rows)) {
            return;
        }
    }
}

QHash<QString, QString> SqliteDuplicateKeys::titles(RecordKind kind, const QStringList &ids) const
{
    const TableSpec &spec = tableSpec(kind);
    const KindCodec &codec = codecFor(kind);
    QHash<QString, QString> titles;
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        const QStringList batch = ids.mid(from, kBatch);
        SqlStatement q(connection(m_connection), u"SELECT "_s + selectList(spec) + u" FROM "_s + spec.table +
                                                     u" WHERE id IN ("_s + placeholders(batch.size()) + u")"_s);
        for (const QString &id : batch) {
            q.bind(id);
        }
        q.exec();
        while (q.next()) {
            const QVariantMap stored = readRecordRow(q, spec);
            titles.insert(stored.value(u"id"_s).toString(), codec.title(stored));
        }
    }
    return titles;
}

bool DuplicateKeysSubscriber::tableExists()
{
    if (!m_tableExists) {
        SqlStatement q(connection(m_connection),
                       u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'match_key'"_s);
        q.exec();
        m_tableExists = q.next() && q.value(0).toInt() == 1;
    }
    return m_tableExists;
}

void DuplicateKeysSubscriber::onChange(const ChangeEvent &event)
{
    if (!tableExists()) {
        return;
    }
    for (const CascadeEffect &effect : event.cascade) {
        if (effect.what == CascadeEffect::What::Purged) {
            m_keys.remove(effect.kind, effect.id);
        }
    }
    if (!hasDuplicateCheck(event.kind)) {
        return;
    }
    if (!liveAndChecked(event.kind, event.after)) {
        m_keys.remove(event.kind, event.id); // to the Trash, purged, merged away
        return;
    }
    if (liveAndChecked(event.kind, event.before)) {
        const auto keysOf = [&event](const QVariantMap &stored) {
            QStringList keys;
            for (const MatchKey &key : matchKeys(event.kind, stored)) {
                keys << key.key + u'\n' + key.value;
            }
            return keys;
        };
        if (keysOf(event.before) == keysOf(event.after)) {
            return; // most edits (a date, a status, a note) change no key
        }
    }
    m_keys.put(event.kind, event.id, event.after);
}

} // namespace crm::storage
