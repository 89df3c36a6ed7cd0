#pragma once

#include "storage/recordquery.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace crm::ui {

class DatabaseSession;
class TrashModel;

// The Trash across all kinds. Restore is an undoable edit; purge deletes for good after asking,
// and says so, because it cannot be undone.
class TrashView final : public QWidget
{
    Q_OBJECT

public:
    explicit TrashView(DatabaseSession &session, QWidget *parent = nullptr);

    TrashModel *model() const { return m_model; }
    // Act on the selected records.
    void restoreSelected();
    void purgeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateActions();
    QList<RecordRef> selectedRecords() const;

    DatabaseSession &m_session;
    TrashModel *m_model;
    QTableView *m_table;
    QPushButton *m_restoreButton;
    QPushButton *m_purgeButton;
};

} // namespace crm::ui
