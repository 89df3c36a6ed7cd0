#pragma once

#include <QStyledItemDelegate>

namespace crm::ui {

class DatabaseSession;

// Edits the cells of a ChildListModel with the editor of each column's type: a calendar date,
// a combo of the column's choices, a record link with type-ahead, a currency with type-ahead.
class ChildListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChildListDelegate(DatabaseSession &session, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    DatabaseSession &m_session;
};

} // namespace crm::ui
