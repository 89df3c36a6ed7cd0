#pragma once

#include <QLabel>
#include <QList>

class QAction;

namespace crm::ui {

class DatabaseSession;

// The strip above the window's panes while the open database can only be read (an archive on
// read-only media, a read-only file or folder): it says why and what still works, and it keeps
// the window's editing actions switched off for as long as that database is open.
class ReadOnlyBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(DatabaseSession &session, QWidget *parent = nullptr);

    // Actions that change the database (new, save, delete, import...): off while it is read-only.
    void addEditingActions(const QList<QAction *> &actions);
    // Shows or hides the banner and switches the editing actions for the database now open.
    void refresh();

private:
    DatabaseSession &m_session;
    QList<QAction *> m_editingActions;
};

} // namespace crm::ui
