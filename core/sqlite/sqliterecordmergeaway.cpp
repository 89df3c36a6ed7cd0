// SqliteRecordStore's side of merging records (issue 19): a record merged into another leaves its
// table for record_merge, comes back when the merge is undone, and the links a merge must move are
// found through the indexes on every link column.
#include "domain/recordcodec.h"
#include "rowcodec.h"
#include "sqliteauditlog.h"
#include "sqlitedatabase.h"
#include "sqliterecordstore.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
using namespace storage;
namespace {
struct RecordMergeAwayTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::RecordStore)
};

QSqlDatabase connectionOf(const SqliteDatabase &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

// Links to the record are checked when the outermost transaction commits: a merge moves them,
// removes records and writes the survivor in whichever order its rules need, and any link still
// pointing at a record that is gone then fails the whole transaction.
void deferForeignKeys(const SqliteDatabase &db)
{
    SqlStatement(connectionOf(db), u"PRAGMA defer_foreign_keys = ON"_s).exec();
}
} // namespace

void SqliteRecordStore::mergeAway(RecordKind kind, const QString &id, const QString &survivorId, ChangeOrigin origin)
{
    forgetLiveLinks();
    if (survivorId.isEmpty() || survivorId == id) {
        throw Error(Error::Kind::Conflict,
                    RecordMergeAwayTr::tr("The %1 %2 cannot be merged into itself.").arg(kindName(kind), id));
    }
    Transaction transaction(m_db);
    const QVariantMap previous = fetch(kind, id);
    deferForeignKeys(m_db);
    ChangeEvent event = changeOf(kind, id, ChangeAction::Merge);
    event.origin = origin;
    event.mergedInto = survivorId;
    event.before = previous;
    // Its child rows go with it (ON DELETE CASCADE).
    cachedStatement(m_db.connectionName(), u"DELETE FROM "_s + tableSpec(kind).table + u" WHERE id = ?"_s)
        .bind(id)
        .exec();
    cachedStatement(m_db.connectionName(),
                    u"INSERT OR REPLACE INTO record_merge(id, kind, survivor_id, merged_at, merged_by) "
                    "VALUES (?, ?, ?, ?, ?)"_s)
        .bind({id, kindName(kind), survivorId, mapvalue::isoInstant(event.at),
               event.officerId.isEmpty() ? QVariant() : QVariant(event.officerId)})
        .exec();
    publish(event);
    transaction.commit();
}

void SqliteRecordStore::unmerge(RecordKind kind, const QString &id, const QVariantMap &stored, ChangeOrigin origin)
{
    forgetLiveLinks();
    if (exists(kind, id)) {
        throw Error(Error::Kind::Conflict,
                    RecordMergeAwayTr::tr("The %1 %2 cannot come back from a merge: a record with its id exists.")
                        .arg(kindName(kind), id));
    }
    const TableSpec &spec = tableSpec(kind);
    const KindCodec &codec = codecFor(kind);
    Transaction transaction(m_db);
    deferForeignKeys(m_db);
    ChangeEvent event = changeOf(kind, id, ChangeAction::Unmerge);
    event.origin = origin;
    QVariantMap after = stored;
    after.insert(u"id"_s, id);
    // The record comes back as it was, its times and officers included.
    QStringList names{u"sort_key"_s, u"search_text"_s};
    QList<QVariant> values{codec.sortKey(after), codec.searchText(after)};
    for (const QString &field : metadataFields()) {
        names << field;
        values << (after.value(field).isNull() ? QVariant() : QVariant(after.value(field).toString()));
    }
    if (values.at(names.indexOf(u"created_at"_s)).isNull() || values.at(names.indexOf(u"modified_at"_s)).isNull()) {
        const QString now = mapvalue::isoInstant(event.at);
        values[names.indexOf(u"created_at"_s)] = after.value(u"created_at"_s, now).toString();
        values[names.indexOf(u"modified_at"_s)] = after.value(u"modified_at"_s, now).toString();
    }
    for (const Column &c : spec.columns) {
        names << c.name;
        values << toSql(c.type, after.value(c.name));
    }
    cachedStatement(m_db.connectionName(), u"INSERT INTO "_s + spec.table + u" ("_s + names.join(u", "_s) +
                                               u") VALUES ("_s + QStringList(names.size(), u"?"_s).join(u", "_s) + u')')
        .bind(values)
        .exec();
    for (const ChildTable &child : spec.children) {
        insertChildren(kind, id, child.field, after.value(child.field).toList());
    }
    cachedStatement(m_db.connectionName(), u"DELETE FROM record_merge WHERE id = ?"_s).bind(id).exec();
    event.after = after;
    publish(event);
    transaction.commit();
}

QString SqliteRecordStore::survivorOf(const QString &id) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT survivor_id FROM record_merge WHERE id = ?"_s);
    QString current = id;
    QSet<QString> seen{id};
    for (;;) {
        q.bind(current).exec();
        const QString next = q.next() ? q.value(0).toString() : QString();
        q.query().finish();
        if (next.isEmpty() || seen.contains(next)) { // a cycle (two replicas' merges) is sync's to break
            break;
        }
        seen.insert(next);
        current = next;
    }
    return current == id ? QString() : current;
}

QStringList SqliteRecordStore::mergedInto(const QString &survivorId) const
{
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT id FROM record_merge WHERE survivor_id = ?"_s);
    QStringList found;
    QSet<QString> seen{survivorId};
    QStringList pending{survivorId};
    while (!pending.isEmpty()) {
        q.bind(pending.takeFirst()).exec();
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                found << id;
                pending << id;
            }
        }
    }
    return found;
}

QList<Referrer> SqliteRecordStore::referrersOf(RecordKind kind, const QString &id) const
{
    const QSqlDatabase db = connectionOf(m_db);
    QList<Referrer> found;
    const auto collect = [&found](RecordKind other, const QString &field, SqlStatement &q) {
        while (q.next()) {
            found.append({other, q.value(0).toString(), field, !q.value(1).isNull()});
        }
    };
    // Each query reads one indexed column (0003_indexes.sql, 0014_record_merge.sql).
    for (RecordKind other : allRecordKinds()) {
        const TableSpec &spec = tableSpec(other);
        for (const Reference &r : spec.references) {
            if (r.target == kind) {
                SqlStatement &q =
                    cachedStatement(m_db.connectionName(), u"SELECT id, deleted_at FROM "_s + spec.table +
                                                               u" WHERE "_s + r.column + u" = ? ORDER BY id"_s);
                q.bind(id).exec();
                collect(other, r.column, q);
            }
        }
        for (const PolyReference &r : spec.polyReferences) {
            SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT id, deleted_at FROM "_s + spec.table +
                                                                         u" WHERE "_s + r.idColumn + u" = ? AND "_s +
                                                                         r.kindColumn + u" = ? ORDER BY id"_s);
            q.bind({id, kindName(kind)}).exec();
            collect(other, r.idColumn, q);
        }
        for (const ChildTable &child : spec.children) {
            QStringList conditions;
            QList<QVariant> values;
            for (const Reference &r : child.references) {
                if (r.target == kind) {
                    conditions << u"c."_s + r.column + u" = ?"_s;
                    values << id;
                }
            }
            for (const PolyReference &r : child.polyReferences) {
                conditions << u"(c."_s + r.idColumn + u" = ? AND c."_s + r.kindColumn + u" = ?)"_s;
                values << id << kindName(kind);
            }
            if (conditions.isEmpty()) {
                continue;
            }
            SqlStatement &q = cachedStatement(
                m_db.connectionName(), u"SELECT DISTINCT p.id, p.deleted_at FROM "_s + child.table + u" c JOIN "_s +
                                           spec.table + u" p ON p.id = c."_s + child.parentColumn + u" WHERE "_s +
                                           conditions.join(u" OR "_s) + u" ORDER BY p.id"_s);
            q.bind(values).exec();
            collect(other, child.field, q);
        }
    }
    return found;
}

} // namespace crm
