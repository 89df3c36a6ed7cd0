#pragma once

#include "sync/replicapreparer.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;

namespace crm::ui {

class DatabaseSession;
class RecordCheckList;

// "Prepare Mission Laptop": the laptop's name, what it takes (everything, or the records of the
// chosen missions, delegates and countries) and the file to write. Writing the copy turns sync on
// here; the officer then copies the file to the laptop and opens it there.
class PrepareReplicaDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PrepareReplicaDialog(DatabaseSession &session, QWidget *parent = nullptr);

    ReplicaScope scope() const;
    // Asks for the file to write (through FileDialog, so tests answer it).
    void chooseFile();
    // Writes the copy with a cancellable progress dialog; false, with the reason shown, when the
    // form is incomplete, core refuses or the officer cancelled. Accepts the dialog on success.
    bool prepare();
    const std::optional<PreparedReplica> &prepared() const { return m_result; }
    QString errorText() const;

private:
    QWidget *createScopeGroup();
    void loadChoices();
    void updateScope();
    void showError(const QString &message);

    DatabaseSession &m_session;
    QLineEdit *m_name;
    QRadioButton *m_everything;
    QRadioButton *m_chosen;
    QTabWidget *m_scopeTabs;
    RecordCheckList *m_missions;
    RecordCheckList *m_delegates;
    RecordCheckList *m_countries;
    QLineEdit *m_file;
    QLabel *m_error;
    QPushButton *m_prepareButton;
    std::optional<PreparedReplica> m_result;
};

} // namespace crm::ui
