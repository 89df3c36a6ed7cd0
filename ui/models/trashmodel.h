#pragma once

#include "storage/recordquery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <optional>

namespace crm::ui {

class DatabaseSession;

// Every record in the Trash, whatever its kind, most recently deleted first. The Trash is small
// (records leave it by restore or purge), so it is read whole rather than a page at a time.
class TrashModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        TitleColumn,
        DeletedAtColumn,
        DeletedByColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1
    };

    explicit TrashModel(DatabaseSession &session, QObject *parent = nullptr);

    // Re-reads the Trash; when the file cannot be read it shows nothing and reports it to the session.
    void refresh();
    std::optional<RecordRef> recordAt(const QModelIndex &index) const;
    QModelIndex indexOf(RecordKind kind, const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RecordRef record;
        QDateTime deletedAt; // UTC
        QString deletedById;
        QString deletedByName;
    };
    QList<Row> readRows(const RecordQuery &query) const;
    QVariant displayValue(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;

    DatabaseSession &m_session;
    QList<Row> m_rows;
};

} // namespace crm::ui
