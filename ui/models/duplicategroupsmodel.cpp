#include "duplicategroupsmodel.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::ui {

DuplicateGroupsModel::DuplicateGroupsModel(QObject *parent) : QAbstractItemModel(parent) {}

void DuplicateGroupsModel::setGroups(const QList<DuplicateGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

int DuplicateGroupsModel::removeGone(const std::function<bool(RecordKind, const QString &)> &stillThere)
{
    int removed = 0;
    for (int row = static_cast<int>(m_groups.size()) - 1; row >= 0; --row) {
        const DuplicateGroup &group = m_groups.at(row);
        int left = 0;
        for (const QString &id : group.ids) {
            left += stillThere(group.kind, id) ? 1 : 0;
        }
        if (left < 2) {
            beginRemoveRows({}, row, row);
            m_groups.removeAt(row);
            endRemoveRows();
            ++removed;
        }
    }
    return removed;
}

std::optional<DuplicateGroup> DuplicateGroupsModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return std::nullopt;
    }
    const int group = index.internalId() == kGroupRow ? index.row() : static_cast<int>(index.internalId());
    return m_groups.value(group);
}

QString DuplicateGroupsModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupRow) {
        return {};
    }
    return m_groups.at(static_cast<qsizetype>(index.internalId())).ids.value(index.row());
}

QModelIndex DuplicateGroupsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kGroupRow);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex DuplicateGroupsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId()), 0, kGroupRow);
}

int DuplicateGroupsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.internalId() == kGroupRow && parent.column() == 0) {
        return static_cast<int>(m_groups.at(parent.row()).ids.size());
    }
    return 0;
}

int DuplicateGroupsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DuplicateGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == kGroupRow) {
        return groupData(m_groups.at(index.row()), index.column(), role);
    }
    return recordData(m_groups.at(static_cast<qsizetype>(index.internalId())), index.row(), index.column(), role);
}

QString DuplicateGroupsModel::reasonsText(const DuplicateGroup &group)
{
    QStringList parts;
    for (qsizetype i = 0; i < group.reasons.size(); ++i) {
        const QString value = group.values.value(i);
        parts << (value.isEmpty() ? duplicateReasonText(group.reasons.at(i))
                                  : tr("%1: %2", "why they match: the value they share (same e-mail: a@b.example)")
                                        .arg(duplicateReasonText(group.reasons.at(i)), value));
    }
    return parts.join(tr("; ", "between the reasons of one group"));
}

QVariant DuplicateGroupsModel::groupData(const DuplicateGroup &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn:
            return group.titles.join(tr(" · ", "between the titles of records that look alike"));
        case ReasonColumn:
            return reasonsText(group);
        case ScoreColumn:
            return role == Qt::DisplayRole ? QLocale().toString(group.score) : tr("How sure the match is, out of 100");
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case TitleColumn:
            return group.titles.value(0);
        case ReasonColumn:
            return reasonsText(group);
        case ScoreColumn:
            return group.score;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column == ScoreColumn ? QVariant(Qt::AlignTrailing | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (column == TitleColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant DuplicateGroupsModel::recordData(const DuplicateGroup &group, int record, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        return column == TitleColumn ? QVariant(group.titles.value(record)) : QVariant();
    case IdRole:
        return group.ids.value(record);
    default:
        return {};
    }
}

QVariant DuplicateGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Records");
    case ReasonColumn:
        return tr("Why they look alike");
    case ScoreColumn:
        return tr("Score");
    default:
        return {};
    }
}

Qt::ItemFlags DuplicateGroupsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace crm::ui
