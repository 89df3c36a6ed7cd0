#include "trashmodel.h"

#include "databasesession.h"
#include "domain/dateformat.h"
#include "domain/error.h"
#include "domain/officerzone.h"
#include "recordkindlabel.h"
#include "recordtitle.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {

TrashModel::TrashModel(DatabaseSession &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    refresh();
}

void TrashModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    std::optional<Error> failure;
    if (const RecordQuery *query = m_session.query()) {
        try {
            m_rows = readRows(*query);
        } catch (const Error &error) {
            failure = error; // part of the Trash would pass for all of it: show none and say why
        }
    }
    endResetModel();
    if (failure) {
        m_session.reportReadFailure(*failure);
    }
}

QList<TrashModel::Row> TrashModel::readRows(const RecordQuery &query) const
{
    QList<Row> rows;
    QHash<QString, QString> officerNames;
    const auto officerName = [this, &officerNames](const QString &id) {
        if (id.isEmpty()) {
            return QString();
        }
        if (!officerNames.contains(id)) {
            // Purged since: the id is all there is. A read error is thrown on, not shown as an id.
            officerNames.insert(id, titleIfExists(*m_session.store(), RecordKind::Officer, id).value_or(id));
        }
        return officerNames.value(id);
    };
    for (RecordKind kind : allRecordKinds()) {
        PageQuery trash;
        trash.kind = kind;
        trash.trash = true;
        for (const QVariantMap &stored : query.page(trash, 0, -1)) {
            const QString by = stored.value(u"deleted_by"_s).toString();
            rows.append({{kind, stored.value(u"id"_s).toString(), stored.value(u"@title"_s).toString()},
                         QDateTime::fromString(stored.value(u"deleted_at"_s).toString(), Qt::ISODateWithMs),
                         by,
                         officerName(by)});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.deletedAt > b.deletedAt; });
    return rows;
}

std::optional<RecordRef> TrashModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return std::nullopt;
    }
    return m_rows.at(index.row()).record;
}

QModelIndex TrashModel::indexOf(RecordKind kind, const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].record.kind == kind && m_rows[row].record.id == id) {
            return index(static_cast<int>(row), 0);
        }
    }
    return {};
}

int TrashModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrashModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrashModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case KindColumn:
        return recordKindLabel(row.record.kind);
    case TitleColumn:
        return row.record.title;
    case DeletedAtColumn:
        return formatDateTime(toOfficerTime(row.deletedAt));
    case DeletedByColumn:
        return row.deletedByName;
    default:
        return {};
    }
}

QVariant TrashModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case KindColumn:
        return kindName(row.record.kind);
    case TitleColumn:
        return row.record.title;
    case DeletedAtColumn:
        return row.deletedAt.toString(Qt::ISODateWithMs);
    case DeletedByColumn:
        return row.deletedById;
    default:
        return {};
    }
}

QVariant TrashModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(row.record.title) : QVariant();
    default:
        return {};
    }
}

QVariant TrashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Record");
    case DeletedAtColumn:
        return tr("Deleted");
    case DeletedByColumn:
        return tr("Deleted by");
    default:
        return {};
    }
}

} // namespace crm::ui
