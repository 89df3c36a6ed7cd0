#pragma once

#include "domain/recordkind.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace crm::ui {

class DatabaseSession;
class RecordListModel;

// One kind's list: a quick filter, the sortable list (SQL-sorted, read lazily) and its count.
class RecordListPane final : public QWidget
{
    Q_OBJECT

public:
    RecordListPane(DatabaseSession &session, RecordKind kind, QWidget *parent = nullptr);

    RecordKind kind() const;
    QString currentId() const;
    // The records selected in the list (several with Ctrl or Shift), in the list's order; the
    // current one, which the record pane shows, is among them. For Set Field, Merge and the like.
    QStringList selectedIds() const;
    void selectRecord(const QString &id);
    void focusFilter();
    QTreeView *view() const { return m_view; }
    RecordListModel *model() const { return m_model; }

Q_SIGNALS:
    void currentRecordChanged(crm::RecordKind kind, const QString &id);
    void openRequested(crm::RecordKind kind, const QString &id);
    // The set of selected records changed (selectedIds()).
    void selectionChanged();

private:
    void updateCount();
    void emitCurrent();
    // Selects again those of ids the reloaded list holds, the current one kept current.
    void reselect(const QString &current, const QStringList &ids);

    DatabaseSession &m_session;
    RecordListModel *m_model;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_count;
    QTimer *m_filterTimer;
};

} // namespace crm::ui
