#pragma once

#include "sync/synchronizer.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace crm::ui {

class DatabaseSession;

// The conflicts sync left for an officer to decide: two replicas changed one field (keep either
// value or type the one it should have), or one moved a record to the Trash while the other edited
// it (keep it there, or restore it with the edits). Each decision is written at once and travels
// to the other replicas with the next export; the list then moves on to the next conflict.
class SyncConflictsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SyncConflictsDialog(DatabaseSession &session, QWidget *parent = nullptr);

    qsizetype conflictCount() const { return m_conflicts.size(); }
    const QList<SyncConflict> &conflicts() const { return m_conflicts; }
    void selectConflict(int row);
    int currentRow() const;
    // Resolves the conflict on show with the value chosen (or typed); false, with the reason shown,
    // when nothing is chosen or core refuses the value.
    bool applyChoice();
    // Resolves the record-deleted-while-edited conflict on show.
    bool resolveDeletion(bool keepDeleted);
    QString errorText() const;
    // Re-reads the conflicts (another import may have brought or settled some).
    void reload();

Q_SIGNALS:
    void conflictResolved();

private:
    QWidget *createReviewPage();
    void showConflict(int row);
    void addSameFieldChoices(const SyncConflict &conflict, QWidget *page, QVBoxLayout *layout);
    void addDeletionDetails(const SyncConflict &conflict, QWidget *page, QVBoxLayout *layout);
    void showError(const QString &message);
    void afterResolution();

    DatabaseSession &m_session;
    QList<SyncConflict> m_conflicts;
    QStackedWidget *m_pages;
    QLabel *m_summary;
    QListWidget *m_list;
    QScrollArea *m_details;
    QButtonGroup *m_valueGroup = nullptr;
    QRadioButton *m_newValueChoice = nullptr;
    QLineEdit *m_newValue = nullptr;
    QLabel *m_error;
    QPushButton *m_apply;
    QPushButton *m_keepDeleted;
    QPushButton *m_restore;
};

} // namespace crm::ui
