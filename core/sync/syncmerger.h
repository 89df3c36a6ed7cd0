#pragma once

#include "sync/synchronizer.h"
#include "sync/syncredirects.h"

#include <QSet>
#include <optional>

namespace crm {

class Database;

struct SyncMergeResult
{
    qint64 applied = 0;
    qint64 duplicates = 0;
    qint64 recordsChanged = 0;
    qint64 pendingRecords = 0;
};

// Thrown through a merge when its progress callback asks to stop.
struct SyncCancelled
{
};

// Merges received changes into the database, inside the caller's transaction: logs each new one,
// moves its fields' heads, then writes every touched record as its heads say (the newest head of
// each field wins; the others stay as conflicts). Merges of records travel as a "merged_into"
// field: a merged-away record has no row, and every link is written through the redirect map
// (SyncRedirects); when the map changes, the records that name a moved id are written again. The
// result depends only on the set of changes known, never on the order they came in.
class SyncMerger final
{
public:
    explicit SyncMerger(Database &db);

    // Throws crm::Error for a change that is not acceptable (unknown kind or field, a value of the
    // wrong type, a sequence number reused with another change), SyncCancelled on a cancel.
    SyncMergeResult merge(const QList<SyncChange> &changes, const SyncProgress &progress = {});
    enum class Outcome
    {
        Written,
        Unchanged,
        Waiting // its creation, or a record it refers to, has not arrived; or it was purged here
    };
    // Writes one record as its heads say.
    Outcome materialize(RecordKind kind, const QString &id);
    // After a change of "merged_into" made here (a conflict resolved): writes again every record the
    // change of the redirect map since before concerns.
    void followMerges(const SyncRedirects &before);

private:
    void check(const SyncChange &change, qsizetype index) const;
    bool canExist(RecordKind kind, const QString &id) const;
    bool referencesResolve(RecordKind kind, const QVariantMap &merged) const;
    const SyncRedirects &redirects();
    // The record as its newest heads say over base, links through the redirect map.
    QVariantMap asHeadsSay(RecordKind kind, const QString &id, const QVariantMap &base, bool &inTrash);
    Outcome mergeAway(RecordKind kind, const QString &id, bool existed);
    // Adds to touched the records a change of the redirect map concerns.
    void addRedirected(const SyncRedirects &before, QMap<RecordKind, QStringList> &touched);

    Database &m_db;
    std::optional<SyncRedirects> m_redirects; // read once per merge, after its changes are logged
    QSet<QString> m_arriving;                 // records this merge is about to create
};

} // namespace crm
