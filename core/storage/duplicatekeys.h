#pragma once

#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace crm::storage {

// One match key of a live record as stored (domain/similarity.h, MatchKey).
struct StoredMatchKey
{
    QString recordId;
    QString what; // duplicateReasonCode(): "email", "phone", "website", "name", "alias"
    QString key;
    QString value;
    bool romanised = false;
};

// The match keys of every live record of the kinds checked for duplicates (table match_key, schema
// 15), indexed by (kind, key) so that the form's warning is a lookup and the scan a GROUP BY. Kept
// by a change subscriber in step with every change (records in the Trash have none); writes join
// the caller's transaction.
class DuplicateKeys
{
public:
    virtual ~DuplicateKeys() = default;

    // Replaces the keys of a live record with those of its stored form.
    virtual void put(RecordKind kind, const QString &id, const QVariantMap &stored) = 0;
    // Takes a record's keys out (to the Trash, purged, merged away); nothing when it has none.
    virtual void remove(RecordKind kind, const QString &id) = 0;

    // The keys of records of the kind equal to one of keys, other than excludeId's, at most cap.
    virtual QList<StoredMatchKey> lookup(RecordKind kind, const QStringList &keys, const QString &excludeId,
                                         int cap) const = 0;
    // The keys of the kind that 2 to maxShared records share, with all their rows, in key order:
    // visit(rows of one key) for each; false from visit stops. total is how many such keys there are
    // (for progress), counted before the first visit.
    virtual void forEachShared(RecordKind kind, int maxShared, const std::function<void(qint64 total)> &start,
                               const std::function<bool(const QList<StoredMatchKey> &rows)> &visit) const = 0;
    // The titles of records of the kind (as lists show them), by id; ids not found are left out.
    virtual QHash<QString, QString> titles(RecordKind kind, const QStringList &ids) const = 0;

protected:
    DuplicateKeys() = default;
};

} // namespace crm::storage
