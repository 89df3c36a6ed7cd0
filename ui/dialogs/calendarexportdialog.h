#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLabel;

namespace crm::ui {

class DatabaseSession;
class DateEdit;
class ErrorLabel;

// File > Export > Calendar: the meetings (each in its own time zone) and open follow-ups of a date
// range, this month unless the officer changes it, optionally only the session officer's, written
// as one .ics file that Outlook, Google Calendar and phones import.
class CalendarExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarExportDialog(DatabaseSession &session, QWidget *parent = nullptr);

    // Asks for the file and writes it; closes the dialog when written. False when nothing was
    // written (a range that does not read, the file chooser cancelled, or a refusal shown).
    bool exportCalendar();

private:
    DatabaseSession &m_session;
    DateEdit *m_from;
    DateEdit *m_to;
    QCheckBox *m_onlyMine;
    ErrorLabel *m_error;
};

} // namespace crm::ui
