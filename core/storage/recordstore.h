#pragma once

#include "auditlog.h"
#include "changeevent.h"
#include "domain/fieldmap.h"
#include "domain/recordkind.h"

#include <QVariantMap>
#include <functional>
#include <optional>

namespace crm {

struct ListQuery
{
    QString sortField; // a field of the kind; empty: the kind's natural order (kana reading, date)
    bool ascending = true;
    qint64 limit = -1; // -1: all
    qint64 offset = 0;
    bool trash = false; // list the Trash instead of the live records
    bool withChildren = false;
    // Only records whose rangeField (a column of the kind) lies in [from, to), each bound when not
    // null: a date range read by the index rather than every record filtered by the caller.
    QString rangeField;
    QVariant from;
    QVariant to;
};

// A record whose field links to another record (issue 19: what a merge moves). field is the column
// of a Link, the id column of a kind-and-id link (linked_id), or the list holding the link
// (attendees, credits, participants).
struct Referrer
{
    RecordKind kind = RecordKind::Officer;
    QString id;
    QString field;
    bool inTrash = false;
};

// How a write is made: the input's format, who asked for it (carried into its ChangeEvent) and,
// for a caller that already read the record inside its own transaction (crm::Records), that read,
// so the store does not read the record a second time.
struct WriteOptions
{
    MapFormat format = MapFormat::Json;
    ChangeOrigin origin = ChangeOrigin::Local;
    // update: the record as it is now, in storage form with its lists and metadata, read inside the
    // transaction the write joins; null: the store reads it itself.
    const QVariantMap *before = nullptr;
};

// Every record kind through one door: validates with the kind's domain rules, checks links to
// other records, stamps ids, times and the officer, and makes each change one transaction in which
// it publishes one ChangeEvent to the database's feed (the audit log, the search index and, in a
// session, the sync log follow it). Maps are JSON-shaped (see docs/json-format.md).
class RecordStore
{
public:
    virtual ~RecordStore() = default;

    // Returns the new record's id (the one given in the input, or a new UUIDv7).
    QString create(RecordKind kind, const QVariantMap &input, MapFormat format = MapFormat::Json)
    {
        WriteOptions options;
        options.format = format;
        return create(kind, input, options);
    }
    virtual QString create(RecordKind kind, const QVariantMap &input, const WriteOptions &options) = 0;
    // Creates records of one kind in the order given, as one transaction: the same records, events
    // (so audit lines, search rows and sync log entries) as one create() each, without a savepoint
    // per record (FTS5 writes its pending rows out at every savepoint), and each linked record
    // looked up once. When one is refused nothing of the call is written and its error is thrown.
    // beforeEach, when given, is called with each input's index before that input is validated and
    // written: for progress, and to stop by throwing; the index it saw last is the refused input's.
    virtual QStringList createMany(RecordKind kind, const QList<QVariantMap> &inputs, const WriteOptions &options,
                                   const std::function<void(qsizetype)> &beforeEach = {}) = 0;
    // Partial update: only the fields present change; a list given replaces the whole list.
    // Returns false when nothing changed (no write, no audit line).
    bool update(RecordKind kind, const QString &id, const QVariantMap &changes, MapFormat format = MapFormat::Json)
    {
        WriteOptions options;
        options.format = format;
        return update(kind, id, changes, options);
    }
    virtual bool update(RecordKind kind, const QString &id, const QVariantMap &changes,
                        const WriteOptions &options) = 0;
    // The record; crm::Error (not found) when there is none.
    virtual QVariantMap get(RecordKind kind, const QString &id, MapFormat format = MapFormat::Json) const = 0;
    virtual std::optional<QVariantMap> find(RecordKind kind, const QString &id,
                                            MapFormat format = MapFormat::Json) const = 0;
    virtual bool exists(RecordKind kind, const QString &id) const = 0;
    virtual QString title(RecordKind kind, const QString &id) const = 0;
    // The id of the first live record whose field equals value (officer by initials, ...).
    virtual std::optional<QString> findIdBy(RecordKind kind, const QString &field, const QVariant &value) const = 0;

    virtual void moveToTrash(RecordKind kind, const QString &id) = 0;
    virtual void restore(RecordKind kind, const QString &id) = 0;
    // Deletes a record in the Trash for good. Links to it are cleared, its notes and follow-ups
    // go with it; refused while a record that needs it (a contact's investor) still exists.
    virtual void purge(RecordKind kind, const QString &id) = 0;
    // Moves a live record to the Trash and purges it in one transaction (undoing its creation):
    // when the purge is refused, the record stays where it was, not in the Trash. Two changes, two
    // events (Trash, then Purge), so the audit and sync logs read as they always did.
    virtual void trashAndPurge(RecordKind kind, const QString &id) = 0;

    // For sync only: writes a record as a merge computed it, inside the caller's transaction. No
    // validation (each side validated its own edit); its event's origin is SyncMerge, which the
    // sync log does not log again, while the audit log and the search index follow it as any edit.
    virtual void writeMerged(RecordKind kind, const QString &id, const QVariantMap &merged, bool inTrash) = 0;

    // Merging records (issue 19). Removes a record merged into survivorId, inside the caller's
    // transaction: its row and child rows go, record_merge keeps where it went, and a Merge event
    // is published (origin: Local for a merge made here, SyncMerge when sync applies one made
    // elsewhere). Links to it are NOT moved here: the caller (crm::Merges, or sync re-materialising
    // the referrers) has moved them; foreign keys still pointing at it fail the transaction (they
    // are checked when the outermost transaction commits, so the caller may order its steps freely).
    virtual void mergeAway(RecordKind kind, const QString &id, const QString &survivorId,
                           ChangeOrigin origin = ChangeOrigin::Local) = 0;
    // Brings a merged-away record back as stored (storage form, lists and metadata included, same
    // id): its row is written, its record_merge row removed, an Unmerge event published. Refused
    // (Conflict) when a record with that id exists.
    virtual void unmerge(RecordKind kind, const QString &id, const QVariantMap &stored,
                         ChangeOrigin origin = ChangeOrigin::Local) = 0;
    // The record a merged-away id now lives in, following chains (A merged into B merged into C
    // gives C); empty when id was never merged away (or came back).
    virtual QString survivorOf(const QString &id) const = 0;
    // The ids merged into survivorId, directly or through chains (for its history).
    virtual QStringList mergedInto(const QString &survivorId) const = 0;
    // Every record (live or in the Trash) with a link to the record kind/id, one entry per record and
    // field, found through indexes: the links a merge must move.
    virtual QList<Referrer> referrersOf(RecordKind kind, const QString &id) const = 0;

    // Streams records in storage form, in the engine's order; stops when visit returns false.
    virtual void forEach(RecordKind kind, const ListQuery &query,
                         const std::function<bool(const QVariantMap &)> &visit) const = 0;
    virtual qint64 count(RecordKind kind, bool trash = false) const = 0;
    virtual qint64 totalCount() const = 0;
    // The record's audit lines and those of every record merged into it, in the order written.
    virtual QList<HistoryEntry> history(RecordKind kind, const QString &id) const = 0;

protected:
    RecordStore() = default;
};

} // namespace crm
