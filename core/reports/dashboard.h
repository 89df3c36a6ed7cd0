#pragma once

#include "reports/programmereport.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace crm {

class Database;

// What the dashboard shows: the deals of some years (optionally of one host country) by the
// programme report's rules, with capex in a reporting currency.
using DashboardFilter = ReportFilter;

// The follow-ups of one officer that are overdue, by how late they are.
struct OverdueOwner
{
    QString officerId;
    QString name;
    QList<int> byAge; // one count per OverdueFollowUps::ageLabels() entry
    int total = 0;
};

// Open follow-ups due before today. They are about now, so the years and the country of the
// filter do not apply to them.
struct OverdueFollowUps
{
    QDate today;
    int total = 0;
    QList<int> byAge;            // over every owner
    QList<OverdueOwner> byOwner; // most overdue first, then by name

    // "1–7 days", "8–30 days", "31–90 days", "Over 90 days" late.
    static QStringList ageLabels();
};

struct DashboardData
{
    ProgrammeReport deals; // ProgrammeReportBuilder::buildDeals(): stages, impact lines, years, missing rates
    OverdueFollowUps overdue;
};

class Dashboard final
{
public:
    explicit Dashboard(Database &db) : m_db(db) {}

    // Throws crm::Error (Invalid) for a filter ProgrammeReportBuilder::buildDeals() refuses.
    DashboardData build(const DashboardFilter &filter) const;
    OverdueFollowUps overdueFollowUps() const;
    // The host countries of live deals, ISO codes by code: what the country filter offers.
    QStringList hostCountries() const;
    // The first and last years with a stage change or an impact figure; nothing on an empty database.
    std::optional<std::pair<int, int>> activityYears() const;

private:
    Database &m_db;
};

// How the dashboard counts, in words, for its notes: the attribution rule and the per-year rule.
QString dashboardYearNote();

} // namespace crm
