// SqliteRecordStore::writeMerged: how a merged record reaches its tables (sync, issue 8).
#include "domain/recordcodec.h"
#include "rowcodec.h"
#include "sqliteauditlog.h"
#include "sqlitedatabase.h"
#include "sqliterecordstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm {
using namespace storage;
namespace {
struct RecordMergeTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::RecordStore)
};
} // namespace

void SqliteRecordStore::writeMerged(RecordKind kind, const QString &id, const QVariantMap &merged, bool inTrash)
{
    forgetLiveLinks();
    const TableSpec &spec = tableSpec(kind);
    const KindCodec &codec = codecFor(kind);
    const bool existed = exists(kind, id);
    const QVariantMap previous = existed ? fetch(kind, id) : QVariantMap();
    const bool wasInTrash = previous.contains(u"deleted_at"_s);
    // Two replicas can each give a value that must be unique (officer initials) to a different
    // record; the merge cannot pick one without losing the other, so the import stops and says so.
    for (const QString &column : spec.uniqueColumns) {
        const QString other = otherRecordWith(kind, column, merged.value(column), id);
        if (!other.isEmpty()) {
            throw Error(Error::Kind::Conflict,
                        RecordMergeTr::tr("The package gives %1 \"%2\" to \"%3\", but \"%4\" here already has it. "
                                          "Change it on one side and export again; nothing was imported.")
                            .arg(column, merged.value(column).toString(), codec.title(merged), title(kind, other)));
        }
    }
    ChangeEvent event = changeOf(kind, id, existed ? ChangeAction::Update : ChangeAction::Create);
    event.origin = ChangeOrigin::SyncMerge;
    const QString now = mapvalue::isoInstant(event.at);
    const QVariant officer = event.officerId.isEmpty() ? QVariant() : QVariant(event.officerId);
    const QVariant deletedAt = inTrash ? (wasInTrash ? previous.value(u"deleted_at"_s) : QVariant(now)) : QVariant();
    const QVariant deletedBy = inTrash && wasInTrash ? previous.value(u"deleted_by"_s) : QVariant();

    QStringList names{u"modified_at"_s, u"modified_by"_s, u"sort_key"_s,
                      u"search_text"_s, u"deleted_at"_s,  u"deleted_by"_s};
    QList<QVariant> values{now, officer, codec.sortKey(merged), codec.searchText(merged), deletedAt, deletedBy};
    for (const Column &c : spec.columns) {
        names << c.name;
        values << toSql(c.type, merged.value(c.name));
    }
    if (existed) {
        values << id;
        SqlStatement(QSqlDatabase::database(m_db.connectionName(), false),
                     u"UPDATE "_s + spec.table + u" SET "_s + names.join(u" = ?, "_s) + u" = ? WHERE id = ?"_s)
            .bind(values)
            .exec();
    } else {
        names << u"id"_s << u"created_at"_s << u"created_by"_s;
        values << id << now << officer;
        SqlStatement(QSqlDatabase::database(m_db.connectionName(), false),
                     u"INSERT INTO "_s + spec.table + u" ("_s + names.join(u", "_s) + u") VALUES ("_s +
                         QStringList(names.size(), u"?"_s).join(u", "_s) + u')')
            .bind(values)
            .exec();
    }
    for (const ChildTable &child : spec.children) {
        if (existed && AuditLog::text(previous.value(child.field)) == AuditLog::text(merged.value(child.field))) {
            continue;
        }
        cachedStatement(m_db.connectionName(),
                        u"DELETE FROM "_s + child.table + u" WHERE "_s + child.parentColumn + u" = ?"_s)
            .bind(id)
            .exec();
        insertChildren(kind, id, child.field, merged.value(child.field).toList());
    }

    event.before = previous;
    event.after = merged;
    event.after.remove(u"deleted_at"_s);
    event.after.remove(u"deleted_by"_s);
    if (inTrash) {
        event.after.insert(u"deleted_at"_s, deletedAt);
        if (!deletedBy.isNull()) {
            event.after.insert(u"deleted_by"_s, deletedBy);
        }
    }
    if (existed) {
        event.changed = diff(kind, previous, merged);
        if (event.changed.isEmpty() && inTrash != wasInTrash) {
            event.action = inTrash ? ChangeAction::Trash : ChangeAction::Restore;
        }
    }
    publish(event);
}

} // namespace crm
