#pragma once

#include "domain/recordkind.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QPushButton;
class QTableView;

namespace crm::ui {

class DatabaseSession;
class FollowUpModel;

// The officers' to-do list: open follow-ups by due date, overdue ones highlighted. "Mark done"
// (Ctrl+D, as "done") is an undoable edit; Enter or a double-click opens the record the follow-up
// is about.
class FollowUpsView final : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpsView(DatabaseSession &session, QWidget *parent = nullptr);

    FollowUpModel *model() const { return m_model; }
    // Marks the selected follow-ups done, as one undo step.
    void markDone();

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);

private:
    void refresh();
    void openLinked(const QModelIndex &index);
    void updateActions();
    QStringList selectedOpenIds() const;

    DatabaseSession &m_session;
    FollowUpModel *m_model;
    QTableView *m_table;
    QAction *m_markDoneAction;
    QPushButton *m_markDoneButton;
    QCheckBox *m_showDone;
};

} // namespace crm::ui
