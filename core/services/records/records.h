#pragma once

#include "domain/fieldmap.h"
#include "domain/recordkind.h"
#include "storage/database.h"
#include "storage/recordquery.h"
#include "storage/recordstore.h"

#include <QList>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace crm {

// What one change did to one record, read inside the change's transaction: callers (the undo
// commands, the record pane, the CLI) need not read the record again.
struct RecordResult
{
    QString id;
    bool changed = true; // false: the record already was so (an edit changing nothing, a second trash)
    QVariantMap before;  // JSON form, metadata included; empty on create
    QVariantMap after;   // JSON form, metadata included; empty on purge
    QString title;       // of `after` (of `before` on purge), computed by the kind's codec
};

struct EditOptions
{
    MapFormat format = MapFormat::Json;
    // false: the result carries the id and changed only (before, after and title empty), for a
    // bulk writer that made the records itself and reads none back (the generator: ~20% of its time).
    bool readBack = true;
    // Who asks for the change, carried into its ChangeEvent (the generator writes Generated, an
    // importer Import).
    ChangeOrigin origin = ChangeOrigin::Local;
};

// The one door for every change to a record: the UI's undo commands, the command-line tool, meeting
// entry, the sample data and the generator. Each change is one transaction (a savepoint inside a
// caller's): the record is read once before the write, written through RecordStore, read once
// after, and the transaction commits only when all of it worked. A refusal is a crm::Error (with
// field errors for a form) and leaves nothing behind.
//
// The reads keep RecordStore's names, so a caller moves over by changing the type.
class Records final
{
public:
    explicit Records(Database &db);

    // Honours an id given in the input (a replayed creation, meeting entry's follow-up link).
    RecordResult create(RecordKind kind, const QVariantMap &input, EditOptions options = {});
    // Many records of one kind, all or none, for a bulk writer (an import): the same records, audit
    // lines and search rows as one create() each, but one transaction without a savepoint per
    // record; nothing is read back (ids only). beforeEach: see RecordStore::createMany().
    QStringList createMany(RecordKind kind, const QList<QVariantMap> &inputs, EditOptions options = {},
                           const std::function<void(qsizetype)> &beforeEach = {});
    // Only the fields present change; a list given replaces the whole list. No change: nothing is
    // written and changed is false (before and after are then the same record).
    RecordResult update(RecordKind kind, const QString &id, const QVariantMap &changes, EditOptions options = {});
    // Moving to the Trash a record already there, or restoring one that is not, changes nothing.
    RecordResult trash(RecordKind kind, const QString &id);
    RecordResult restore(RecordKind kind, const QString &id);
    // Refused (Conflict) unless the record is in the Trash and nothing that needs it is left.
    RecordResult purge(RecordKind kind, const QString &id);
    // The undo of a creation: to the Trash and purged; when the purge is refused, nothing moved.
    RecordResult trashAndPurge(RecordKind kind, const QString &id);
    // Several records at once, all or none (the Trash view's multi-selection, its undo).
    QList<RecordResult> trashMany(const QList<RecordRef> &records);
    QList<RecordResult> restoreMany(const QList<RecordRef> &records);
    // In whatever order lets each go (contacts before the investor they need), all or none.
    QList<RecordResult> purgeMany(const QList<RecordRef> &records);

    // The record as it is now with its title, from one read (after is the record, before empty).
    RecordResult current(RecordKind kind, const QString &id) const;
    QVariantMap get(RecordKind kind, const QString &id, MapFormat format = MapFormat::Json) const;
    std::optional<QVariantMap> find(RecordKind kind, const QString &id, MapFormat format = MapFormat::Json) const;
    bool exists(RecordKind kind, const QString &id) const;
    QString title(RecordKind kind, const QString &id) const;
    std::optional<QString> findIdBy(RecordKind kind, const QString &field, const QVariant &value) const;
    void forEach(RecordKind kind, const ListQuery &query, const std::function<bool(const QVariantMap &)> &visit) const;
    qint64 count(RecordKind kind, bool trash = false) const;
    qint64 totalCount() const;
    // Refused (NotFound) for a record that does not exist.
    QList<HistoryEntry> history(RecordKind kind, const QString &id) const;
    // The audit lines of a record without looking the record up, for a caller that knows it exists
    // (the history view of the record pane, told so by the save that just read it).
    QList<HistoryEntry> auditLines(const QString &id) const;

    // For the reads not offered here yet, and for routing a replay's failure to its session.
    const RecordStore &store() const { return m_db->records(); }

private:
    RecordResult finish(RecordKind kind, const QString &id, const QVariantMap &before, bool changed) const;
    RecordResult setTrashed(RecordKind kind, const QString &id, bool trashed);
    template<class Change>
    QList<RecordResult> many(const QList<RecordRef> &records, Change change);

    Database *m_db;
};

} // namespace crm
