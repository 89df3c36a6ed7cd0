#include "sqliterecordstore.h"

#include "domain/recordcodec.h"
#include "domain/recordid.h"
#include "rowcodec.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using namespace storage;

struct RecordStoreTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::RecordStore)
};

Error noSuchRecord(RecordKind kind, const QString &id)
{
    return Error::notFound(RecordStoreTr::tr("There is no %1 with id %2.").arg(kindName(kind), id));
}

QVariant officerValue(const QString &officerId)
{
    return officerId.isEmpty() ? QVariant() : QVariant(officerId);
}
} // namespace

SqliteRecordStore::SqliteRecordStore(SqliteDatabase &db) : m_db(db) {}

QVariantMap SqliteRecordStore::fetch(RecordKind kind, const QString &id, Lists lists) const
{
    const TableSpec &spec = tableSpec(kind);
    SqlStatement &q = cachedStatement(m_db.connectionName(),
                                      u"SELECT "_s + selectList(spec) + u" FROM "_s + spec.table + u" WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next()) {
        throw noSuchRecord(kind, id);
    }
    QVariantMap map = readRecordRow(q, spec);
    q.query().finish();
    if (lists == Lists::Read) {
        readChildren(m_db.connectionName(), spec, id, map);
    }
    return map;
}

std::optional<QVariantMap> SqliteRecordStore::find(RecordKind kind, const QString &id, MapFormat format) const
{
    if (!exists(kind, id)) {
        return std::nullopt;
    }
    return get(kind, id, format);
}

QVariantMap SqliteRecordStore::get(RecordKind kind, const QString &id, MapFormat format) const
{
    const QVariantMap stored = fetch(kind, id);
    return format == MapFormat::Json ? codecFor(kind).toJson(stored) : stored;
}

bool SqliteRecordStore::exists(RecordKind kind, const QString &id) const
{
    SqlStatement &q =
        cachedStatement(m_db.connectionName(), u"SELECT 1 FROM "_s + tableSpec(kind).table + u" WHERE id = ?"_s);
    q.bind(id).exec();
    const bool found = q.next();
    q.query().finish();
    return found;
}

std::optional<QString> SqliteRecordStore::findIdBy(RecordKind kind, const QString &field, const QVariant &value) const
{
    const TableSpec &spec = tableSpec(kind);
    const bool known =
        std::any_of(spec.columns.cbegin(), spec.columns.cend(), [&field](const Column &c) { return c.name == field; });
    if (!known) {
        throw Error::invalid({{field, RecordStoreTr::tr("is not a field of %1").arg(kindName(kind))}});
    }
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false), u"SELECT id FROM "_s + spec.table +
                                                                             u" WHERE deleted_at IS NULL AND "_s +
                                                                             field + u" = ? ORDER BY id LIMIT 1"_s);
    q.bind(value).exec();
    if (q.next()) {
        return q.value(0).toString();
    }
    return std::nullopt;
}

QString SqliteRecordStore::title(RecordKind kind, const QString &id) const
{
    return codecFor(kind).title(fetch(kind, id, Lists::Skip));
}

QString SqliteRecordStore::create(RecordKind kind, const QVariantMap &input, const WriteOptions &options)
{
    QVariantMap stored = validated(kind, input, options);
    Transaction transaction(m_db);
    const QString id = insert(kind, std::move(stored), options);
    transaction.commit();
    return id;
}

QStringList SqliteRecordStore::createMany(RecordKind kind, const QList<QVariantMap> &inputs,
                                          const WriteOptions &options, const std::function<void(qsizetype)> &beforeEach)
{
    QStringList ids;
    ids.reserve(inputs.size());
    Transaction transaction(m_db);
    // Links found live stay so until the call ends: it creates records, it trashes none.
    m_liveLinks.emplace();
    const auto forget = qScopeGuard([this] { m_liveLinks.reset(); });
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (beforeEach) {
            beforeEach(i);
        }
        ids << insert(kind, validated(kind, inputs.at(i), options), options);
    }
    transaction.commit();
    return ids;
}

QVariantMap SqliteRecordStore::validated(RecordKind kind, const QVariantMap &input, const WriteOptions &options) const
{
    QVariantMap stored = codecFor(kind).normalise(input, options.format, m_db.clock());

    FieldErrors errors;
    QString id = input.value(u"id"_s).toString();
    if (id.isEmpty()) {
        id = newRecordId();
    } else if (!isValidRecordId(id)) {
        errors.append({u"id"_s, RecordStoreTr::tr("\"%1\" is not a valid record id (a UUID)").arg(id)});
    } else if (exists(kind, id)) {
        errors.append({u"id"_s, RecordStoreTr::tr("a %1 with this id already exists").arg(kindName(kind))});
    }
    stored.insert(u"id"_s, id);
    assignChildIds(kind, stored, errors);
    errors += checkLinks(kind, stored, {}, id);
    if (!errors.isEmpty()) {
        throw Error::invalid(errors);
    }
    return stored;
}

QString SqliteRecordStore::insert(RecordKind kind, QVariantMap stored, const WriteOptions &options)
{
    const TableSpec &spec = tableSpec(kind);
    const QString id = stored.value(u"id"_s).toString();
    ChangeEvent event = changeOf(kind, id, ChangeAction::Create);
    event.origin = options.origin;
    const QString now = mapvalue::isoInstant(event.at);
    const QVariant officer = officerValue(event.officerId);
    QStringList names{u"id"_s,          u"created_at"_s, u"created_by"_s, u"modified_at"_s,
                      u"modified_by"_s, u"sort_key"_s,   u"search_text"_s};
    QList<QVariant> values{
        id, now, officer, now, officer, codecFor(kind).sortKey(stored), codecFor(kind).searchText(stored)};
    for (const Column &c : spec.columns) {
        names << c.name;
        values << toSql(c.type, stored.value(c.name));
    }
    const QString placeholders = QStringList(names.size(), u"?"_s).join(u", "_s);
    cachedStatement(m_db.connectionName(), u"INSERT INTO "_s + spec.table + u" ("_s + names.join(u", "_s) +
                                               u") VALUES ("_s + placeholders + u')')
        .bind(values)
        .exec();
    for (const ChildTable &child : spec.children) {
        insertChildren(kind, id, child.field, stored.value(child.field).toList());
    }
    event.after = std::move(stored);
    publish(event);
    return id;
}

void SqliteRecordStore::insertChildren(RecordKind kind, const QString &id, const QString &field,
                                       const QVariantList &rows)
{
    for (const ChildTable &child : tableSpec(kind).children) {
        if (child.field != field) {
            continue;
        }
        QStringList names{u"id"_s, child.parentColumn, u"position"_s};
        for (const Column &c : child.columns) {
            names << c.name;
        }
        const QString placeholders = QStringList(names.size(), u"?"_s).join(u", "_s);
        SqlStatement &insert =
            cachedStatement(m_db.connectionName(), u"INSERT INTO "_s + child.table + u" ("_s + names.join(u", "_s) +
                                                       u") VALUES ("_s + placeholders + u')');
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QVariantMap row = rows[i].toMap();
            insert.bind({row.value(u"id"_s), id, i});
            for (const Column &c : child.columns) {
                insert.bind(toSql(c.type, row.value(c.name)));
            }
            insert.exec();
        }
    }
}

bool SqliteRecordStore::update(RecordKind kind, const QString &id, const QVariantMap &changes,
                               const WriteOptions &options)
{
    const TableSpec &spec = tableSpec(kind);
    const MapFormat format = options.format;
    // The record is read inside the write's transaction (the caller's when it read it already), so
    // nobody can change it between the read and the write.
    Transaction transaction(m_db);
    const QVariantMap previous = options.before ? *options.before : fetch(kind, id);
    if (previous.contains(u"deleted_at"_s)) {
        throw Error(Error::Kind::Conflict,
                    RecordStoreTr::tr("This %1 is in the Trash; restore it before editing.").arg(kindName(kind)));
    }
    const KindCodec &codec = codecFor(kind);
    QVariantMap merged = format == MapFormat::Json ? codec.toJson(previous) : previous;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!metadataFields().contains(it.key())) {
            merged.insert(it.key(), it.value());
        }
    }
    QVariantMap stored = codec.normalise(merged, format, m_db.clock());
    FieldErrors errors;
    assignChildIds(kind, stored, errors);
    errors += checkLinks(kind, stored, previous, id);
    if (!errors.isEmpty()) {
        throw Error::invalid(errors);
    }

    const QList<FieldChange> changed = diff(kind, previous, stored);
    if (changed.isEmpty()) {
        return false;
    }
    QStringList assignments;
    QList<QVariant> values;
    QStringList changedChildren;
    for (const FieldChange &change : changed) {
        const auto column = std::find_if(spec.columns.cbegin(), spec.columns.cend(),
                                         [&change](const Column &c) { return c.name == change.field; });
        if (column == spec.columns.cend()) {
            changedChildren << change.field;
        } else {
            assignments << column->name + u" = ?"_s;
            values << toSql(column->type, change.after);
        }
    }

    ChangeEvent event = changeOf(kind, id, ChangeAction::Update);
    event.origin = options.origin;
    assignments << u"modified_at = ?"_s << u"modified_by = ?"_s << u"search_text = ?"_s;
    values << mapvalue::isoInstant(event.at) << officerValue(event.officerId) << codec.searchText(stored);
    // The sort key is indexed: setting it, even to the same value, rewrites the index entry and
    // so writes one more page per save. Most edits (notes, a date, a level) leave it as it was.
    if (const QString sortKey = codec.sortKey(stored); sortKey != codec.sortKey(previous)) {
        assignments << u"sort_key = ?"_s;
        values << sortKey;
    }
    values << id;
    // One statement per set of changed columns, kept for the next edit of the same fields: an
    // officer's edits touch a handful of such sets, and a save then prepares nothing.
    cachedStatement(m_db.connectionName(),
                    u"UPDATE "_s + spec.table + u" SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s)
        .bind(values)
        .exec();
    for (const ChildTable &child : spec.children) {
        if (changedChildren.contains(child.field)) {
            cachedStatement(m_db.connectionName(),
                            u"DELETE FROM "_s + child.table + u" WHERE "_s + child.parentColumn + u" = ?"_s)
                .bind(id)
                .exec();
            insertChildren(kind, id, child.field, stored.value(child.field).toList());
        }
    }
    event.before = previous;
    event.after = stored;
    event.changed = changed;
    publish(event);
    transaction.commit();
    return true;
}

QList<FieldChange> SqliteRecordStore::diff(RecordKind kind, const QVariantMap &before, const QVariantMap &after)
{
    const TableSpec &spec = tableSpec(kind);
    QList<FieldChange> changed;
    for (const Column &c : spec.columns) {
        if (AuditLog::text(before.value(c.name)) != AuditLog::text(after.value(c.name))) {
            changed.append({c.name, before.value(c.name), after.value(c.name)});
        }
    }
    for (const ChildTable &child : spec.children) {
        if (AuditLog::text(before.value(child.field)) != AuditLog::text(after.value(child.field))) {
            changed.append({child.field, before.value(child.field), after.value(child.field)});
        }
    }
    return changed;
}

ChangeEvent SqliteRecordStore::changeOf(RecordKind kind, const QString &id, ChangeAction action) const
{
    ChangeEvent event;
    event.kind = kind;
    event.id = id;
    event.action = action;
    event.officerId = m_db.officerId();
    event.at = m_db.clock().nowUtc();
    return event;
}

void SqliteRecordStore::publish(const ChangeEvent &event)
{
    const ChangeFeed &feed = m_db.changes();
    // A merge is already in the sync log; any other change to a file with sync on must reach it,
    // or the replicas would silently drift apart.
    if (event.origin != ChangeOrigin::SyncMerge && !feed.hasSyncLog() && m_db.syncEnabled()) {
        throw Error::database(
            RecordStoreTr::tr("%1 takes part in sync, but it was opened without its sync log, so this change "
                              "would never reach the other copies. Nothing was saved; open the file with "
                              "Delegates CRM or its command-line tool.")
                .arg(m_db.path()));
    }
    feed.publish(event);
}

void SqliteRecordStore::moveToTrash(RecordKind kind, const QString &id)
{
    forgetLiveLinks();
    const QVariantMap previous = fetch(kind, id, Lists::Skip);
    if (previous.contains(u"deleted_at"_s)) {
        return; // already there: deleting twice is not an error
    }
    Transaction transaction(m_db);
    ChangeEvent event = changeOf(kind, id, ChangeAction::Trash);
    const QString now = mapvalue::isoInstant(event.at);
    cachedStatement(m_db.connectionName(),
                    u"UPDATE "_s + tableSpec(kind).table + u" SET deleted_at = ?, deleted_by = ? WHERE id = ?"_s)
        .bind({now, officerValue(event.officerId), id})
        .exec();
    event.before = previous;
    event.after = previous;
    event.after.insert(u"deleted_at"_s, now);
    if (!event.officerId.isEmpty()) {
        event.after.insert(u"deleted_by"_s, event.officerId);
    }
    publish(event);
    transaction.commit();
}

void SqliteRecordStore::restore(RecordKind kind, const QString &id)
{
    const QVariantMap previous = fetch(kind, id, Lists::Skip);
    if (!previous.contains(u"deleted_at"_s)) {
        return;
    }
    Transaction transaction(m_db);
    ChangeEvent event = changeOf(kind, id, ChangeAction::Restore);
    cachedStatement(m_db.connectionName(),
                    u"UPDATE "_s + tableSpec(kind).table + u" SET deleted_at = NULL, deleted_by = NULL WHERE id = ?"_s)
        .bind(id)
        .exec();
    event.before = previous;
    event.after = fetch(kind, id); // with its lists: search indexes them again
    publish(event);
    transaction.commit();
}

void SqliteRecordStore::forEach(RecordKind kind, const ListQuery &query,
                                const std::function<bool(const QVariantMap &)> &visit) const
{
    const TableSpec &spec = tableSpec(kind);
    // Identifiers checked against the spec, never a user value.
    const auto column = [&spec, kind](const QString &field, const QString &option) {
        bool known = metadataFields().contains(field);
        for (const Column &c : spec.columns) {
            known = known || c.name == field;
        }
        if (!known) {
            throw Error::invalid(
                {{option, RecordStoreTr::tr("\"%1\" is not a field of %2").arg(field, kindName(kind))}});
        }
        return field;
    };
    const QString order = query.sortField.isEmpty() ? u"sort_key"_s : column(query.sortField, u"sort"_s);
    QString where = u" WHERE deleted_at IS "_s + (query.trash ? u"NOT NULL"_s : u"NULL"_s);
    QList<QVariant> values;
    if (!query.rangeField.isEmpty()) {
        const QString field = column(query.rangeField, u"range"_s);
        if (!query.from.isNull()) {
            where += u" AND "_s + field + u" >= ?"_s;
            values << query.from;
        }
        if (!query.to.isNull()) {
            where += u" AND "_s + field + u" < ?"_s;
            values << query.to;
        }
    }
    const QString sql = u"SELECT "_s + selectList(spec) + u" FROM "_s + spec.table + where + u" ORDER BY "_s + order +
                        (query.ascending ? u" ASC"_s : u" DESC"_s) + u", id LIMIT ? OFFSET ?"_s;
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false), sql);
    values << query.limit << query.offset;
    q.bind(values).exec();
    while (q.next()) {
        QVariantMap map = readRecordRow(q, spec);
        if (query.withChildren) {
            readChildren(m_db.connectionName(), spec, map.value(u"id"_s).toString(), map);
        }
        if (!visit(map)) {
            break;
        }
    }
}

qint64 SqliteRecordStore::count(RecordKind kind, bool trash) const
{
    SqlStatement q(QSqlDatabase::database(m_db.connectionName(), false),
                   u"SELECT count(*) FROM "_s + tableSpec(kind).table + u" WHERE deleted_at IS "_s +
                       (trash ? u"NOT NULL"_s : u"NULL"_s));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SqliteRecordStore::totalCount() const
{
    qint64 total = 0;
    for (RecordKind kind : allRecordKinds()) {
        total += count(kind, false) + count(kind, true);
    }
    return total;
}

QList<HistoryEntry> SqliteRecordStore::history(RecordKind kind, const QString &id) const
{
    fetch(kind, id, Lists::Skip); // the record must exist (purged records have no page to show history on)
    return m_db.audit().history(id);
}

} // namespace crm
