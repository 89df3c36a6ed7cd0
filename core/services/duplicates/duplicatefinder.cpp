#include "duplicatefinder.h"

#include "storage/database.h"
#include "storage/duplicatekeys.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <numeric>

namespace crm {
namespace {

// Asked of storage for a form's warning: enough rows for limit records sharing several keys each.
constexpr int kLookupCap = 200;
// How often the scan reports progress, in shared keys.
constexpr qint64 kProgressStep = 256;

// The reason a shared key gives: names meet names, but a name meeting an alias (either way) is the
// weaker Alias; romanisation on either side makes a name match weaker too.
struct Evidence
{
    DuplicateReason reason;
    int score;
};

Evidence evidenceOf(DuplicateReason reason, bool romanised)
{
    return {reason, duplicateScore(reason, romanised)};
}

DuplicateReason combine(DuplicateReason a, DuplicateReason b)
{
    return (a == DuplicateReason::Alias || b == DuplicateReason::Alias) ? DuplicateReason::Alias : a;
}

DuplicateReason reasonOf(const storage::StoredMatchKey &row)
{
    return duplicateReasonFromCode(row.what).value_or(DuplicateReason::Name);
}

// What two records share: each reason once, with its best score and a value that shows it.
class Shared final
{
public:
    void add(const Evidence &evidence, const QString &value)
    {
        auto it = m_best.find(evidence.reason);
        if (it == m_best.end()) {
            m_best.insert(evidence.reason, {evidence.score, value});
        } else if (evidence.score > it->first) {
            *it = {evidence.score, value};
        }
    }
    int score() const
    {
        QList<int> scores;
        for (const auto &best : m_best) {
            scores << best.first;
        }
        return combinedScore(scores);
    }
    // Strongest first.
    QList<DuplicateReason> reasons() const
    {
        QList<DuplicateReason> list = m_best.keys();
        std::stable_sort(list.begin(), list.end(), [this](DuplicateReason a, DuplicateReason b) {
            return m_best.value(a).first > m_best.value(b).first;
        });
        return list;
    }
    QString value(DuplicateReason reason) const { return m_best.value(reason).second; }
    void merge(const Shared &other)
    {
        for (auto it = other.m_best.cbegin(); it != other.m_best.cend(); ++it) {
            add({it.key(), it->first}, it->second);
        }
    }

private:
    QMap<DuplicateReason, std::pair<int, QString>> m_best;
};

// Records joined by any shared key end in one group (union-find with path halving).
class Groups final
{
public:
    int indexOf(const QString &id)
    {
        const auto it = m_index.constFind(id);
        if (it != m_index.cend()) {
            return *it;
        }
        const int index = int(m_ids.size());
        m_index.insert(id, index);
        m_ids << id;
        m_parent << index;
        return index;
    }
    int root(int i)
    {
        while (m_parent[i] != i) {
            m_parent[i] = m_parent[m_parent[i]];
            i = m_parent[i];
        }
        return i;
    }
    void join(int a, int b) { m_parent[root(a)] = root(b); }
    const QString &id(int i) const { return m_ids.at(i); }
    int size() const { return int(m_ids.size()); }

private:
    QHash<QString, int> m_index;
    QStringList m_ids;
    QList<int> m_parent;
};

} // namespace

DuplicateFinder::DuplicateFinder(Database &db) : m_db(db) {}

QList<DuplicateMatch> DuplicateFinder::similarTo(RecordKind kind, const QVariantMap &input, const QString &excludeId,
                                                 int limit) const
{
    if (!hasDuplicateCheck(kind) || limit <= 0) {
        return {};
    }
    QHash<QString, MatchKey> typed;
    QStringList keys;
    for (const MatchKey &key : matchKeys(kind, input)) {
        typed.insert(key.key, key);
        keys << key.key;
    }
    if (keys.isEmpty()) {
        return {};
    }
    QHash<QString, Shared> shared;
    QStringList order; // ids in the order storage gave them, for a stable result
    for (const storage::StoredMatchKey &row : m_db.duplicateKeys().lookup(kind, keys, excludeId, kLookupCap)) {
        const MatchKey mine = typed.value(row.key);
        const DuplicateReason reason = combine(reasonOf(row), mine.reason);
        if (!shared.contains(row.recordId)) {
            order << row.recordId;
        }
        shared[row.recordId].add(evidenceOf(reason, row.romanised || mine.romanised), row.value);
    }
    const QHash<QString, QString> titles = m_db.duplicateKeys().titles(kind, order);
    QList<DuplicateMatch> matches;
    for (const QString &id : std::as_const(order)) {
        const Shared &with = shared[id];
        const QList<DuplicateReason> reasons = with.reasons();
        matches.append(
            {id, titles.value(id), reasons.constFirst(), with.value(reasons.constFirst()), with.score(), reasons});
    }
    std::stable_sort(matches.begin(), matches.end(), [](const DuplicateMatch &a, const DuplicateMatch &b) {
        return a.score != b.score ? a.score > b.score : a.title.localeAwareCompare(b.title) < 0;
    });
    if (matches.size() > limit) {
        matches.resize(limit);
    }
    return matches;
}

QList<DuplicateGroup> DuplicateFinder::scan(RecordKind kind, const std::function<bool(qint64, qint64)> &progress) const
{
    if (!hasDuplicateCheck(kind)) {
        return {};
    }
    Groups groups;
    QHash<std::pair<int, int>, Shared> pairs;
    qint64 total = 0;
    qint64 done = 0;
    bool cancelled = false;
    m_db.duplicateKeys().forEachShared(
        kind, kMaxShared, [&](qint64 keys) { total = keys; },
        [&](const QList<storage::StoredMatchKey> &rows) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const int a = groups.indexOf(rows[i].recordId);
                for (qsizetype j = i + 1; j < rows.size(); ++j) {
                    const int b = groups.indexOf(rows[j].recordId);
                    const DuplicateReason reason = combine(reasonOf(rows[i]), reasonOf(rows[j]));
                    const Evidence evidence = evidenceOf(reason, rows[i].romanised || rows[j].romanised);
                    pairs[std::minmax(a, b)].add(evidence, rows[i].value);
                }
            }
            ++done;
            if (progress && done % kProgressStep == 0 && !progress(done, total)) {
                cancelled = true;
                return false;
            }
            return true;
        });
    if (progress && !cancelled) {
        progress(total, total);
    }

    // Each group's members, its strongest pair and what its pairs share.
    struct Gathered
    {
        QList<int> members;
        Shared shared;
        int score = 0;
    };
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        groups.join(it.key().first, it.key().second);
    }
    QHash<int, Gathered> gathered;
    for (int i = 0; i < groups.size(); ++i) {
        gathered[groups.root(i)].members << i;
    }
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        Gathered &group = gathered[groups.root(it.key().first)];
        group.shared.merge(*it);
        group.score = std::max(group.score, it->score());
    }

    QStringList ids;
    for (int i = 0; i < groups.size(); ++i) {
        ids << groups.id(i);
    }
    const QHash<QString, QString> titles = m_db.duplicateKeys().titles(kind, ids);
    QList<DuplicateGroup> result;
    result.reserve(gathered.size());
    for (const Gathered &group : std::as_const(gathered)) {
        DuplicateGroup out;
        out.kind = kind;
        for (int member : group.members) {
            out.ids << groups.id(member);
        }
        std::sort(out.ids.begin(), out.ids.end()); // UUIDv7: oldest first
        for (const QString &id : std::as_const(out.ids)) {
            out.titles << titles.value(id);
        }
        out.reasons = group.shared.reasons();
        for (DuplicateReason reason : std::as_const(out.reasons)) {
            out.values << group.shared.value(reason);
        }
        out.score = group.score;
        result << out;
    }
    std::sort(result.begin(), result.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return a.ids.constFirst() < b.ids.constFirst();
    });
    return result;
}

QString duplicateReasonText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::Email:
        return DuplicateFinder::tr("same e-mail");
    case DuplicateReason::Phone:
        return DuplicateFinder::tr("same phone number");
    case DuplicateReason::Website:
        return DuplicateFinder::tr("same website");
    case DuplicateReason::Name:
        return DuplicateFinder::tr("same name");
    case DuplicateReason::Alias:
        return DuplicateFinder::tr("name is an alias");
    }
    return {};
}

} // namespace crm
