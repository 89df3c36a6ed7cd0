#pragma once

#include "sync/synchronizer.h"

#include <QWidget>

class QLabel;

namespace crm::ui {

class DatabaseSession;

// The status bar's account of sync, once the database has replicas: this replica's name, the
// latest exchange, what waits to be sent and the conflicts to review ("Office · last sync with
// Casablanca laptop: 11/28/26 2:02 PM · 12 changes to send · 2 conflicts"). The tooltip lists
// every peer; a click asks for the conflict review. Hidden while sync is off.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(DatabaseSession &session, QWidget *parent = nullptr);

    // Re-reads the status (after an edit, an import, an export or a resolution).
    void refresh();
    const SyncStatus &status() const { return m_status; }
    // Everything the widget says, as plain text.
    QString text() const;

Q_SIGNALS:
    void reviewRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QString peerToolTip() const;

    DatabaseSession &m_session;
    SyncStatus m_status;
    QLabel *m_summary;
    QLabel *m_conflicts;
};

} // namespace crm::ui
