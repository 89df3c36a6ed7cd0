// RecordStore's side that looks across records: links must point at live records, and purging a
// record must not leave anything pointing at nothing.
#include "domain/recordid.h"
#include "rowcodec.h"
#include "sqlitedatabase.h"
#include "sqliterecordstore.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using namespace storage;

struct RecordStoreTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::RecordStore)
};

QSet<QString> idsIn(const QVariantList &rows, const QString &column)
{
    QSet<QString> ids;
    for (const QVariant &row : rows) {
        ids.insert(row.toMap().value(column).toString());
    }
    return ids;
}
} // namespace

void SqliteRecordStore::assignChildIds(RecordKind kind, QVariantMap &stored, FieldErrors &errors) const
{
    for (const ChildTable &child : tableSpec(kind).children) {
        QVariantList rows = stored.value(child.field).toList();
        QSet<QString> seen;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QVariantMap row = rows[i].toMap();
            QString rowId = row.value(u"id"_s).toString();
            if (rowId.isEmpty()) {
                rowId = newRecordId();
            } else if (!isValidRecordId(rowId) || seen.contains(rowId)) {
                errors.append({child.field + u'[' + QString::number(i) + u"].id"_s,
                               RecordStoreTr::tr("\"%1\" is not a valid, unique element id").arg(rowId)});
            }
            seen.insert(rowId);
            row.insert(u"id"_s, rowId);
            rows[i] = row;
        }
        stored.insert(child.field, rows);
    }
}

QString SqliteRecordStore::linkProblem(RecordKind target, const QString &id) const
{
    const QString key = kindName(target) + u':' + id;
    if (m_liveLinks && m_liveLinks->contains(key)) {
        return {};
    }
    SqlStatement &q = cachedStatement(m_db.connectionName(),
                                      u"SELECT deleted_at FROM "_s + tableSpec(target).table + u" WHERE id = ?"_s);
    q.bind(id).exec();
    QString problem;
    if (!q.next()) {
        problem = RecordStoreTr::tr("there is no %1 with id %2").arg(kindName(target), id);
    } else if (!q.value(0).isNull()) {
        problem = RecordStoreTr::tr("the %1 %2 is in the Trash").arg(kindName(target), id);
    }
    q.query().finish();
    if (problem.isEmpty() && m_liveLinks) {
        m_liveLinks->insert(key);
    }
    return problem;
}

FieldErrors SqliteRecordStore::checkLinks(RecordKind kind, const QVariantMap &stored, const QVariantMap &previous,
                                          const QString &id) const
{
    const TableSpec &spec = tableSpec(kind);
    FieldErrors errors;
    auto checkOne = [&](const QString &path, std::optional<RecordKind> target, const QString &targetId,
                        bool unchanged) {
        if (targetId.isEmpty() || unchanged) {
            return;
        }
        if (!target) {
            return; // an unknown kind is reported by the domain validation
        }
        const QString problem = linkProblem(*target, targetId);
        if (!problem.isEmpty()) {
            errors.append({path, problem});
        }
    };
    for (const Reference &r : spec.references) {
        const QString value = stored.value(r.column).toString();
        checkOne(r.column, r.target, value, value == previous.value(r.column).toString());
    }
    for (const PolyReference &r : spec.polyReferences) {
        const QString value = stored.value(r.idColumn).toString();
        checkOne(r.idColumn, kindFromName(stored.value(r.kindColumn).toString()), value,
                 value == previous.value(r.idColumn).toString());
    }
    for (const ChildTable &child : spec.children) {
        const QVariantList rows = stored.value(child.field).toList();
        const QVariantList oldRows = previous.value(child.field).toList();
        const QSet<QString> oldIds = idsIn(oldRows, u"id"_s);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QVariantMap row = rows[i].toMap();
            const QString prefix = child.field + u'[' + QString::number(i) + u"]."_s;
            // An element id given in the input must not be one of another record's elements: the
            // insert would fail half-way with a bare SQL error instead of naming the field.
            const QString rowId = row.value(u"id"_s).toString();
            if (!oldIds.contains(rowId)) {
                SqlStatement &owner =
                    cachedStatement(m_db.connectionName(), u"SELECT 1 FROM "_s + child.table + u" WHERE id = ? AND "_s +
                                                               child.parentColumn + u" <> ?"_s);
                owner.bind({rowId, id}).exec();
                if (owner.next()) {
                    errors.append(
                        {prefix + u"id"_s, RecordStoreTr::tr("\"%1\" is already the id of an element of another %2")
                                               .arg(rowId, kindName(kind))});
                }
                owner.query().finish();
            }
            for (const Reference &r : child.references) {
                const QString value = row.value(r.column).toString();
                checkOne(prefix + r.column, r.target, value, idsIn(oldRows, r.column).contains(value));
            }
            for (const PolyReference &r : child.polyReferences) {
                const QString value = row.value(r.idColumn).toString();
                checkOne(prefix + r.idColumn, kindFromName(row.value(r.kindColumn).toString()), value,
                         idsIn(oldRows, r.idColumn).contains(value));
            }
        }
    }
    for (const QString &column : spec.uniqueColumns) {
        if (!otherRecordWith(kind, column, stored.value(column), id).isEmpty()) {
            errors.append({column, RecordStoreTr::tr("\"%1\" is already used by another %2")
                                       .arg(stored.value(column).toString(), kindName(kind))});
        }
    }
    return errors;
}

QString SqliteRecordStore::otherRecordWith(RecordKind kind, const QString &column, const QVariant &value,
                                           const QString &id) const
{
    // column comes from the table spec, never from the user.
    SqlStatement &q = cachedStatement(m_db.connectionName(), u"SELECT id FROM "_s + tableSpec(kind).table +
                                                                 u" WHERE "_s + column + u" = ? AND id <> ?"_s);
    q.bind({value, id}).exec();
    const QString other = q.next() ? q.value(0).toString() : QString();
    q.query().finish();
    return other;
}

void SqliteRecordStore::purge(RecordKind kind, const QString &id)
{
    forgetLiveLinks();
    const QVariantMap previous = fetch(kind, id, Lists::Skip);
    if (!previous.contains(u"deleted_at"_s)) {
        throw Error(Error::Kind::Conflict,
                    RecordStoreTr::tr("Only records in the Trash can be purged; move this %1 to the Trash first.")
                        .arg(kindName(kind)));
    }
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    QStringList blockers;
    for (RecordKind other : allRecordKinds()) {
        const TableSpec &spec = tableSpec(other);
        for (const Reference &r : spec.references) {
            if (r.target != kind || !r.required) {
                continue;
            }
            SqlStatement q(db, u"SELECT count(*) FROM "_s + spec.table + u" WHERE "_s + r.column + u" = ?"_s);
            q.bind(id).exec();
            // The count is read first: lupdate 6.4 loops forever on a call in tr()'s n argument.
            const int count = q.next() ? q.value(0).toInt() : 0;
            if (count > 0) {
                blockers << RecordStoreTr::tr("%n %1 record(s)", nullptr, count).arg(kindName(other));
            }
        }
    }
    if (!blockers.isEmpty()) {
        throw Error(Error::Kind::Conflict,
                    RecordStoreTr::tr("This %1 cannot be purged: %2 still refer to it. Purge or change them "
                                      "first.")
                        .arg(kindName(kind), blockers.join(u", "_s)));
    }
    Transaction transaction(m_db);
    ChangeEvent event = changeOf(kind, id, ChangeAction::Purge);
    clearReferencesTo(kind, id, event.cascade);
    cachedStatement(m_db.connectionName(), u"DELETE FROM "_s + tableSpec(kind).table + u" WHERE id = ?"_s)
        .bind(id)
        .exec();
    event.before = previous;
    publish(event);
    transaction.commit();
}

void SqliteRecordStore::trashAndPurge(RecordKind kind, const QString &id)
{
    Transaction transaction(m_db);
    moveToTrash(kind, id);
    purge(kind, id);
    transaction.commit();
}

void SqliteRecordStore::clearReferencesTo(RecordKind kind, const QString &id, QList<CascadeEffect> &cascade)
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    const QString now = mapvalue::isoInstant(m_db.clock().nowUtc());
    for (RecordKind other : allRecordKinds()) {
        const TableSpec &spec = tableSpec(other);
        for (const Reference &r : spec.references) {
            if (r.target != kind) {
                continue;
            }
            SqlStatement referrers(db, u"SELECT id FROM "_s + spec.table + u" WHERE "_s + r.column + u" = ?"_s);
            referrers.bind(id).exec();
            QStringList ids;
            while (referrers.next()) {
                ids << referrers.value(0).toString();
            }
            for (const QString &referrer : ids) {
                SqlStatement(db, u"UPDATE "_s + spec.table + u" SET "_s + r.column +
                                     u" = NULL, modified_at = ? WHERE id = ?"_s)
                    .bind({now, referrer})
                    .exec();
                cascade.append({CascadeEffect::What::LinkCleared, other, referrer, r.column, id, {}});
            }
        }
        for (const ChildTable &child : spec.children) {
            for (const Reference &r : child.references) {
                if (r.target == kind) {
                    SqlStatement(db, u"UPDATE "_s + child.table + u" SET "_s + r.column + u" = NULL WHERE "_s +
                                         r.column + u" = ?"_s)
                        .bind(id)
                        .exec();
                }
            }
            for (const PolyReference &r : child.polyReferences) {
                SqlStatement parents(db, u"SELECT DISTINCT "_s + child.parentColumn + u" FROM "_s + child.table +
                                             u" WHERE "_s + r.kindColumn + u" = ? AND "_s + r.idColumn + u" = ?"_s);
                parents.bind({kindName(kind), id}).exec();
                QStringList parentIds;
                while (parents.next()) {
                    parentIds << parents.value(0).toString();
                }
                SqlStatement(db, u"DELETE FROM "_s + child.table + u" WHERE "_s + r.kindColumn + u" = ? AND "_s +
                                     r.idColumn + u" = ?"_s)
                    .bind({kindName(kind), id})
                    .exec();
                for (const QString &parent : parentIds) {
                    // The element removed may have carried searched text (an attendee's role): the
                    // record as it now is goes with the effect, for the index.
                    cascade.append(
                        {CascadeEffect::What::ElementUnlinked, other, parent, child.field, id, fetch(other, parent)});
                }
            }
        }
        for (const PolyReference &r : spec.polyReferences) {
            // Notes and follow-ups about the purged record have nothing left to be about.
            SqlStatement linked(db, u"SELECT id FROM "_s + spec.table + u" WHERE "_s + r.kindColumn + u" = ? AND "_s +
                                        r.idColumn + u" = ?"_s);
            linked.bind({kindName(kind), id}).exec();
            QStringList ids;
            while (linked.next()) {
                ids << linked.value(0).toString();
            }
            for (const QString &linkedId : ids) {
                clearReferencesTo(other, linkedId, cascade);
                SqlStatement(db, u"DELETE FROM "_s + spec.table + u" WHERE id = ?"_s).bind(linkedId).exec();
                cascade.append({CascadeEffect::What::Purged, other, linkedId, {}, id, {}});
            }
        }
    }
}

} // namespace crm
