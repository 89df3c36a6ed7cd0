#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>
#include <utility>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace crm {
struct FieldError;
}

namespace crm::ui {

class DatabaseSession;
class RecordCheckList;
class RecordPicker;

// Fast entry of a meeting and its follow-up on one screen, keyboard only: type-ahead pickers,
// attendees from both sides ticked in lists, Ctrl+Return saves. Saving pushes one undoable
// command; refused input is reported next to each field (labels named "<field>Error", e.g.
// "investorIdError", "followupDueDateError") and everything typed stays on screen.
class MeetingEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MeetingEntryDialog(DatabaseSession &session, QWidget *parent = nullptr);

    // Preselects a record (when opened from an investor's or a mission's page).
    void setInvestor(const QString &id);
    void setMission(const QString &id);
    // Ticks a delegate as attending (when opened from the delegate's timeline).
    void setDelegate(const QString &id);
    // Returns false and shows the problems when the entry is refused.
    bool save();
    QString savedMeetingId() const { return m_savedId; }

    void reject() override;

private:
    QWidget *createMeetingGroup();
    QWidget *createAttendeesGroup();
    QWidget *createNotesGroup();
    QWidget *createFollowUpGroup();
    void addRow(QFormLayout *form, const QString &field, const QString &label, QWidget *editor);
    // The label (with its buddy) and the error label of one field; both registered for showErrors().
    std::pair<QLabel *, QLabel *> fieldLabels(const QString &field, const QString &label, QWidget *editor);
    QLabel *addErrorLabel(const QString &field, const QString &name);
    void setTabOrderChain();
    void loadChoices();
    void onMissionChanged(const QString &id);
    void onInvestorChanged(const QString &id);
    void suggestTimeZone();
    void setDefaultStart();
    QVariantMap meetingJson() const;
    void clearErrors();
    void showErrors(const QList<FieldError> &errors);
    bool hasInput() const;

    DatabaseSession &m_session;
    QString m_savedId;
    bool m_startTouched = false;
    bool m_zoneTouched = false;
    QStringList m_missionTicks;  // ticked because they took part in the chosen mission
    QStringList m_missionPlaces; // the chosen mission's, which locate its meetings

    RecordPicker *m_mission;
    RecordPicker *m_investor;
    QDateTimeEdit *m_startsAt;
    QComboBox *m_timeZone;
    QLineEdit *m_place;
    QLineEdit *m_interpreter;
    QLineEdit *m_language;
    QComboBox *m_interest;
    RecordCheckList *m_delegates;
    RecordCheckList *m_contacts;
    RecordCheckList *m_officers;
    QPlainTextEdit *m_informationRequested;
    QLineEdit *m_nextStep;
    QPlainTextEdit *m_summary;
    QLineEdit *m_followUpTitle;
    QComboBox *m_followUpOwner;
    QLineEdit *m_followUpDue;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_formError = nullptr;
    QHash<QString, QLabel *> m_errorLabels;   // JSON field -> its error label
    QHash<QString, QWidget *> m_fieldEditors; // JSON field -> the widget to focus
    QHash<QString, QString> m_fieldNames;     // JSON field -> its label, without the mnemonic
};

} // namespace crm::ui
