#pragma once

#include "widgets/barchart.h"

#include <QList>

namespace crm {
struct MissingRate;
struct OverdueFollowUps;
struct ProgrammeReport;
struct ReportAmount;
} // namespace crm

// The dashboard's charts as data: which bars, in which order, with which table behind them. The
// numbers come from crm::Dashboard; nothing is counted here, only chosen and arranged.
namespace crm::ui::dashboardcharts {

enum class Breakdown
{
    Country,
    Sector,
    Year
};

// Country, sector and delegate charts show the largest lines only; the table has them all.
constexpr int kMaxBars = 12;

// Every stage in pipeline order, lost and on hold included, with its number of deals.
BarChartData dealsByStage(const ProgrammeReport &report);
// Announced against realised, in millions of the reporting currency (converted amounts only).
BarChartData capex(const ProgrammeReport &report, Breakdown breakdown);
BarChartData directJobs(const ProgrammeReport &report, Breakdown breakdown);
// The deals credited to each delegate (lost ones apart) and their direct jobs.
BarChartData delegateDeals(const ProgrammeReport &report);
BarChartData delegateJobs(const ProgrammeReport &report);
// Per officer, stacked by how late.
BarChartData overdueFollowUps(const OverdueFollowUps &overdue);

// What a missing rate left unconverted, short enough for a line of text: "4,500,000,000 JPY +
// 250,000.00 EUR", or "amounts in 19 currencies" when there are more than three.
QString notConvertedSummary(const ReportAmount &amount);
// "BDT 2022–2026; JPY 2019, 2021": every missing rate, each currency once with its years.
QString missingRatesSummary(const QList<MissingRate> &missing);

} // namespace crm::ui::dashboardcharts
