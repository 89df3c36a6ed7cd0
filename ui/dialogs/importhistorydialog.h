#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace crm::ui {

class DatabaseSession;

// File > Import History…: the import batches of the open database, newest first (when, which
// file, as which kind, what each did, whether it was reverted), and Revert Import for the one
// chosen, refused naming the records edited since.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(DatabaseSession &session, QWidget *parent = nullptr);

    void refresh();
    void revertChosen();

private:
    enum Column
    {
        Imported,
        File,
        Kind,
        Created,
        Updated,
        Skipped,
        Reverted,
        ColumnCount
    };

    void updateButtons();

    DatabaseSession &m_session;
    QTreeWidget *m_list;
    QPushButton *m_revert;
};

} // namespace crm::ui
