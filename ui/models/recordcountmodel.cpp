#include "recordcountmodel.h"

#include "storage/recordstore.h"

#include <QLocale>

namespace crm::ui {

RecordCountModel::RecordCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordCountModel::setStore(const RecordStore *store)
{
    m_store = store;
    refresh();
}

void RecordCountModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        for (RecordKind kind : allRecordKinds()) {
            m_rows.append({kind, m_store->count(kind, false), m_store->count(kind, true)});
        }
    }
    endResetModel();
}

QString RecordCountModel::kindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Officer: return tr("Officers");
    case RecordKind::Agency: return tr("Agencies");
    case RecordKind::Delegate: return tr("Delegates");
    case RecordKind::Investor: return tr("Investors");
    case RecordKind::Contact: return tr("Contacts");
    case RecordKind::Mission: return tr("Missions");
    case RecordKind::Meeting: return tr("Meetings");
    case RecordKind::Deal: return tr("Deals");
    case RecordKind::FollowUp: return tr("Follow-ups");
    case RecordKind::Note: return tr("Notes");
    }
    return {};
}

int RecordCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case KindColumn:
            return role == RawValueRole ? QVariant(kindName(row.kind)) : QVariant(kindLabel(row.kind));
        case LiveColumn:
            return role == RawValueRole ? QVariant(row.live) : QVariant(QLocale().toString(row.live));
        case TrashColumn:
            return role == RawValueRole ? QVariant(row.trash) : QVariant(QLocale().toString(row.trash));
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != KindColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RecordCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KindColumn: return tr("Kind");
    case LiveColumn: return tr("Records");
    case TrashColumn: return tr("In Trash");
    default: return {};
    }
}

} // namespace crm::ui
