#pragma once

#include "reports/dashboard.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace crm::ui {

class ChartCard;
class DatabaseSession;

// The programme's dashboard (issue 5): deals by stage, capex and direct jobs announced against
// realised by host country, sector or year, what each delegate is credited with, and the overdue
// follow-ups, for a range of years and optionally one host country, with capex in USD or JPY.
// Every chart can be saved as PNG and its numbers copied as a table. The numbers and their rules
// are crm::Dashboard's; this view only chooses and draws. It re-reads after each change to the
// data while it is visible, and on being shown after changes made while hidden.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    enum class Chart
    {
        DealsByStage,
        Capex,
        DirectJobs,
        DelegateDeals,
        DelegateJobs,
        OverdueFollowUps
    };

    explicit DashboardView(DatabaseSession &session, QWidget *parent = nullptr);

    // Re-reads the countries on offer and the figures for the filters shown.
    void reload();

    ChartCard *card(Chart chart) const;
    DashboardFilter filter() const;
    const DashboardData &data() const { return m_data; }
    QString summaryText() const;
    // Empty when every rate the figures need is in the officers' table.
    QString missingRatesText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refillCountries();
    void chooseDefaultYears();
    void yearsChanged(QSpinBox *changed);
    void rebuild();
    void showBreakdown();
    void showData();
    void dataChanged();

    DatabaseSession &m_session;
    QSpinBox *m_fromYear;
    QSpinBox *m_toYear;
    QComboBox *m_country;
    QComboBox *m_currency;
    QComboBox *m_breakdown;
    QLabel *m_summary;
    QLabel *m_missingRates;
    QList<ChartCard *> m_cards; // in Chart order
    DashboardData m_data;
    bool m_yearsChosen = false; // by the officer or from the data; reset with another database
    bool m_stale = true;
};

} // namespace crm::ui
