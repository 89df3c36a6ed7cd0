#pragma once

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace crm::ui {

class DatabaseSession;

// Edit > Preferences: what each officer sets for themselves on this computer (the language of the
// screens, their time zone, the printed documents' language, paper and templates, the report
// currency, who they are). OK checks and saves them all; the time zone applies at once, the
// language at the next start, which the dialog offers to make now (restartWanted()).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(DatabaseSession &session, QWidget *parent = nullptr);

    // Whether the officer, having changed the language, asked to start again now.
    bool restartWanted() const { return m_restartWanted; }
    void accept() override;

private:
    QWidget *languageGroup();
    QWidget *documentsGroup();
    QWidget *officerGroup();
    void chooseTemplateDir();
    void changeOfficer();
    void showOfficer();
    void showError(const QString &text, QWidget *field);
    // The IANA id chosen or typed (in any case, or a part of one zone's name); empty for the
    // computer's zone, nullopt for a name of no zone.
    std::optional<QString> chosenZone() const;

    DatabaseSession &m_session;
    QComboBox *m_language;
    QComboBox *m_zone;
    QComboBox *m_documentLanguage;
    QComboBox *m_pageSize;
    QLineEdit *m_templateDir;
    QComboBox *m_currency;
    QLabel *m_officer;
    QPushButton *m_changeOfficer = nullptr;
    QLabel *m_error;
    bool m_restartWanted = false;
};

} // namespace crm::ui
