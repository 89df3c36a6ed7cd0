#pragma once

#include "domain/recordkind.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace crm::ui {

class DatabaseSession;

// The top of a deal's story: its stage path with the setbacks marked, the delegates and missions
// credited with their roles, and the impact figures as a table of indicator by status with the
// latest realised figure against the announced one. Parts without data are hidden.
class DealImpactPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        IndicatorColumn,
        PlannedColumn,
        AnnouncedColumn,
        RealisedColumn,
        RatioColumn,
        ColumnCount
    };

    explicit DealImpactPanel(DatabaseSession &session, QWidget *parent = nullptr);

    void showDeal(const QString &dealId);
    void reload();
    QString dealId() const { return m_dealId; }
    QTableWidget *table() const { return m_table; }
    // The summary lines as shown, without markup; empty when hidden.
    QString stagesText() const;
    QString creditsText() const;
    // True when the deal has neither stages, credits nor figures (and so nothing is shown).
    bool isEmpty() const;

Q_SIGNALS:
    void openRecordRequested(crm::RecordKind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openLink(const QString &link);
    QString recordTitle(RecordKind kind, const QString &id) const;

    DatabaseSession &m_session;
    QString m_dealId;
    QLabel *m_stages;
    QLabel *m_credits;
    QTableWidget *m_table;
};

} // namespace crm::ui
