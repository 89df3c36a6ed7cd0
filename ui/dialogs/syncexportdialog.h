#pragma once

#include "sync/synchronizer.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace crm::ui {

class DatabaseSession;

// "Export Changes": for which peer, with an optional passphrase (typed twice; whoever imports the
// package needs it), to which file. Writes the changes that peer has not acknowledged yet.
class SyncExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SyncExportDialog(DatabaseSession &session, QWidget *parent = nullptr);

    // Asks for the file to write (through FileDialog, so tests answer it).
    void chooseFile();
    // Writes the package; false, with the reason shown, when the form is incomplete or core refuses.
    // Accepts the dialog on success.
    bool exportChanges();
    const std::optional<SyncExportReport> &exported() const { return m_result; }
    QString errorText() const;

private:
    void loadPeers();
    void updatePending();
    void showError(const QString &message);

    DatabaseSession &m_session;
    SyncStatus m_status;
    QComboBox *m_peer;
    QLabel *m_pending;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLineEdit *m_file;
    QLabel *m_error;
    QPushButton *m_exportButton;
    std::optional<SyncExportReport> m_result;
};

} // namespace crm::ui
