#pragma once

#include "domain/recordkind.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTreeView;

namespace crm::ui {

class DatabaseSession;
class DuplicateGroupsModel;

// Records > Find Duplicates: scans one kind for records that look like the same one
// (DuplicateFinder::scan, with progress and Cancel) and lists the groups with why and how sure.
// Open shows a record in the window; Merge… hands the chosen group to whoever merges (the dialog
// merges nothing itself, and Merge… stays off while nobody listens to mergeRequested()).
// Modeless, so that the officer can look at a record and come back to the list.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicatesDialog(DatabaseSession &session, QWidget *parent = nullptr);

    void setKind(RecordKind kind);
    RecordKind kind() const;
    // Scans the chosen kind; false when cancelled or refused (the status line says which).
    bool scan();

    // Whether someone merges what mergeRequested() hands over (default: whether it is connected);
    // Merge… is off otherwise.
    void setMergeHandled(std::function<bool()> handled) { m_mergeHandled = std::move(handled); }

    DuplicateGroupsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Called on each progress step of a scan with its dialog (which shows only after half a second);
    // tests watch or cancel there.
    using ProgressObserver = std::function<void(QProgressDialog &dialog, qint64 done, qint64 total)>;
    static void setProgressObserver(ProgressObserver observer);

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);
    // The records of the chosen group, oldest first, for the merge dialog.
    void mergeRequested(crm::RecordKind kind, const QStringList &ids);

private:
    void openCurrent();
    void requestMerge();
    void updateButtons();
    void onRecordsChanged();
    void clearResults(const QString &status);

    DatabaseSession &m_session;
    QComboBox *m_kind;
    QPushButton *m_scan;
    QTreeView *m_view;
    DuplicateGroupsModel *m_model;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_merge;
    std::function<bool()> m_mergeHandled;
};

} // namespace crm::ui
