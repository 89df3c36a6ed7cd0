#pragma once

#include "formfields.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>

namespace crm::ui {

// The rows of one child list of a record (a delegate's stays, a deal's impact figures) as JSON
// objects, one column per field of the list. Fields that are not columns (each row's id) ride
// along untouched, so a row keeps its identity through an edit.
class ChildListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1
    }; // the JSON value: a code, an id, an ISO date
    using TitleLookup = std::function<QString(RecordKind, const QString &)>;

    using Today = std::function<QDate()>;

    // today: where a new row's "today" comes from (the session's clock seam), asked each time.
    ChildListModel(QList<ColumnSpec> columns, Today today, QObject *parent = nullptr);

    void setTitleLookup(TitleLookup lookup) { m_titleOf = std::move(lookup); }
    const QList<ColumnSpec> &columns() const { return m_columns; }
    int columnOf(const QString &field) const;
    void setRows(const QVariantList &rows);
    QVariantList rows() const;
    QVariantMap newRow() const;
    // The record kind a link cell points at (fixed, or named by another column of its row).
    std::optional<RecordKind> linkKind(const QModelIndex &index) const;
    // Marks cells with problems (row, field -> message); the cell shows it as a tool tip.
    void setCellErrors(const QHash<QPair<int, QString>, QString> &errors);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    QDate today() const;
    QString displayText(const QVariantMap &row, const ColumnSpec &column) const;
    QVariant normalised(const QVariantMap &row, const ColumnSpec &column, const QVariant &value) const;
    bool isMoneyRow(const QVariantMap &row, const ColumnSpec &column) const;

    QList<ColumnSpec> m_columns;
    QList<QVariantMap> m_rows;
    QHash<QPair<int, QString>, QString> m_errors;
    TitleLookup m_titleOf;
    Today m_today;
    mutable QHash<QString, QString> m_titles; // "kind/id" -> title, for painting
};

} // namespace crm::ui
