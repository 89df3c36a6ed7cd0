#pragma once

#include "domain/recordkind.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace crm::ui {

class DatabaseSession;
class DuplicatesDialog;

// Records > Find Duplicates: one modeless Find Duplicates window per main window, opened on the
// kind of the list on show. What it asks for (open a record, merge a group) comes out as signals
// for the window to connect.
class DuplicateCommands final : public QObject
{
    Q_OBJECT

public:
    DuplicateCommands(DatabaseSession &session, QWidget *window);
    ~DuplicateCommands() override;
    Q_DISABLE_COPY_MOVE(DuplicateCommands)

    // Adds the command to menu as the action named actionFindDuplicates.
    void addActions(QMenu *menu);
    // The kind the window shows, chosen when the Find Duplicates window opens.
    void setCurrentKind(std::function<std::optional<RecordKind>()> currentKind)
    {
        m_currentKind = std::move(currentKind);
    }
    // Shows the Find Duplicates window (one window; a second call raises it).
    void findDuplicates();
    DuplicatesDialog *dialog() const;

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);
    // The Find Duplicates window's Merge… button is on only while this is connected.
    void mergeRequested(crm::RecordKind kind, const QStringList &ids);

private:
    DatabaseSession &m_session;
    QWidget *m_window;
    std::function<std::optional<RecordKind>()> m_currentKind;
    QPointer<DuplicatesDialog> m_dialog;
};

} // namespace crm::ui
