#pragma once

#include "domain/recordkind.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace crm::ui {
class RecordListPane;
}

namespace crm::ui {

class DatabaseSession;

// The one way into a merge from the window: a list's "Merge..." on its selected records and the
// Find Duplicates view's mergeRequested() both call mergeRecords(), which shows the records side by
// side (MergeDialog) and, when the officer merges, pushes the merge as one undo step.
class MergeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeActions)

public:
    // window: the parent of the dialog and of the messages.
    MergeActions(DatabaseSession &session, QWidget *window);

    // Adds "Merge…" to the pane's context menu: enabled with two or more records selected, the
    // current one proposed to stay.
    void addListAction(RecordListPane &pane);

public Q_SLOTS:
    // ids: two or more records of kind, the first proposed to stay. A preview core refuses (a
    // record in the Trash, one gone, a record twice) is shown and nothing opens.
    void mergeRecords(crm::RecordKind kind, const QStringList &ids);

Q_SIGNALS:
    // The records were merged into survivorId (a list may select it).
    void merged(crm::RecordKind kind, const QString &survivorId);

private:
    DatabaseSession &m_session;
    QWidget *m_window;
};

} // namespace crm::ui
