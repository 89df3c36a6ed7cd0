#include "syncredirects.h"

#include "sync/syncstore.h"

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
    QHash<QString, Edge> edges;
    for (const storage::SyncLogMergeHead &m : merges) {
        m_kind.insert(m.recordId, m.recordKind);
        if (!m.survivorId.isEmpty()) {
            edges.insert(m.recordId, {m.survivorId, m.changeId});
        }
    }
    // Each record has at most one edge, so each cycle is a ring of its own: walk every chain once,
    // and where a walk comes back on itself drop the ring's newest edge.
    enum class State
    {
        Walking,
        Done
    };
    QHash<QString, State> state;
    QStringList ids = edges.keys();
    ids.sort(); // the walk's order changes nothing, but a sorted one is easier to follow
    for (const QString &start : std::as_const(ids)) {
        QStringList path;
        QString at = start;
        while (edges.contains(at) && !state.contains(at)) {
            state.insert(at, State::Walking);
            path.append(at);
            at = edges.value(at).target;
        }
        if (state.value(at) == State::Walking && edges.contains(at)) {
            QString newest = at;
            for (qsizetype i = path.indexOf(at); i < path.size(); ++i) {
                if (edges.value(path[i]).changeId > edges.value(newest).changeId) {
                    newest = path[i];
                }
            }
            m_superseded.insert(newest);
            edges.remove(newest);
        }
        for (const QString &id : std::as_const(path)) {
            state.insert(id, State::Done);
        }
    }
    // No cycle is left: each chain ends at a record that is not merged away.
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        QString at = it.value().target;
        while (edges.contains(at)) {
            at = edges.value(at).target;
        }
        m_target.insert(it.key(), at);
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
