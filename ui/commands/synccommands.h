#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace crm::ui {

class DatabaseSession;
class SyncConflictsDialog;

// The Sync menu: prepare a mission laptop, export and import change packages, review conflicts.
// Each command runs its dialog, calls core's Synchronizer and tells the officer what happened;
// syncChanged() tells the status bar to read the sync status again.
class SyncCommands final : public QObject
{
    Q_OBJECT

public:
    SyncCommands(DatabaseSession &session, QWidget *window);
    ~SyncCommands() override;
    Q_DISABLE_COPY_MOVE(SyncCommands)

    // Adds the commands to menu as actions named actionPrepareReplica, actionExportChanges,
    // actionImportChanges and actionReviewConflicts.
    void addActions(QMenu *menu);
    // Runs before an export or an import: false stops it (an unsaved record the officer keeps editing).
    void setSaveGuard(std::function<bool()> guard) { m_saveGuard = std::move(guard); }

    void prepareReplica();
    void exportChanges();
    // Asks for a package file and imports it.
    void importChanges();
    // Imports a package: asks the passphrase when it is encrypted (again when it is wrong), merges
    // with a cancellable progress dialog and says what came in. False when nothing was imported.
    bool importFile(const QString &path);
    // Shows the conflict review (one window; a second call raises it).
    void reviewConflicts();
    SyncConflictsDialog *conflictsDialog() const;

    // What the last command told the officer, for tests (they read it instead of a message box).
    QString lastReport() const { return m_lastReport; }
    // Answers the next passphrase prompts instead of the officer, for tests; an empty one cancels.
    static void setNextPassphrases(const QStringList &passphrases);

Q_SIGNALS:
    void syncChanged();

private:
    void report(const QString &title, const QString &text);
    std::optional<QString> askPassphrase(const QString &path, const QString &reason);

    DatabaseSession &m_session;
    QWidget *m_window;
    std::function<bool()> m_saveGuard;
    QPointer<SyncConflictsDialog> m_conflicts;
    QString m_lastReport;
    static QStringList s_nextPassphrases;
    static bool s_hasNextPassphrases;
};

} // namespace crm::ui
