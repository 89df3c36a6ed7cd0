#pragma once

#include "domain/recordkind.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace crm::ui {

class DashboardView;
class DatabaseSession;
class DuplicateCommands;
class MergeActions;
class FollowUpsView;
class PipelineBoard;
class ReadOnlyBanner;
class RecordListPane;
class RecordPane;
class SyncCommands;
class SyncStatusWidget;
class TrashView;

// The application window. It composes the navigation sidebar, the list panes and the record
// pane, and wires the menus to them; the panes do the work and the session owns the database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Sidebar entries; the record kinds come first in the sidebar's order.
    enum class Section
    {
        Delegates,
        Agencies,
        Investors,
        Contacts,
        Missions,
        Meetings,
        Deals,
        Pipeline,
        FollowUps,
        Dashboard,
        Notes,
        Officers,
        Trash
    };

    explicit MainWindow(DatabaseSession &session, QWidget *parent = nullptr);

    // Offers the sample dataset when the open database holds no records yet.
    void offerSampleData();
    void showSection(Section section);
    // Opens a record: switches to its list, selects it and shows it in the record pane.
    void openRecord(RecordKind kind, const QString &id);
    RecordListPane *listPane(RecordKind kind);
    RecordPane *recordPane() const { return m_recordPane; }
    SyncCommands *syncCommands() const { return m_sync; }
    DuplicateCommands *duplicateCommands() const { return m_duplicates; }
    void newRecord();
    void openMeetingEntry();
    void openProgrammeReport();
    void openExchangeRates();
    // Edit > Preferences; a change of language that the officer wants now closes the window for a restart.
    void openPreferences();
    // Search everything (Ctrl+K); the hit chosen opens like any record.
    void openSearch();
    // The briefing document of the record on show (a meeting, an investor, a delegate, a mission).
    void openBriefing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createEditMenu();
    void createReportsMenu();
    QWidget *sectionWidget(Section section);
    // Shows the section's list without touching the record pane.
    void switchSection(Section section);
    // Makes the record pane agree with the section's list: its current record, or none with a hint.
    // False when the officer chose to stay on unsaved edits.
    bool followSection(Section section);
    // The pipeline board and the dashboard take the window's width: the record pane steps aside.
    void setRecordPaneShown(bool shown);
    void onDatabaseChanged();
    void openDatabase(bool create);
    void openDatabaseFile(const QString &path, bool create);
    void rebuildRecentMenu();
    void updateStatus();
    void restoreState();
    void saveState();
    std::optional<RecordKind> currentKind() const;

    DatabaseSession &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_listStack;
    QSplitter *m_splitter;
    RecordPane *m_recordPane;
    FollowUpsView *m_followUps = nullptr;
    DashboardView *m_dashboard = nullptr;
    QByteArray m_splitterStateWithRecord; // the splitter as it was before the record pane stepped aside
    PipelineBoard *m_pipeline = nullptr;
    TrashView *m_trash = nullptr;
    QHash<RecordKind, RecordListPane *> m_listPanes;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_officerLabel;
    ReadOnlyBanner *m_readOnlyBanner;
    SyncCommands *m_sync;
    SyncStatusWidget *m_syncStatus;
    DuplicateCommands *m_duplicates;
    MergeActions *m_merges;
};

} // namespace crm::ui
