#include "syncredirects.h"

#include "sync/syncstore.h"

#include <algorithm>

namespace crm {
namespace {
struct Edge
{
    QString target;
    QString changeId;
};
} // namespace

SyncRedirects::SyncRedirects(const QList<storage::SyncLogMergeHead> &merges)
{
    // Each record's merges, newest first (the heads come sorted so); a null one ends the list.
    QHash<QString, QList<Edge>> candidates;
    for (const storage::SyncLogMergeHead &m : merges) {
        m_kind.insert(m.recordId, m.recordKind);
        candidates[m.recordId].append({m.survivorId, m.changeId});
    }
    for (QList<Edge> &list : candidates) {
        std::sort(list.begin(), list.end(), [](const Edge &a, const Edge &b) { return a.changeId > b.changeId; });
    }
    QHash<QString, qsizetype> choice; // which candidate each record follows
    const auto edgeOf = [&](const QString &id) -> const Edge * {
        const auto it = candidates.constFind(id);
        const qsizetype index = choice.value(id);
        if (it == candidates.cend() || index >= it->size() || it->at(index).target.isEmpty()) {
            return nullptr;
        }
        return &it->at(index);
    };
    QStringList ids = candidates.keys();
    ids.sort(); // the walk's order changes nothing, but a sorted one is easier to follow
    // Each record has at most one edge, so each cycle is a ring of its own: walk every chain, and
    // where a walk comes back on itself the ring's newest edge gives way; again until none is left.
    for (bool cycles = true; cycles;) {
        cycles = false;
        QHash<QString, bool> walking; // true while on the current walk, false once done
        for (const QString &start : std::as_const(ids)) {
            QStringList path;
            QString at = start;
            while (edgeOf(at) && !walking.contains(at)) {
                walking.insert(at, true);
                path.append(at);
                at = edgeOf(at)->target;
            }
            if (walking.value(at) && edgeOf(at)) {
                QString newest = at;
                for (qsizetype i = path.indexOf(at); i < path.size(); ++i) {
                    if (edgeOf(path[i])->changeId > edgeOf(newest)->changeId) {
                        newest = path[i];
                    }
                }
                choice[newest] += 1;
                m_superseded.insert(newest);
                cycles = true;
            }
            for (const QString &id : std::as_const(path)) {
                walking.insert(id, false);
            }
        }
    }
    // No cycle is left: each chain ends at a record that is not merged away.
    for (const QString &id : std::as_const(ids)) {
        if (!edgeOf(id)) {
            continue;
        }
        QString at = edgeOf(id)->target;
        while (const Edge *next = edgeOf(at)) {
            at = next->target;
        }
        m_target.insert(id, at);
    }
}

SyncRedirects SyncRedirects::load(const SyncStore &store)
{
    return SyncRedirects(store.mergeHeads());
}

QString SyncRedirects::resolve(const QString &id) const
{
    return m_target.value(id, id);
}

QStringList SyncRedirects::differences(const SyncRedirects &other) const
{
    QStringList ids;
    for (auto it = m_target.cbegin(); it != m_target.cend(); ++it) {
        if (other.resolve(it.key()) != it.value()) {
            ids.append(it.key());
        }
    }
    for (auto it = other.m_target.cbegin(); it != other.m_target.cend(); ++it) {
        if (!m_target.contains(it.key())) {
            ids.append(it.key());
        }
    }
    ids.sort();
    return ids;
}

} // namespace crm
