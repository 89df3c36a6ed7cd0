#pragma once

#include "domain/recordkind.h"
#include "storage/database.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace crm {

// Which records to merge into which, and how (issue 19, DESIGN-19.md).
struct MergeRequest
{
    RecordKind kind = RecordKind::Investor;
    QString keepId;       // the survivor
    QStringList otherIds; // merged away into keepId
    enum class Prefer
    {
        Keep,
        Other
    } prefer = Prefer::Keep;     // default pick for single-value fields (an empty value never wins)
    QVariantMap chosen;          // JSON form: field -> value the survivor ends with (officer's picks)
    QMap<QString, QString> seen; // id -> modified_at the officer saw; a record changed since is refused
};

// One row of the side-by-side view.
struct MergeFieldChoice
{
    QString field;       // catalogue field name
    QVariantList values; // JSON-form value of each record, keep first then others
    QVariant proposed;   // what the merge will write (lists: the union)
    bool isList = false; // lists and child lists are united, not picked
    bool differs = false;
};

struct MergePreview
{
    RecordKind kind = RecordKind::Investor;
    QList<QVariantMap> records; // JSON form, metadata included, keep first
    QStringList titles;         // of records, in the same order
    QList<MergeFieldChoice> fields;
    qint64 linksToMove = 0; // links from other records that will point at the survivor
    QStringList rules;      // stated rules the merge will apply, human-readable
};

// A record whose links a merge moved to the survivor, with what unmerge() needs to move them back.
struct MovedLinks
{
    RecordKind kind = RecordKind::Officer;
    QString id;
    QVariantMap before;   // JSON form: the fields the merge changed, as they were
    QString modifiedAt;   // after the merge: a record changed since is not moved back
    bool inTrash = false; // restored to move its links, then put back in the Trash
};

// What a merge did; also everything unmerge() needs.
struct MergeResult
{
    QString survivorId;
    QStringList mergedIds;
    RecordKind kind = RecordKind::Investor;
    qint64 linksMoved = 0;
    QStringList rulesApplied;
    QString survivorTitle; // after the merge
    QStringList mergedTitles;

    // For unmerge(): the survivor as it was (JSON form) and its modified_at after the merge, each
    // merged record as it was stored (storage form, lists and metadata), the links moved.
    QVariantMap survivorBefore;
    QString survivorModifiedAt;
    QList<QVariantMap> mergedStored;
    QList<MovedLinks> moved;
};

// Merges records of one kind into one, driven by the field catalogue: single values are picked,
// lists united, every link to a merged record moved to the survivor through RecordStore updates
// (so the audit log, the search index and the sync log follow), the merged records removed with
// RecordStore::mergeAway(). One transaction; a refusal (crm::Error naming the record or field)
// writes nothing.
class Merges final
{
public:
    explicit Merges(Database &db);

    MergePreview preview(const MergeRequest &request) const; // crm::Error when refused
    MergeResult merge(const MergeRequest &request);          // one transaction; crm::Error when refused
    // The undo of merge(): one transaction; Conflict when the survivor or a moved link changed since.
    void unmerge(const MergeResult &result);

private:
    Database &m_db;
};

} // namespace crm
