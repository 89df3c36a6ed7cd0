#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

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
    DatabaseSession &m_session;
    QComboBox *m_existing;
    QLineEdit *m_name;
    QLineEdit *m_initials;
    QLabel *m_error;
    QString m_officerId;
};

} // namespace crm::ui
