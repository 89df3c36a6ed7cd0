#include "syncmerger.h"

#include "domain/catalogue/catalogue.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "sync/hybridclock.h"
#include "sync/syncfields.h"
#include "sync/synclinks.h"
#include "sync/syncstore.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct SyncMergerTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::SyncMerger)
};

void addTouched(QMap<RecordKind, QStringList> &touched, const QString &kindText, const QString &id)
{
    const auto kind = kindFromName(kindText);
    if (kind && !touched[*kind].contains(id)) {
        touched[*kind].append(id);
    }
}

bool writesMerge(const QList<SyncChange> &changes)
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const SyncChange &c) { return c.fields.contains(kSyncMergedIntoField); });
}
} // namespace

SyncMerger::SyncMerger(Database &db) : m_db(db) {}

void SyncMerger::check(const SyncChange &change, qsizetype index) const
{
    const QString prefix = u"changes[%1]"_s.arg(index);
    FieldErrors errors;
    // The id orders the change against all others: it must be a clock reading of its origin.
    const auto stamp = HlcTimestamp::fromString(change.changeId);
    if (!stamp || stamp->replica != change.originReplicaId) {
        errors.append({prefix + u".id"_s, SyncMergerTr::tr("is not a sync clock reading of the change's replica")});
    }
    const auto kind = kindFromName(change.recordKind);
    if (!kind) {
        errors.append({prefix + u".kind"_s, SyncMergerTr::tr("is not a record kind this version knows")});
    } else {
        for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
            const QString problem = syncValueProblem(*kind, it.key(), it.value());
            if (!problem.isEmpty()) {
                errors.append({prefix + u".fields."_s + it.key().left(80), problem});
            }
        }
    }
    if (!errors.isEmpty()) {
        throw Error(Error::Kind::Invalid,
                    SyncMergerTr::tr("The package holds a change this database cannot take (%1: %2); nothing was "
                                     "imported.")
                        .arg(errors.first().field, errors.first().message),
                    errors);
    }
}

SyncMergeResult SyncMerger::merge(const QList<SyncChange> &changes, const SyncProgress &progress)
{
    for (qsizetype i = 0; i < changes.size(); ++i) {
        check(changes[i], i);
    }
    SyncStore store(m_db);
    m_redirects.reset();
    const bool mergesMove = writesMerge(changes);
    const std::optional<SyncRedirects> before =
        mergesMove ? std::optional<SyncRedirects>(SyncRedirects::load(store)) : std::nullopt;
    SyncMergeResult result;
    const qint64 total = changes.size() * 2; // logging, then writing the records
    QMap<RecordKind, QStringList> touched;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const SyncChange &change = changes[i];
        if (progress && i % 256 == 0 && !progress(i, total)) {
            throw SyncCancelled{};
        }
        if (store.contains(change.changeId)) {
            ++result.duplicates;
            continue;
        }
        const QString other = store.changeAt(change.originReplicaId, change.originSequence);
        if (!other.isEmpty()) {
            throw Error(Error::Kind::Invalid,
                        SyncMergerTr::tr("The package's change %1 reuses the number of change %2 of the same "
                                         "replica: the package was altered or its replica copied by hand. Nothing "
                                         "was imported.")
                            .arg(change.changeId, other));
        }
        store.store(change);
        ++result.applied;
        QStringList &ids = touched[*kindFromName(change.recordKind)];
        if (!ids.contains(change.recordId)) {
            ids.append(change.recordId);
        }
    }

    RecordStore &records = m_db.records();
    m_redirects.reset(); // the changes just logged may move merges
    if (before) {
        addRedirected(*before, touched);
    }
    // A merged-away record that still has a row waited for its survivor: tried again.
    for (const QString &id : redirects().mergedAway()) {
        const auto kind = kindFromName(redirects().kindOf(id));
        if (kind && records.exists(*kind, id)) {
            addTouched(touched, kindName(*kind), id);
        }
    }
    // Records that waited for something this package may bring are tried again.
    for (RecordKind kind : allRecordKinds()) {
        for (const QString &id : store.waitingRecords(kind)) {
            if (!touched[kind].contains(id)) {
                touched[kind].append(id);
            }
        }
    }
    m_arriving.clear();
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        for (const QString &id : it.value()) {
            if (!records.exists(it.key(), id) && (store.hasCreate(id) || redirects().knows(id)) &&
                !store.isPurged(id) && !redirects().isMergedAway(id)) {
                m_arriving.insert(id);
            }
        }
    }
    qint64 done = changes.size();
    for (RecordKind kind : allRecordKinds()) { // referenced kinds first
        for (const QString &id : touched.value(kind)) {
            if (progress && done % 256 == 0 && !progress(done, total)) {
                throw SyncCancelled{};
            }
            ++done;
            switch (materialize(kind, id)) {
            case Outcome::Written:
                ++result.recordsChanged;
                break;
            case Outcome::Waiting:
                ++result.pendingRecords;
                break;
            case Outcome::Unchanged:
                break;
            }
        }
    }
    if (progress) {
        progress(total, total);
    }
    return result;
}

bool SyncMerger::canExist(RecordKind kind, const QString &id) const
{
    return m_arriving.contains(id) || m_db.records().exists(kind, id);
}

bool SyncMerger::referencesResolve(RecordKind kind, const QVariantMap &merged) const
{
    using catalogue::FieldSpec;
    // A link to a record of a known kind must name one that exists or is arriving.
    const auto resolves = [this](const FieldSpec &f, const QVariantMap &row) {
        if (f.type != catalogue::Type::Link || !f.linkKind) {
            return true;
        }
        const QString target = row.value(f.columnName()).toString();
        return target.isEmpty() || canExist(*f.linkKind, target);
    };
    for (const FieldSpec &f : catalogue::Catalogue::builtin().kind(kind).fields) {
        if (!resolves(f, merged)) {
            return false;
        }
        for (const FieldSpec &column : f.children) {
            for (const QVariant &row : merged.value(f.name).toList()) {
                if (!resolves(column, row.toMap())) {
                    return false;
                }
            }
        }
    }
    return true;
}

const SyncRedirects &SyncMerger::redirects()
{
    if (!m_redirects) {
        m_redirects = SyncRedirects::load(SyncStore(m_db));
    }
    return *m_redirects;
}

void SyncMerger::addRedirected(const SyncRedirects &before, QMap<RecordKind, QStringList> &touched)
{
    SyncStore store(m_db);
    RecordStore &records = m_db.records();
    const SyncRedirects &now = redirects();
    for (const QString &id : before.differences(now)) {
        const QString kindText = now.knows(id) ? now.kindOf(id) : before.kindOf(id);
        addTouched(touched, kindText, id);
        // Links to it made with it in view (heads that name it, made here or offline elsewhere)...
        for (const storage::SyncLogRecordRef &ref : store.recordsMentioning(id)) {
            addTouched(touched, ref.recordKind, ref.recordId);
        }
        // ...and rows that link to it through a value that has no head (from before sync).
        if (const auto kind = kindFromName(kindText)) {
            for (const Referrer &referrer : records.referrersOf(*kind, id)) {
                addTouched(touched, kindName(referrer.kind), referrer.id);
            }
        }
    }
}

QVariantMap SyncMerger::asHeadsSay(RecordKind kind, const QString &id, const QVariantMap &base, bool &inTrash)
{
    SyncFields winners;
    const auto heads = SyncStore(m_db).heads(id);
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        const QJsonValue value = it.value().constFirst().value; // the newest clock wins
        if (it.key() == kSyncDeletedField) {
            inTrash = value.toBool();
        } else if (it.key() != kSyncMergedIntoField) {
            winners.insert(it.key(), value);
        }
    }
    return redirectSyncLinks(kind, id, applySyncFields(kind, withoutRedirectedRows(kind, base, winners), winners),
                             redirects());
}

SyncMerger::Outcome SyncMerger::mergeAway(RecordKind kind, const QString &id, bool existed)
{
    // Merged into another record: no row of its own; its links have moved, or will in this merge.
    RecordStore &records = m_db.records();
    const QString survivor = redirects().resolve(id);
    if (!canExist(kind, survivor)) {
        return existed ? Outcome::Waiting : Outcome::Unchanged;
    }
    if (!existed) {
        // Gone already: storage must say where it went as the map does (its history is read from
        // the survivor), so a record merged elsewhere, or into another survivor since, is brought
        // back as its heads say and merged away again.
        const QString here = records.survivorOf(id);
        if (here == survivor) {
            return Outcome::Unchanged;
        }
        bool inTrash = false;
        const QVariantMap stored = asHeadsSay(kind, id, {}, inTrash);
        if (!here.isEmpty()) {
            records.unmerge(kind, id, stored, ChangeOrigin::SyncMerge);
        } else if (SyncStore(m_db).hasCreate(id) && referencesResolve(kind, stored)) {
            records.writeMerged(kind, id, stored, inTrash);
        } else {
            return Outcome::Unchanged; // never here, and not whole enough to say where it went
        }
    }
    records.mergeAway(kind, id, survivor, ChangeOrigin::SyncMerge);
    return Outcome::Written;
}

void SyncMerger::followMerges(const SyncRedirects &before)
{
    m_redirects.reset();
    QMap<RecordKind, QStringList> touched;
    addRedirected(before, touched);
    for (RecordKind kind : allRecordKinds()) { // referenced kinds first
        for (const QString &id : touched.value(kind)) {
            materialize(kind, id);
        }
    }
}

SyncMerger::Outcome SyncMerger::materialize(RecordKind kind, const QString &id)
{
    SyncStore store(m_db);
    RecordStore &records = m_db.records();
    const bool existed = records.exists(kind, id);
    if (store.isPurged(id)) {
        return Outcome::Waiting;
    }
    const SyncRedirects &map = redirects();
    if (map.isMergedAway(id)) {
        return mergeAway(kind, id, existed);
    }
    // A record merged away here whose merge was undone or superseded comes back from its heads.
    const bool mergedHere = !existed && !records.survivorOf(id).isEmpty();
    if (!existed && !store.hasCreate(id) && !map.knows(id)) {
        return Outcome::Waiting;
    }
    const QVariantMap base = existed ? records.get(kind, id, MapFormat::Storage) : QVariantMap();
    bool inTrash = base.contains(u"deleted_at"_s);
    const QVariantMap merged = asHeadsSay(kind, id, base, inTrash);
    if (existed && inTrash == base.contains(u"deleted_at"_s) && changedSyncFields(kind, base, merged).isEmpty()) {
        return Outcome::Unchanged;
    }
    if (!referencesResolve(kind, merged)) {
        return Outcome::Waiting;
    }
    if (mergedHere) {
        records.unmerge(kind, id, merged, ChangeOrigin::SyncMerge);
        if (!inTrash) {
            return Outcome::Written;
        }
    }
    records.writeMerged(kind, id, merged, inTrash);
    return Outcome::Written;
}

} // namespace crm
