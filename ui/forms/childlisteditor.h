#pragma once

#include "formfields.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace crm::ui {

class ChildListModel;
class DatabaseSession;

// Edits one child list of a record in a table: Add, Remove and Move up/down beside it, each
// cell edited with the editor of its column's type. Tab leaves the table (arrows move inside).
class ChildListEditor final : public QWidget
{
    Q_OBJECT

public:
    ChildListEditor(const FormRow &field, DatabaseSession &session, QWidget *parent = nullptr);

    ChildListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setRows(const QVariantList &rows);
    QVariantList rows() const;

    void addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);

Q_SIGNALS:
    void rowsEdited();
    void openRecordRequested(crm::RecordKind kind, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPushButton *makeButton(const QString &name, const QString &text, const QString &help);
    void updateButtons();
    void updateHeight();
    void selectRow(int row);

    ChildListModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace crm::ui
