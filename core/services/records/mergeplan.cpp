// The merge computed from the field catalogue: every kind is merged by the same code, its field
// types deciding what is picked (single values), united (lists, child lists) or moved (links).
#include "mergeplan.h"

#include "domain/catalogue/catalogue.h"
#include "domain/recordcodec.h"
#include "storage/auditlog.h"
#include "storage/recordstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct MergesTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Merges)
};
} // namespace

namespace merging {
namespace {
using catalogue::FieldSpec;
using catalogue::Type;

bool isBlank(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return true;
    }
    switch (value.userType()) {
    case QMetaType::QString:
        return value.toString().trimmed().isEmpty();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return value.toList().isEmpty();
    default:
        return false;
    }
}

QString same(const QVariant &value)
{
    return AuditLog::text(value).toString();
}

QString labelOf(const FieldSpec &f)
{
    QString label = f.label.tr().remove(u'&');
    return label.isEmpty() ? f.name : label;
}

// What the merge needs to know everywhere: which ids go, which stays.
struct Context
{
    RecordKind kind;
    QString keep;
    QSet<QString> others;
};

// A child-list column that names a person of any kind (person_id with person_kind, credited_id).
QString personKey(const FieldSpec &list, const QVariantMap &row)
{
    for (const FieldSpec &c : list.children) {
        if (c.type == Type::Link && !c.kindField.isEmpty() && !isBlank(row.value(c.name))) {
            return row.value(c.kindField).toString() + u':' + row.value(c.name).toString();
        }
    }
    return {};
}

// A row's links to a merged record made to point at the survivor; true when one moved.
bool redirectRow(const FieldSpec &list, QVariantMap &row, const Context &c)
{
    bool moved = false;
    for (const FieldSpec &column : list.children) {
        if (column.type != Type::Link || !c.others.contains(row.value(column.name).toString())) {
            continue;
        }
        const bool toKind =
            column.linkKind ? *column.linkKind == c.kind : row.value(column.kindField).toString() == kindName(c.kind);
        if (toKind) {
            row.insert(column.name, c.keep);
            moved = true;
        }
    }
    return moved;
}

// The rows of several lists as one: the same person once (the first row, its empty cells filled
// from the later ones), a row equal to one already there once. onlyKey: collapse only rows naming
// that person (a referrer's list, where other duplicates are none of the merge's business).
// Returns the person keys found more than once.
QStringList uniteRows(const FieldSpec &list, const QList<QVariantList> &lists, const Context &c, const QString &onlyKey,
                      QVariantList &out)
{
    QHash<QString, qsizetype> byKey;
    QList<QVariantMap> contents;
    QList<bool> redirected; // of out: the row named a merged record (the survivor's own row wins)
    QStringList twice;
    const auto fill = [](QVariantMap base, const QVariantMap &from) {
        for (auto it = from.cbegin(); it != from.cend(); ++it) {
            if (it.key() != u"id"_s && isBlank(base.value(it.key())) && !isBlank(it.value())) {
                base.insert(it.key(), it.value());
            }
        }
        return base;
    };
    for (const QVariantList &rows : lists) {
        for (const QVariant &element : rows) {
            QVariantMap row = element.toMap();
            const bool moved = redirectRow(list, row, c);
            const QString key = personKey(list, row);
            const bool collapse = !key.isEmpty() && (onlyKey.isEmpty() || key == onlyKey);
            if (collapse && byKey.contains(key)) {
                const qsizetype at = byKey.value(key);
                const QVariantMap first = out.at(at).toMap();
                if (redirected.at(at) && !moved) {
                    out[at] = fill(row, first);
                    redirected[at] = false;
                } else {
                    out[at] = fill(first, row);
                }
                if (!twice.contains(key)) {
                    twice << key;
                }
                continue;
            }
            QVariantMap content = row;
            content.remove(u"id"_s);
            if (onlyKey.isEmpty() && contents.contains(content)) {
                continue;
            }
            if (collapse) {
                byKey.insert(key, out.size());
            }
            contents << content;
            redirected << moved;
            out << row;
        }
    }
    return twice;
}

QString personTitle(const Database &db, const QString &key)
{
    const qsizetype colon = key.indexOf(u':');
    const std::optional<RecordKind> kind = kindFromName(key.left(colon));
    const QString id = key.mid(colon + 1);
    if (!kind || !db.records().exists(*kind, id)) {
        return id;
    }
    return db.records().title(*kind, id);
}

LoadedRecord load(const Database &db, const MergeRequest &request, const QString &id)
{
    const RecordStore &store = db.records();
    const std::optional<QVariantMap> stored = store.find(request.kind, id, MapFormat::Storage);
    if (!stored) {
        for (RecordKind other : allRecordKinds()) {
            if (other != request.kind && store.exists(other, id)) {
                throw Error(Error::Kind::Invalid,
                            MergesTr::tr("%1 is a %2, not a %3: only records of one kind can be merged.")
                                .arg(id, kindName(other), kindName(request.kind)));
            }
        }
        if (const QString survivor = store.survivorOf(id); !survivor.isEmpty()) {
            throw Error(
                Error::Kind::Conflict,
                MergesTr::tr("The %1 %2 was already merged into %3.").arg(kindName(request.kind), id, survivor));
        }
        throw Error::notFound(MergesTr::tr("There is no %1 with id %2.").arg(kindName(request.kind), id));
    }
    LoadedRecord record{id, *stored, codecFor(request.kind).toJson(*stored), codecFor(request.kind).title(*stored)};
    if (stored->contains(u"deleted_at"_s)) {
        throw Error(Error::Kind::Conflict,
                    MergesTr::tr("\"%1\" (%2) is in the Trash; restore it before merging.").arg(record.title, id));
    }
    if (request.seen.contains(id) && request.seen.value(id) != stored->value(u"modified_at"_s).toString()) {
        throw Error(
            Error::Kind::Conflict,
            MergesTr::tr("\"%1\" was changed elsewhere since you looked at it; look at it again before merging.")
                .arg(record.title));
    }
    return record;
}

QList<LoadedRecord> loadAll(const Database &db, const MergeRequest &request)
{
    if (request.keepId.isEmpty()) {
        throw Error(Error::Kind::Invalid, MergesTr::tr("Choose the %1 to keep.").arg(kindName(request.kind)));
    }
    if (request.otherIds.isEmpty()) {
        throw Error(
            Error::Kind::Invalid,
            MergesTr::tr("Choose at least one other %1 to merge into %2.").arg(kindName(request.kind), request.keepId));
    }
    QSet<QString> ids{request.keepId};
    for (const QString &id : request.otherIds) {
        if (ids.contains(id)) {
            throw Error(Error::Kind::Invalid,
                        MergesTr::tr("The %1 %2 cannot be merged with itself.").arg(kindName(request.kind), id));
        }
        ids.insert(id);
    }
    QList<LoadedRecord> records{load(db, request, request.keepId)};
    for (const QString &id : request.otherIds) {
        records << load(db, request, id);
    }
    if (request.kind == RecordKind::Officer && request.otherIds.contains(db.officerId())) {
        const LoadedRecord &me = records.at(request.otherIds.indexOf(db.officerId()) + 1);
        throw Error(Error::Kind::Conflict,
                    MergesTr::tr("\"%1\" is the officer making this change and cannot be merged away; keep it "
                                 "instead.")
                        .arg(me.title));
    }
    return records;
}

// The index of the record whose value of a single-value field the survivor takes.
qsizetype pickIndex(const MergeRequest &request, const QVariantList &values)
{
    QList<qsizetype> order;
    for (qsizetype i = 1; i < values.size(); ++i) {
        order << i;
    }
    if (request.prefer == MergeRequest::Prefer::Keep) {
        order.prepend(0);
    } else {
        order.append(0);
    }
    for (qsizetype i : order) {
        if (!isBlank(values.at(i))) {
            return i;
        }
    }
    return 0;
}

void planField(const Database &db, const FieldSpec &f, const MergeRequest &request, const Context &c, Plan &plan)
{
    MergeFieldChoice choice;
    choice.field = f.name;
    for (const LoadedRecord &r : plan.records) {
        choice.values << r.json.value(f.name);
        choice.differs = choice.differs || same(r.json.value(f.name)) != same(plan.records.first().json.value(f.name));
    }
    switch (f.type) {
    case Type::Children: {
        QList<QVariantList> lists;
        for (const QVariant &value : choice.values) {
            lists << value.toList();
        }
        QVariantList rows;
        for (const QString &key : uniteRows(f, lists, c, {}, rows)) {
            plan.rules << MergesTr::tr("%1: %2 is listed in more than one record; kept once.")
                              .arg(labelOf(f), personTitle(db, key));
        }
        choice.proposed = rows;
        choice.isList = true;
        break;
    }
    case Type::TextList:
    case Type::SectorList: {
        QStringList united;
        for (const QVariant &value : choice.values) {
            for (const QString &item : value.toStringList()) {
                if (!united.contains(item)) {
                    united << item;
                }
            }
        }
        choice.proposed = united;
        choice.isList = true;
        break;
    }
    default: {
        qsizetype from = pickIndex(request, choice.values);
        if (f.unique && !request.chosen.contains(f.name)) {
            from = 0;
            QStringList theirs;
            for (qsizetype i = 1; i < choice.values.size(); ++i) {
                if (same(choice.values.at(i)) != same(choice.values.at(0))) {
                    theirs << choice.values.at(i).toString();
                }
            }
            if (!theirs.isEmpty()) {
                plan.rules << MergesTr::tr("%1 must be unique: the kept record keeps \"%2\"; \"%3\" goes with the "
                                           "merged record.")
                                  .arg(labelOf(f), choice.values.at(0).toString(), theirs.join(u"\", \""_s));
            }
        }
        choice.proposed = choice.values.at(from);
        if (!f.companion.isEmpty()) {
            plan.survivor.insert(f.companion, plan.records.at(from).json.value(f.companion));
        }
        if (request.chosen.contains(f.name)) {
            choice.proposed = request.chosen.value(f.name);
            const qsizetype match = choice.values.indexOf(choice.proposed);
            if (!f.companion.isEmpty()) {
                plan.survivor.insert(f.companion,
                                     request.chosen.contains(f.companion)
                                         ? request.chosen.value(f.companion)
                                         : plan.records.at(std::max<qsizetype>(match, 0)).json.value(f.companion));
            }
        }
        if (f.type == Type::Link && f.linkKind == c.kind &&
            (c.others.contains(choice.proposed.toString()) || choice.proposed.toString() == c.keep)) {
            plan.rules << MergesTr::tr("\"%1\" would link to itself in %2: cleared.")
                              .arg(plan.records.first().title, labelOf(f));
            choice.proposed = QVariant();
        }
        break;
    }
    }
    if (choice.isList && request.chosen.contains(f.name)) {
        choice.proposed = request.chosen.value(f.name); // the officer took an element out
    }
    plan.survivor.insert(f.name, choice.proposed);
    plan.fields << choice;
}

// Merged-away names (fields searched as names) become aliases where the kind has them.
void namesToAliases(const catalogue::KindSpec &spec, const MergeRequest &request, Plan &plan)
{
    const FieldSpec *aliases = catalogue::Catalogue::builtin().field(spec.kind, u"aliases");
    if (!aliases || aliases->type != Type::TextList || request.chosen.contains(aliases->name)) {
        return; // aliases the officer picked are taken as they are
    }
    QStringList names;
    for (const FieldSpec &f : spec.fields) {
        if (f.search == catalogue::Search::Name && f.type == Type::Text) {
            names << plan.survivor.value(f.name).toString().trimmed();
        }
    }
    QStringList list = plan.survivor.value(aliases->name).toStringList();
    QStringList added;
    for (const LoadedRecord &r : plan.records) {
        for (const FieldSpec &f : spec.fields) {
            const QString name = r.json.value(f.name).toString().trimmed();
            if (f.search != catalogue::Search::Name || f.type != Type::Text || name.isEmpty() ||
                names.contains(name, Qt::CaseInsensitive) || list.contains(name, Qt::CaseInsensitive)) {
                continue;
            }
            list << name;
            added << name;
        }
    }
    if (added.isEmpty()) {
        return;
    }
    plan.survivor.insert(aliases->name, list);
    for (MergeFieldChoice &choice : plan.fields) {
        if (choice.field == aliases->name) {
            choice.proposed = list;
            choice.differs = true;
        }
    }
    plan.rules << MergesTr::tr("Names of the merged records become aliases: %1.").arg(added.join(u", "_s));
}

// How one record linking to the merged records changes: its links point at the survivor, and a
// list that now names the survivor twice names it once.
ReferrerChange referrerChange(const Database &db, RecordKind kind, const QString &id, bool inTrash, const Context &c,
                              QStringList &rules)
{
    ReferrerChange change{kind, id, inTrash, {}, {}};
    const QVariantMap json = codecFor(kind).toJson(db.records().get(kind, id, MapFormat::Storage));
    const QString survivorKey = kindName(c.kind) + u':' + c.keep;
    for (const FieldSpec &f : catalogue::Catalogue::builtin().kind(kind).fields) {
        if (f.type == Type::Link && f.linkKind == c.kind && c.others.contains(json.value(f.name).toString())) {
            change.before.insert(f.name, json.value(f.name));
            change.after.insert(f.name, c.keep);
        } else if (f.type == Type::KindLink && json.value(f.name).toString() == kindName(c.kind) &&
                   c.others.contains(json.value(f.companion).toString())) {
            change.before.insert(f.companion, json.value(f.companion));
            change.after.insert(f.companion, c.keep);
        } else if (f.type == Type::Children) {
            QVariantList rows;
            const QStringList twice = uniteRows(f, {json.value(f.name).toList()}, c, survivorKey, rows);
            if (same(rows) != same(json.value(f.name))) {
                change.before.insert(f.name, json.value(f.name));
                change.after.insert(f.name, rows);
            }
            if (!twice.isEmpty()) {
                rules << MergesTr::tr("\"%1\" lists %2 twice in %3: kept once.")
                             .arg(db.records().title(kind, id), db.records().title(c.kind, c.keep), labelOf(f));
            }
        }
    }
    return change;
}
} // namespace

QVariantMap fieldsOf(RecordKind kind, const QVariantMap &json)
{
    QVariantMap fields;
    for (const FieldSpec &f : catalogue::Catalogue::builtin().kind(kind).fields) {
        fields.insert(f.name, json.value(f.name));
        if (!f.companion.isEmpty()) {
            fields.insert(f.companion, json.value(f.companion));
        }
    }
    return fields;
}

Plan planMerge(const Database &db, const MergeRequest &request)
{
    Plan plan;
    plan.records = loadAll(db, request);
    const QVariantMap known = fieldsOf(request.kind, {});
    for (auto it = request.chosen.cbegin(); it != request.chosen.cend(); ++it) {
        if (!known.contains(it.key())) {
            throw Error::invalid({{it.key(), MergesTr::tr("is not a field of %1").arg(kindName(request.kind))}});
        }
    }
    const Context c{request.kind, request.keepId, QSet<QString>(request.otherIds.cbegin(), request.otherIds.cend())};
    const catalogue::KindSpec &spec = catalogue::Catalogue::builtin().kind(request.kind);
    for (const FieldSpec &f : spec.fields) {
        planField(db, f, request, c, plan);
    }
    namesToAliases(spec, request, plan);

    // The records linking to the merged ones, each once; the merged records and the survivor
    // themselves are merged above, not moved.
    QHash<QString, qsizetype> seen;
    QList<Referrer> referrers;
    for (const QString &other : request.otherIds) {
        for (const Referrer &r : db.records().referrersOf(request.kind, other)) {
            if (r.kind == request.kind && (r.id == c.keep || c.others.contains(r.id))) {
                continue;
            }
            ++plan.links;
            const QString key = kindName(r.kind) + u':' + r.id;
            if (!seen.contains(key)) {
                seen.insert(key, referrers.size());
                referrers << r;
            }
        }
    }
    for (const Referrer &r : referrers) {
        ReferrerChange change = referrerChange(db, r.kind, r.id, r.inTrash, c, plan.rules);
        if (!change.after.isEmpty()) {
            plan.referrers << change;
        }
    }
    return plan;
}

} // namespace merging
} // namespace crm
