#pragma once

#include "domain/catalogue/catalogue.h"
#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace crm {

class Database;

// One record a bulk edit changed: what the field held before, and the whole record as the edit left
// it (JSON form, metadata included), so that its undo can tell whether anything touched it since.
struct BulkEditChange
{
    QString id;
    QString title;
    QVariant before; // JSON form; null when the field was empty
    QVariantMap after;
};

// What a bulk edit did (or, from preview(), would do); also everything undo() needs.
struct BulkEditResult
{
    RecordKind kind = RecordKind::Investor;
    QString field;
    QVariant value;                // JSON form, as written
    QList<BulkEditChange> changed; // in the order the ids were given
    qsizetype unchanged = 0;       // records that already held the value: not written, not counted
};

// Sets one field on many records of one kind (Edit > Set Field..., `delegates-crm-cli update
// --where --set`), all through crm::Records in one transaction, so that each changed record gets
// its audit line, search rows and sync log entry, and a refusal anywhere leaves nothing written.
class BulkEdit final
{
public:
    explicit BulkEdit(Database &db);

    // The fields of a kind that can be set on many records at once, in form order, derived from the
    // catalogue: links to an officer (owner, author), status-like codes shown as a list column
    // (status, stage, kind), sectors, countries and the confidential mark.
    static QList<const catalogue::FieldSpec *> fields(RecordKind kind);
    // The field, or a crm::Error (Invalid, naming it) when it cannot be set in bulk.
    static const catalogue::FieldSpec &settable(RecordKind kind, const QString &field);

    // Writes value (JSON form; null clears a field that may be empty) into field of every record in
    // ids. Refused as a whole (crm::Error naming the record and the field, nothing written) for a
    // field that cannot be set in bulk, an unknown id, a record in the Trash or a value the field
    // does not take.
    BulkEditResult apply(RecordKind kind, const QStringList &ids, const QString &field, const QVariant &value);
    // What apply() would change, refused as it would be; nothing is written (the change is made and
    // rolled back, so every rule of the real one applies).
    BulkEditResult preview(RecordKind kind, const QStringList &ids, const QString &field, const QVariant &value);
    // How many of the records do not hold value yet; reads only (the Set Field dialog's count as the
    // officer picks a value). Unknown ids are not counted.
    qsizetype countChanging(RecordKind kind, const QStringList &ids, const QString &field, const QVariant &value) const;
    // Puts the before values back in one transaction. Refused (Conflict, naming the record, nothing
    // written) when a changed record was edited, trashed or purged since.
    void undo(const BulkEditResult &result);

    // The ids of the live records of kind whose field (a column of the kind) equals value (JSON
    // form), in the list's natural order; filtered by storage, not read record by record.
    QStringList idsWhere(RecordKind kind, const QString &field, const QVariant &value) const;

private:
    BulkEditResult write(RecordKind kind, const QStringList &ids, const QString &field, const QVariant &value);

    Database *m_db;
};

} // namespace crm
