#pragma once

#include "domain/recordkind.h"
#include "services/duplicates/duplicatefinder.h"

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace crm::ui {

class DatabaseSession;
class RecordForm;

// Existing records that look like the one being typed (DuplicateFinder::similarTo on what the form
// holds), shown in a band above the form's fields a moment after the officer stops typing: each
// with why it matches and Open; "Create anyway" hides the band for the rest of this draft. It never
// takes the keyboard: the officer goes on typing while it fills.
class DuplicateWarning final : public QFrame
{
    Q_OBJECT

public:
    DuplicateWarning(RecordForm &form, DatabaseSession &session, QWidget *parent = nullptr);

    // Restarts the typing pause: the check runs when it ends.
    void schedule();
    // Checks now what the form holds (the pause ended, a save, a test that does not wait).
    void checkNow();
    bool isCheckPending() const;
    // A record was loaded or a new one started: no warning, nothing dismissed.
    void reset();
    // "Create anyway": hides the warning for this draft.
    void dismiss();
    bool isDismissed() const { return m_dismissed; }
    // What the last check found, best first.
    const QList<DuplicateMatch> &matches() const { return m_matches; }
    // Before a new record is saved: checks what is typed now, and when it looks like an existing
    // record the officer has not dismissed, asks (MessageBox) whether to create it anyway, naming the
    // closest one. True to go ahead.
    bool confirmCreate(QWidget *parent);
    QTimer *typingPause() const { return m_typingPause; }

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void showMatches();
    void open(const DuplicateMatch &match);
    QString reasonText(const DuplicateMatch &match) const;

    RecordForm &m_form;
    DatabaseSession &m_session;
    QTimer *m_typingPause;
    QLabel *m_heading;
    QPushButton *m_createAnyway;
    QGridLayout *m_rows;
    QList<QWidget *> m_rowWidgets;
    QList<DuplicateMatch> m_matches;
    bool m_dismissed = false;
};

} // namespace crm::ui
