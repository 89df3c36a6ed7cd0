#include "merges.h"

#include "domain/catalogue/catalogue.h"
#include "domain/recordcodec.h"
#include "mergeplan.h"
#include "records.h"
#include "storage/recordstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct MergesTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Merges)
};

const QString kModifiedAt = u"modified_at"_s;

// Records::update on a record that may be in the Trash (its links move all the same): restored,
// changed and put back, all inside the merge's transaction.
void updateAnyway(Records &records, RecordKind kind, const QString &id, const QVariantMap &changes, bool inTrash)
{
    if (inTrash) {
        records.restore(kind, id);
    }
    records.update(kind, id, changes);
    if (inTrash) {
        records.trash(kind, id);
    }
}

QString modifiedAt(const Database &db, RecordKind kind, const QString &id)
{
    return db.records().get(kind, id, MapFormat::Storage).value(kModifiedAt).toString();
}
} // namespace

Merges::Merges(Database &db) : m_db(db) {}

MergePreview Merges::preview(const MergeRequest &request) const
{
    const merging::Plan plan = merging::planMerge(m_db, request);
    MergePreview preview;
    preview.kind = request.kind;
    for (const merging::LoadedRecord &record : plan.records) {
        preview.records << record.json;
        preview.titles << record.title;
    }
    preview.fields = plan.fields;
    preview.linksToMove = plan.links;
    preview.rules = plan.rules;
    return preview;
}

MergeResult Merges::merge(const MergeRequest &request)
{
    Transaction transaction(m_db);
    const merging::Plan plan = merging::planMerge(m_db, request);
    Records records(m_db);
    MergeResult result;
    result.kind = request.kind;
    result.survivorId = request.keepId;
    result.linksMoved = plan.links;
    result.rulesApplied = plan.rules;
    result.survivorBefore = plan.records.first().json;
    for (qsizetype i = 1; i < plan.records.size(); ++i) {
        result.mergedIds << plan.records.at(i).id;
        result.mergedTitles << plan.records.at(i).title;
        result.mergedStored << plan.records.at(i).stored;
    }
    const QString keepTitle = plan.records.first().title;
    for (const merging::ReferrerChange &change : plan.referrers) {
        try {
            updateAnyway(records, change.kind, change.id, change.after, change.inTrash);
        } catch (const Error &e) {
            throw Error(e.kind(),
                        MergesTr::tr("The links of \"%1\" could not be moved to \"%2\", so nothing was merged: %3")
                            .arg(m_db.records().title(change.kind, change.id), keepTitle, e.message()),
                        e.fieldErrors());
        }
        result.moved.append(
            {change.kind, change.id, change.before, modifiedAt(m_db, change.kind, change.id), change.inTrash});
    }
    for (const QString &id : result.mergedIds) {
        m_db.records().mergeAway(request.kind, id, request.keepId);
    }
    try {
        const RecordResult survivor = records.update(request.kind, request.keepId, plan.survivor);
        result.survivorTitle = survivor.title;
    } catch (const Error &e) {
        throw Error(
            e.kind(),
            MergesTr::tr("\"%1\" cannot take the merged values, so nothing was merged: %2").arg(keepTitle, e.message()),
            e.fieldErrors());
    }
    result.survivorModifiedAt = modifiedAt(m_db, request.kind, request.keepId);
    transaction.commit();
    return result;
}

void Merges::unmerge(const MergeResult &result)
{
    Transaction transaction(m_db);
    RecordStore &store = m_db.records();
    const RecordKind kind = result.kind;
    const std::optional<QVariantMap> survivor = store.find(kind, result.survivorId, MapFormat::Storage);
    if (!survivor) {
        throw Error(Error::Kind::Conflict, MergesTr::tr("The %1 %2 the records were merged into is gone; the merge "
                                                        "cannot be undone.")
                                               .arg(kindName(kind), result.survivorId));
    }
    const QString survivorTitle = codecFor(kind).title(*survivor);
    if (survivor->value(kModifiedAt).toString() != result.survivorModifiedAt) {
        throw Error(Error::Kind::Conflict,
                    MergesTr::tr("\"%1\" changed since the merge; undoing the merge would lose that change, so "
                                 "nothing was undone.")
                        .arg(survivorTitle));
    }
    for (const QString &id : result.mergedIds) {
        if (store.exists(kind, id) || store.survivorOf(id) != result.survivorId) {
            throw Error(Error::Kind::Conflict,
                        MergesTr::tr("The %1 %2 is no longer merged into \"%3\"; nothing was undone.")
                            .arg(kindName(kind), id, survivorTitle));
        }
    }
    for (const MovedLinks &moved : result.moved) {
        const std::optional<QVariantMap> now = store.find(moved.kind, moved.id, MapFormat::Storage);
        if (!now || now->value(kModifiedAt).toString() != moved.modifiedAt ||
            now->contains(u"deleted_at"_s) != moved.inTrash) {
            const QString title = now ? codecFor(moved.kind).title(*now) : moved.id;
            throw Error(Error::Kind::Conflict,
                        MergesTr::tr("\"%1\", whose links the merge moved, changed since; undoing the merge would "
                                     "lose that change, so nothing was undone.")
                            .arg(title));
        }
    }

    // The survivor as it was, except links to records not back yet; then the merged records; then
    // those links; then the links moved to the survivor go back.
    Records records(m_db);
    QVariantMap back = merging::fieldsOf(kind, result.survivorBefore);
    QVariantMap later;
    for (const catalogue::FieldSpec &f : catalogue::Catalogue::builtin().kind(kind).fields) {
        if (f.type == catalogue::Type::Link && f.linkKind == kind &&
            result.mergedIds.contains(back.value(f.name).toString())) {
            later.insert(f.name, back.take(f.name));
        }
    }
    records.update(kind, result.survivorId, back);
    for (qsizetype i = 0; i < result.mergedIds.size(); ++i) {
        store.unmerge(kind, result.mergedIds.at(i), result.mergedStored.value(i));
    }
    if (!later.isEmpty()) {
        records.update(kind, result.survivorId, later);
    }
    for (const MovedLinks &moved : result.moved) {
        updateAnyway(records, moved.kind, moved.id, moved.before, moved.inTrash);
    }
    transaction.commit();
}

} // namespace crm
