#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace crm::ui {

class DatabaseSession;

// "Who is making changes?": asked once, then remembered; every change is stamped with the answer.
class OfficerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OfficerDialog(DatabaseSession &session, QWidget *parent = nullptr);

    // The officer chosen or created; empty until accepted.
    QString officerId() const { return m_officerId; }
    void accept() override;

    // Sets the session's officer from the remembered initials, or asks. Returns false when the
    // user declined (the app then works without an officer stamp).
    static bool ensureOfficer(DatabaseSession &session, QWidget *parent);

private:
    // The officer this user chose before (in this session, or by the remembered initials); empty if none.
    static QString previousOfficer(DatabaseSession &session);
    void updateButtons();

    DatabaseSession &m_session;
    QComboBox *m_existing;
    QLineEdit *m_name;
    QLineEdit *m_initials;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
    QString m_officerId;
};

} // namespace crm::ui
