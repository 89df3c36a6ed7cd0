#pragma once

#include <QDialog>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTreeWidget;

namespace crm::ui {

class DatabaseSession;

// File > Backups…: the backups of the open database, newest first, with Back Up Now, Restore…,
// Open Folder and the folder they go to (a setting of this machine).
class BackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BackupsDialog(DatabaseSession &session, QWidget *parent = nullptr);

    void backUpNow();
    // Restores the backup chosen in the list, or one chosen as a file when none is; asks first.
    void restoreChosen();
    void chooseFolder();

    // The daily backup when the app closes (at most one a day, then the rotation); a failure is
    // shown to the officer but does not keep the app open.
    static void backUpOnClose(DatabaseSession &session, QWidget *parent);

private:
    void refresh();
    static QProgressDialog *createProgress(QWidget *parent, const QString &label);

    DatabaseSession &m_session;
    QLabel *m_folder;
    QTreeWidget *m_list;
    QPushButton *m_restore;
};

} // namespace crm::ui
