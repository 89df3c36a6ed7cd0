#include "sqliteauditlog.h"

#include "domain/fieldmap.h"
#include "domain/recordcodec.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace crm {

void SqliteAuditLog::record(RecordKind kind, const QString &recordId, const QString &action, const QString &field,
                            const QVariant &oldValue, const QVariant &newValue)
{
    recordRow(kindName(kind), recordId, action, field, oldValue, newValue);
}

void SqliteAuditLog::recordRow(const QString &table, const QString &rowKey, const QString &action, const QString &field,
                               const QVariant &oldValue, const QVariant &newValue)
{
    write(m_db.clock().nowUtc(), m_db.officerId(), table, rowKey, action, field, oldValue, newValue);
}

void SqliteAuditLog::write(const QDateTime &at, const QString &officerId, const QString &table, const QString &rowKey,
                           const QString &action, const QString &field, const QVariant &oldValue,
                           const QVariant &newValue)
{
    static const QString sql = u"INSERT INTO audit_log(at, officer_id, record_kind, record_id, action, field, "
                               "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
    storage::SqlStatement &q = storage::cachedStatement(m_db.connectionName(), sql);
    q.bind({mapvalue::isoInstant(at), officerId.isEmpty() ? QVariant() : officerId, table, rowKey, action,
            field.isEmpty() ? QVariant() : field, text(oldValue), text(newValue)})
        .exec();
}

void AuditLogSubscriber::onChange(const ChangeEvent &event)
{
    const auto line = [&](RecordKind kind, const QString &id, const QString &action, const QString &field = {},
                          const QVariant &oldValue = {}, const QVariant &newValue = {}) {
        m_log.write(event.at, event.officerId, kindName(kind), id, action, field, oldValue, newValue);
    };
    switch (event.action) {
    case ChangeAction::Create: {
        QVariantMap record = event.after;
        for (const QString &field : metadataFields()) {
            record.remove(field);
        }
        line(event.kind, event.id, u"create"_s, {}, {}, record);
        break;
    }
    case ChangeAction::Update:
        for (const FieldChange &change : event.changed) {
            line(event.kind, event.id, u"update"_s, change.field, change.before, change.after);
        }
        break;
    case ChangeAction::Trash:
        line(event.kind, event.id, u"delete"_s);
        return;
    case ChangeAction::Restore:
        line(event.kind, event.id, u"restore"_s);
        return;
    case ChangeAction::Purge:
        for (const CascadeEffect &effect : event.cascade) {
            switch (effect.what) {
            case CascadeEffect::What::LinkCleared:
                line(effect.kind, effect.id, u"update"_s, effect.field, effect.removedId);
                break;
            case CascadeEffect::What::ElementUnlinked:
                line(effect.kind, effect.id, u"unlink"_s, effect.field, effect.removedId);
                break;
            case CascadeEffect::What::Purged:
                line(effect.kind, effect.id, u"purge"_s);
                break;
            }
        }
        line(event.kind, event.id, u"purge"_s);
        return;
    case ChangeAction::Merge:
        // One line says which record went into which: the merged record's title, then the survivor.
        line(event.kind, event.id, u"merge"_s, {}, codecFor(event.kind).title(event.before), event.mergedInto);
        return;
    case ChangeAction::Unmerge:
        line(event.kind, event.id, u"unmerge"_s, {}, {}, codecFor(event.kind).title(event.after));
        return;
    }
    // A merge may also move the record to or from the Trash along with its fields; a record that
    // arrives already in the Trash is created, then deleted.
    if (event.beforeInTrash() != event.afterInTrash()) {
        line(event.kind, event.id, event.afterInTrash() ? u"delete"_s : u"restore"_s);
    }
}

QList<HistoryEntry> SqliteAuditLog::history(const QString &recordId) const
{
    // A survivor's history holds the lines of every record merged into it (chains followed).
    storage::SqlStatement q(
        QSqlDatabase::database(m_db.connectionName(), false),
        u"WITH RECURSIVE merged(id) AS (SELECT ? UNION SELECT m.id FROM record_merge m JOIN merged "
        "ON m.survivor_id = merged.id) "
        "SELECT a.seq, a.at, a.officer_id, o.name, a.action, a.field, a.old_value, a.new_value, a.record_id "
        "FROM merged JOIN audit_log a ON a.record_id = merged.id LEFT JOIN officer o ON o.id = a.officer_id "
        "ORDER BY a.seq"_s);
    q.bind(recordId).exec();
    QList<HistoryEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    }
    return entries;
}

} // namespace crm
