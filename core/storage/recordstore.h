#pragma once

#include "auditlog.h"
#include "changeevent.h"
#include "domain/fieldmap.h"
#include "domain/recordkind.h"

#include <QVariantMap>
#include <functional>
#include <optional>

namespace crm {

class Database;

struct ListQuery
{
    QString sortField; // a field of the kind; empty: the kind's natural order (kana reading, date)
    bool ascending = true;
    qint64 limit = -1; // -1: all
    qint64 offset = 0;
    bool trash = false; // list the Trash instead of the live records
    bool withChildren = false;
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
class RecordStore final
{
public:
    explicit RecordStore(Database &db);

    // Returns the new record's id (the one given in the input, or a new UUIDv7).
    QString create(RecordKind kind, const QVariantMap &input, MapFormat format = MapFormat::Json);
    QString create(RecordKind kind, const QVariantMap &input, const WriteOptions &options);
    // Partial update: only the fields present change; a list given replaces the whole list.
    // Returns false when nothing changed (no write, no audit line).
    bool update(RecordKind kind, const QString &id, const QVariantMap &changes, MapFormat format = MapFormat::Json);
    bool update(RecordKind kind, const QString &id, const QVariantMap &changes, const WriteOptions &options);
    QVariantMap get(RecordKind kind, const QString &id, MapFormat format = MapFormat::Json) const;
    std::optional<QVariantMap> find(RecordKind kind, const QString &id, MapFormat format = MapFormat::Json) const;
    bool exists(RecordKind kind, const QString &id) const;
    QString title(RecordKind kind, const QString &id) const;
    // The id of the first live record whose field equals value (officer by initials, ...).
    std::optional<QString> findIdBy(RecordKind kind, const QString &field, const QVariant &value) const;

    void moveToTrash(RecordKind kind, const QString &id);
    void restore(RecordKind kind, const QString &id);
    // Deletes a record in the Trash for good. Links to it are cleared, its notes and follow-ups
    // go with it; refused while a record that needs it (a contact's investor) still exists.
    void purge(RecordKind kind, const QString &id);
    // Moves a live record to the Trash and purges it in one transaction (undoing its creation):
    // when the purge is refused, the record stays where it was, not in the Trash. Two changes, two
    // events (Trash, then Purge), so the audit and sync logs read as they always did.
    void trashAndPurge(RecordKind kind, const QString &id);

    // For sync only: writes a record as a merge computed it, inside the caller's transaction. No
    // validation (each side validated its own edit); its event's origin is SyncMerge, which the
    // sync log does not log again, while the audit log and the search index follow it as any edit.
    void writeMerged(RecordKind kind, const QString &id, const QVariantMap &merged, bool inTrash);

    // Streams records in storage form, in SQL order; stops when visit returns false.
    void forEach(RecordKind kind, const ListQuery &query, const std::function<bool(const QVariantMap &)> &visit) const;
    qint64 count(RecordKind kind, bool trash = false) const;
    qint64 totalCount() const;
    QList<HistoryEntry> history(RecordKind kind, const QString &id) const;

private:
    // Children are the record's lists; titles, trash moves and history need only its row.
    enum class Lists
    {
        Read,
        Skip
    };
    QVariantMap fetch(RecordKind kind, const QString &id, Lists lists = Lists::Read) const;
    void insertChildren(RecordKind kind, const QString &id, const QString &field, const QVariantList &rows);
    void assignChildIds(RecordKind kind, QVariantMap &stored, FieldErrors &errors) const;
    FieldErrors checkLinks(RecordKind kind, const QVariantMap &stored, const QVariantMap &previous,
                           const QString &id) const;
    QString linkProblem(RecordKind target, const QString &id) const;
    // The id of another record of the kind whose column holds value (a unique column), or empty.
    QString otherRecordWith(RecordKind kind, const QString &column, const QVariant &value, const QString &id) const;
    void clearReferencesTo(RecordKind kind, const QString &id, QList<CascadeEffect> &cascade);
    // A change stamped with the officer and the clock's time, ready to publish.
    ChangeEvent changeOf(RecordKind kind, const QString &id, ChangeAction action) const;
    // Publishes inside the change's transaction; refuses (and so rolls back) a change to a file
    // with sync on when nobody records the sync log.
    void publish(const ChangeEvent &event);
    // Columns whose value changed, then lists, as the audit log writes them.
    static QList<FieldChange> diff(RecordKind kind, const QVariantMap &before, const QVariantMap &after);

    Database &m_db;
    AuditLog m_audit;
};

} // namespace crm
