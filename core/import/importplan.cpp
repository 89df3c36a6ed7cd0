#include "importplan.h"

#include "domain/catalogue/catalogue.h"
#include "domain/recordcodec.h"
#include "domain/recordid.h"
#include "domain/searchfields.h"
#include "domain/similarity.h"
#include "domain/textfold.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <map>

using namespace Qt::StringLiterals;

namespace crm::imports {
namespace {
struct ImportPlannerTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::imports::ImportPlanner)
};

constexpr qsizetype kProgressStep = 500;

// The live records of a kind that a link column can name, by each of their names folded: the title
// lists show, every name search finds them by (an investor's Latin name, reading and aliases) and an
// officer's initials.
class NameIndex final
{
public:
    void add(RecordKind kind, const QVariantMap &stored)
    {
        const QString id = stored.value(u"id"_s).toString();
        QStringList names{codecFor(kind).title(stored)};
        for (const SearchField &field : searchFields(kind, stored)) {
            if (field.name) {
                names << field.text;
            }
        }
        if (kind == RecordKind::Officer) {
            names << stored.value(u"initials"_s).toString();
        }
        QSet<QString> folded;
        for (const QString &name : std::as_const(names)) {
            const QString key = foldForSearch(name).simplified();
            if (!key.isEmpty() && !folded.contains(key)) {
                folded.insert(key);
                m_byName[key].append(id);
            }
        }
        m_ids.insert(id);
    }

    // The ids the text names: a record's id as it is, else every record one of whose names folds alike.
    QStringList lookup(const QString &text) const
    {
        if (m_ids.contains(text.trimmed())) {
            return {text.trimmed()};
        }
        return m_byName.value(foldForSearch(text).simplified());
    }

private:
    QHash<QString, QStringList> m_byName;
    QSet<QString> m_ids;
};

struct Existing
{
    QString id;
    QString title;
};

// The live records of the imported kind by the keys a row may share with one of them: the rule of
// domain/similarity.h (the form's warning and Find Duplicates use it too), and the title folded for
// the kinds that rule does not cover.
class DuplicateIndex final
{
public:
    void add(RecordKind kind, const QVariantMap &stored)
    {
        const Existing record{stored.value(u"id"_s).toString(), codecFor(kind).title(stored)};
        for (const MatchKey &key : keysOf(kind, stored, record.title)) {
            if (!m_byKey.contains(key.key)) {
                m_byKey.insert(key.key, record);
            }
        }
    }

    // The first key the row shares with a record: e-mail, phone and website before the name, which
    // two people or companies may share.
    std::optional<DuplicateMatch> find(RecordKind kind, const QVariantMap &row, const QString &title) const
    {
        for (const MatchKey &key : keysOf(kind, row, title)) {
            const auto found = m_byKey.constFind(key.key);
            if (found != m_byKey.cend()) {
                return DuplicateMatch{found->id, found->title, reasonOf(key.reason), key.value};
            }
        }
        return std::nullopt;
    }

private:
    // matchKeys() strongest reason first, then the title as a name.
    static QList<MatchKey> keysOf(RecordKind kind, const QVariantMap &record, const QString &title)
    {
        QList<MatchKey> keys = matchKeys(kind, record);
        std::stable_sort(keys.begin(), keys.end(),
                         [](const MatchKey &a, const MatchKey &b) { return int(a.reason) < int(b.reason); });
        const QString titleKey = nameKey(title);
        if (!titleKey.isEmpty()) {
            keys.append({crm::DuplicateReason::Name, u"n:"_s + titleKey, title});
        }
        return keys;
    }
    static DuplicateReason reasonOf(crm::DuplicateReason reason)
    {
        switch (reason) {
        case crm::DuplicateReason::Email:
            return DuplicateReason::Email;
        case crm::DuplicateReason::Phone:
            return DuplicateReason::Phone;
        case crm::DuplicateReason::Website:
            return DuplicateReason::Website;
        case crm::DuplicateReason::Name:
        case crm::DuplicateReason::Alias:
            break;
        }
        return DuplicateReason::Name;
    }

    QHash<QString, Existing> m_byKey;
};

// The title the row's record will have (for the name match), or empty when the row cannot be read
// as a record yet.
QString titleOf(RecordKind kind, const QVariantMap &record, const Clock &clock)
{
    try {
        const KindCodec &codec = codecFor(kind);
        return codec.title(codec.normalise(record, MapFormat::Json, clock));
    } catch (const Error &) {
        return {};
    }
}

QString linkMessage(RecordKind target, const QString &text, qsizetype matches)
{
    if (matches == 0) {
        return ImportPlannerTr::tr("no %1 is named \"%2\"").arg(kindName(target), text);
    }
    return ImportPlannerTr::tr("%1 %2 records are named \"%3\": choose one in the file")
        .arg(matches)
        .arg(kindName(target), text);
}
} // namespace

qsizetype ImportPlan::refusedCount() const
{
    return std::count_if(rows.cbegin(), rows.cend(), [](const PlannedRow &row) { return row.refused(); });
}

qsizetype ImportPlan::duplicateCount() const
{
    return std::count_if(rows.cbegin(), rows.cend(),
                         [](const PlannedRow &row) { return !row.refused() && row.duplicate.has_value(); });
}

void ImportPlan::chooseForAll(DuplicateChoice choice)
{
    for (PlannedRow &row : rows) {
        if (row.duplicate) {
            row.choice = choice;
        }
    }
}

ImportPlanner::ImportPlanner(Database &db) : m_db(db) {}

ImportPlan ImportPlanner::plan(const ImportSource &source, const interchange::ColumnMapping &mapping,
                               const interchange::ConversionOptions &options, const ImportProgress &progress)
{
    const RecordKind kind = mapping.kind();
    const interchange::Table &table = source.table;
    ImportPlan plan;
    plan.kind = kind;
    plan.fileName = source.fileName;
    plan.encoding = table.encoding;
    plan.notes = table.notes;
    for (const interchange::ColumnMatch &column : mapping.columns()) {
        if (!column.note.isEmpty()) {
            plan.notes << ImportPlannerTr::tr("Column \"%1\": %2").arg(column.header, column.note);
        }
    }
    const qint64 total = table.rows.size();
    if (progress && !progress(0, total)) {
        plan.cancelled = true;
        return plan;
    }

    // Which kinds the link columns name; each kind needed is read once, for both indexes.
    QHash<QString, RecordKind> linkKinds;
    for (const interchange::ColumnMatch &column : mapping.columns()) {
        const catalogue::FieldSpec *spec = catalogue::Catalogue::builtin().field(kind, column.field);
        if (spec && spec->type == catalogue::Type::Link && spec->linkKind) {
            linkKinds.insert(spec->name, *spec->linkKind);
        }
    }
    std::map<RecordKind, NameIndex> names;
    DuplicateIndex duplicates;
    QList<RecordKind> kinds{kind};
    for (RecordKind target : std::as_const(linkKinds)) {
        if (!kinds.contains(target)) {
            kinds << target;
        }
    }
    for (RecordKind k : std::as_const(kinds)) {
        const bool linked = std::find(linkKinds.cbegin(), linkKinds.cend(), k) != linkKinds.cend();
        NameIndex *index = linked ? &names[k] : nullptr;
        m_db.records().forEach(k, ListQuery{}, [&](const QVariantMap &stored) {
            if (k == kind) {
                duplicates.add(k, stored);
            }
            if (index) {
                index->add(k, stored);
            }
            return true;
        });
    }

    const interchange::RowConverter converter(mapping, m_db.clock(), options);
    plan.rows.reserve(table.rows.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (progress && i > 0 && i % kProgressStep == 0 && !progress(i, total)) {
            plan.cancelled = true;
            return plan;
        }
        interchange::RowConversion converted = converter.convert(table, i);
        PlannedRow row;
        row.sourceRow = converted.sourceRow;
        row.record = std::move(converted.record);
        row.errors = std::move(converted.errors);
        for (auto link = converted.links.cbegin(); link != converted.links.cend(); ++link) {
            const QString text = link.value().trimmed();
            if (text.isEmpty()) {
                continue;
            }
            const RecordKind target = linkKinds.value(link.key());
            const QStringList ids = names[target].lookup(text);
            if (ids.size() == 1) {
                row.record.insert(link.key(), ids.constFirst());
                continue;
            }
            const qsizetype column = mapping.columnOf(link.key());
            row.errors.append({row.sourceRow, column, column >= 0 ? mapping.columns().at(column).header : QString(),
                               link.key(), linkMessage(target, text, ids.size())});
        }
        row.record.insert(u"id"_s, newRecordId());
        if (!row.refused()) {
            row.duplicate = duplicates.find(kind, row.record, titleOf(kind, row.record, m_db.clock()));
        }
        plan.rows.append(std::move(row));
    }
    if (progress && !progress(total, total)) {
        plan.cancelled = true;
    }
    return plan;
}

} // namespace crm::imports
