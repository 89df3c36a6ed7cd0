#include "searchresultsmodel.h"

#include "domain/bidi.h"
#include "forms/formfields.h"
#include "recordkindlabel.h"

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// "Reading (kana)" for name_reading: the form's own label of the field that matched.
QString fieldLabel(RecordKind kind, const QString &field)
{
    for (const FormRow &spec : formFields(kind)) {
        if (spec.name == field) {
            return plainLabel(spec.label);
        }
    }
    return field;
}
} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_groups.clear();
    m_hitCount = hits.size();
    // Search returns its hits grouped, best group first; keep that order.
    for (const SearchHit &hit : hits) {
        if (m_groups.isEmpty() || m_groups.last().kind != hit.kind) {
            m_groups.append({hit.kind, {}});
        }
        m_groups.last().hits.append(hit);
    }
    endResetModel();
}

std::optional<SearchHit> SearchResultsModel::hitAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow) {
        return std::nullopt;
    }
    const Group &group = m_groups.at(static_cast<qsizetype>(index.internalId()));
    return group.hits.value(index.row());
}

QModelIndex SearchResultsModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kGroupRow);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId()), 0, kGroupRow);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.internalId() == kGroupRow && parent.column() == 0) {
        return static_cast<int>(m_groups.at(parent.row()).hits.size());
    }
    return 0;
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == kGroupRow) {
        return groupData(m_groups.at(index.row()), index.column(), role);
    }
    return hitData(m_groups.at(static_cast<qsizetype>(index.internalId())).hits.at(index.row()), index.column(), role);
}

QVariant SearchResultsModel::groupData(const Group &group, int column, int role) const
{
    if (role == Qt::DisplayRole && column == TitleColumn) {
        return tr("%1 (%2)", "kind of record (number found)")
            .arg(recordKindPluralLabel(group.kind))
            .arg(group.hits.size());
    }
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant SearchResultsModel::hitData(const SearchHit &hit, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case TitleColumn:
            if (hit.ownerKind && !hit.ownerTitle.isEmpty()) {
                return tr("%1 (about %2)", "a note's title (the record it is about)")
                    .arg(isolate(hit.title), isolate(hit.ownerTitle));
            }
            return isolate(hit.title);
        case MatchedColumn:
            return hit.matched.isEmpty() ? QVariant()
                                         : QVariant(tr("%1: %2", "field label: text that matched")
                                                        .arg(fieldLabel(hit.kind, hit.field), hit.matched));
        default:
            break;
        }
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Found");
    case MatchedColumn:
        return tr("Where it matched");
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // Groups are headings: only hits can be chosen and opened.
    return index.internalId() == kGroupRow ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace crm::ui
