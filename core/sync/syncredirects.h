#pragma once

#include "storage/synclog.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace crm {

class SyncStore;

// Where merged-away records live now, as the newest "merged_into" head of each record says (issue
// 19). Chains are followed (A into B into C: A lives in C). Two replicas that merge the same records
// two ways (A into B here, B into A there) make a cycle; it is broken at its newest merge (the
// highest change id), whose record falls back to its next head: an older merge into another record
// (a conflict of two merges), or none, and it stays a record of its own. The map depends only on
// the heads, so every replica that knows the same changes reads the same map.
class SyncRedirects final
{
public:
    SyncRedirects() = default;
    explicit SyncRedirects(const QList<storage::SyncLogMergeHead> &merges);
    static SyncRedirects load(const SyncStore &store);

    // The record id now lives in: a survivor's id, or id itself when it is not merged away.
    QString resolve(const QString &id) const;
    bool isMergedAway(const QString &id) const { return m_target.contains(id); }
    // Whether id has ever been merged (a "merged_into" head, null or not): its fields travel in its
    // heads even when this replica never saw its creation.
    bool knows(const QString &id) const { return m_kind.contains(id); }
    // Whether id's newest merge gave way in a cycle.
    bool isSuperseded(const QString &id) const { return m_superseded.contains(id); }
    // The kind the log gives id ("investor"), when it knows it.
    QString kindOf(const QString &id) const { return m_kind.value(id); }
    QStringList mergedAway() const { return m_target.keys(); }
    // The ids that resolve differently in other (merged away, moved to another survivor, back).
    QStringList differences(const SyncRedirects &other) const;
    bool operator==(const SyncRedirects &other) const { return m_target == other.m_target; }

private:
    QHash<QString, QString> m_target; // merged-away id -> where it lives at the end of its chain
    QHash<QString, QString> m_kind;
    QSet<QString> m_superseded;
};

} // namespace crm
