#pragma once

#include "services/currencyconverter.h"

#include <QList>
#include <QMap>
#include <QString>

namespace crm {

class Database;

// Capex in the reporting currency, and what could not be converted because a rate is missing
// (in its own currency, minor units): never guessed.
struct ReportAmount
{
    qint64 converted = 0; // minor units of the reporting currency
    QMap<QString, qint64> notConverted;
    bool operator==(const ReportAmount &) const = default;
};

// The impact of a group of deals: a country, a sector, a delegate, a mission, or all of them.
struct ImpactLine
{
    QString code; // country or sector code, delegate or mission id; empty for the totals
    QString label;
    int deals = 0;     // lost ones included
    int lostDeals = 0; // listed, but they add no impact
    qint64 jobsAnnounced = 0;
    qint64 jobsRealised = 0;
    ReportAmount capexAnnounced;
    ReportAmount capexRealised;
};

struct ReportDelegate
{
    QString id;
    QString name;
    QString country;
    QStringList stays; // ISO periods of the stays that touch the range: "1996-09-02/1996-12-20", "1995"
};

struct ReportMission
{
    QString id;
    QString title;
    QString kind;
    QString start;
    QString end;
};

// The programme report of issue 5 for the years [fromYear, toYear]. The rules:
// - Delegates hosted: delegates with a programme stay that overlaps the range (a stay known
//   only as "1995" overlaps all of 1995; a stay without an end counts on its start).
// - Meetings: those held in the range, on the calendar of the place they were held.
// - Missions: those whose dates overlap the range.
// - Deals: those with a stage change or an impact figure dated in the range, by current stage.
// - Impact: per deal and per status (announced, realised), the latest figure dated within the
//   range. Figures are cumulative, so this is the deal's standing at the end of the range as
//   reported during it; figures dated outside the range or undated are not counted. Planned
//   figures are intentions, not impact. Lost deals add nothing.
// - Currency: each capex figure is converted with the rate of its as-of year; without a rate
//   it is listed as not converted, with the missing (currency, year).
// - Attribution: a deal counts once in the totals and in each country and sector line, and
//   once for each delegate or mission credited with it (twice credited counts once).
// - Years (the dashboard's breakdown): a year's line is what the same rules give for that year
//   alone, so a deal moving in several years counts in each and the lines do not add up to the
//   totals.
struct ProgrammeReport
{
    int fromYear = 0;
    int toYear = 0;
    QString currency;    // the reporting currency
    QString hostCountry; // only the deals hosted there; empty: every country

    QList<ReportDelegate> delegates;
    int meetings = 0;
    QList<std::pair<QString, int>> meetingsBySector; // investor sector code (empty: none) -> count
    QList<ReportMission> missions;
    QList<std::pair<QString, int>> dealsByStage; // stage code -> count, in pipeline order
    ImpactLine totals;
    QList<ImpactLine> byCountry;
    QList<ImpactLine> bySector;
    QList<ImpactLine> byDelegate;
    QList<ImpactLine> byMission;
    QList<ImpactLine> byYear; // code and label "2020"; years without deals are left out
    QList<MissingRate> missingRates;

    bool isEmpty() const { return delegates.isEmpty() && meetings == 0 && missions.isEmpty() && totals.deals == 0; }
};

// Which deals the deal part of a report looks at, and in which currency it sums their capex.
struct ReportFilter
{
    int fromYear = 0;
    int toYear = 0;
    QString currency = QStringLiteral("USD");
    QString hostCountry; // ISO 3166 code; empty: every country
};

class ProgrammeReportBuilder final
{
public:
    explicit ProgrammeReportBuilder(Database &db) : m_db(db) {}

    // The printed report (byYear left empty). Throws crm::Error (Invalid) for a range outside
    // 1950-2100, from after to, or a reporting currency that is not ISO 4217.
    ProgrammeReport build(int fromYear, int toYear, const QString &currency = QStringLiteral("USD")) const;
    // The deal part alone, with the year lines: deals by stage, the impact lines and the missing
    // rates; delegates, meetings and missions stay empty. Throws as build(), and for a host country
    // that is not ISO 3166 ("host_country").
    ProgrammeReport buildDeals(const ReportFilter &filter) const;

private:
    Database &m_db;
};

// The attribution rule in words, for the printed report and the CSV.
QString programmeReportAttributionNote();
// The impact rule (which figures count, which rate converts them), in words.
QString programmeReportImpactNote();

} // namespace crm
