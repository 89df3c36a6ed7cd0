#pragma once

#include "domain/recordkind.h"

#include <QAbstractTableModel>

namespace crm {
class RecordStore;
}

namespace crm::ui {

// How many records of each kind the open database holds, live and in the Trash.
class RecordCountModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, LiveColumn, TrashColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit RecordCountModel(QObject *parent = nullptr);

    void setStore(const RecordStore *store);
    void refresh();
    static QString kindLabel(RecordKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RecordKind kind;
        qint64 live;
        qint64 trash;
    };
    const RecordStore *m_store = nullptr;
    QList<Row> m_rows;
};

} // namespace crm::ui
