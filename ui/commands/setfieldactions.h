#pragma once

#include <QObject>

class QAction;
class QStackedWidget;

namespace crm::ui {

class DatabaseSession;
class RecordListPane;

// Edit > Set Field... and the same entry in every list's context menu: sets one field on the
// records selected in the list (SetFieldDialog asks which field and value) as one undo step
// (SetFieldCommand). Kept out of MainWindow, which only places the action in its Edit menu.
class SetFieldActions final : public QObject
{
    Q_OBJECT

public:
    // lists: the window's stack of list panes; the action works on the one on show and is enabled
    // while it is a record list with a selection and the database can be written.
    SetFieldActions(DatabaseSession &session, QStackedWidget *lists, QObject *parent);

    QAction *action() const { return m_action; }

    // The entry in the pane's context menu (its view shows its actions), enabled with a selection.
    static void addListAction(RecordListPane &pane, DatabaseSession &session);
    // Opens the dialog for the pane's selection and applies the answer; false when nothing changed
    // (cancelled, nothing to change, or refused with a message naming the record and field).
    static bool setField(DatabaseSession &session, RecordListPane &pane);

private:
    void refresh();

    DatabaseSession &m_session;
    QStackedWidget *m_lists;
    QAction *m_action;
};

} // namespace crm::ui
