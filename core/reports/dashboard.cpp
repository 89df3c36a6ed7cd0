#include "dashboard.h"

#include "storage/dashboardquery.h"
#include "storage/database.h"
#include "storage/reportqueries.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct DashboardTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Dashboard)
};

// The most days late of each age bucket but the last (which has no end).
constexpr int kBucketEnds[] = {7, 30, 90};
} // namespace

QStringList OverdueFollowUps::ageLabels()
{
    return {DashboardTr::tr("1–7 days"), DashboardTr::tr("8–30 days"), DashboardTr::tr("31–90 days"),
            DashboardTr::tr("Over 90 days")};
}

DashboardData Dashboard::build(const DashboardFilter &filter) const
{
    DashboardData data;
    data.deals = ProgrammeReportBuilder(m_db).buildDeals(filter);
    data.overdue = overdueFollowUps();
    return data;
}

OverdueFollowUps Dashboard::overdueFollowUps() const
{
    OverdueFollowUps overdue;
    overdue.today = m_db.clock().today();
    QList<QDate> starts;
    for (int days : kBucketEnds) {
        starts << overdue.today.addDays(-days);
    }
    overdue.byAge = QList<int>(starts.size() + 1, 0);
    for (const DashboardQuery::OverdueRow &row : m_db.reports().dashboard.overdueFollowUps(overdue.today, starts)) {
        OverdueOwner owner{row.ownerId, row.ownerName, row.byBucket, 0};
        for (qsizetype i = 0; i < row.byBucket.size(); ++i) {
            owner.total += row.byBucket.at(i);
            overdue.byAge[i] += row.byBucket.at(i);
        }
        overdue.total += owner.total;
        overdue.byOwner.append(owner);
    }
    std::sort(overdue.byOwner.begin(), overdue.byOwner.end(), [](const OverdueOwner &a, const OverdueOwner &b) {
        return a.total != b.total ? a.total > b.total : a.name.localeAwareCompare(b.name) < 0;
    });
    return overdue;
}

QStringList Dashboard::hostCountries() const
{
    return m_db.reports().dashboard.hostCountries();
}

std::optional<std::pair<int, int>> Dashboard::activityYears() const
{
    return m_db.reports().dashboard.activityYears();
}

QString dashboardYearNote()
{
    return DashboardTr::tr("A year's bars count the deals that moved or reported figures that year, with the latest "
                           "figures of that year: a deal active in several years counts in each.");
}

} // namespace crm
