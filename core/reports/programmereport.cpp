#include "programmereport.h"

#include "domain/codelabels.h"
#include "domain/deal.h"
#include "domain/error.h"
#include "domain/exchangerate.h"
#include "domain/partialdate.h"
#include "domain/referencedata.h"
#include "storage/database.h"
#include "storage/reportqueries.h"
#include "storage/reportquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct ProgrammeReportTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ProgrammeReport)
};

// What one deal brings to every line it belongs to, worked out once.
struct Contribution
{
    bool lost = false;
    qint64 jobsAnnounced = 0;
    qint64 jobsRealised = 0;
    ReportAmount capexAnnounced;
    ReportAmount capexRealised;
};

struct Latest
{
    std::optional<qint64> value;
    QString currency;
    QString asOf;
};

// The latest figure of the indicator and status dated within the range (a later entry wins a
// tie, as in CreditSummary).
Latest latestInRange(const ReportQuery::Deal &deal, const QString &indicator, const QString &status, int fromYear,
                     int toYear)
{
    Latest latest;
    for (const CreditedDealRow::Figure &f : deal.figures) {
        if (f.indicator != indicator || f.status != status || !f.value || f.asOf.size() < 4) {
            continue;
        }
        const int year = f.asOf.left(4).toInt();
        if (year < fromYear || year > toYear || (latest.value && f.asOf < latest.asOf)) {
            continue;
        }
        latest = {f.value, f.currency, f.asOf};
    }
    return latest;
}

ReportAmount amountOf(const Latest &capex, const QString &target, CurrencyConverter &converter)
{
    ReportAmount amount;
    if (!capex.value || capex.currency.isEmpty()) {
        return amount;
    }
    const std::optional<Money> converted =
        converter.convert(Money{*capex.value, capex.currency}, capex.asOf.left(4).toInt(), target);
    if (converted) {
        amount.converted = converted->minorUnits;
    } else {
        amount.notConverted[capex.currency] = *capex.value;
    }
    return amount;
}

void add(ReportAmount &sum, const ReportAmount &amount)
{
    sum.converted += amount.converted;
    for (auto it = amount.notConverted.cbegin(); it != amount.notConverted.cend(); ++it) {
        sum.notConverted[it.key()] += it.value();
    }
}

void add(ImpactLine &line, const Contribution &c)
{
    ++line.deals;
    if (c.lost) {
        ++line.lostDeals;
        return;
    }
    line.jobsAnnounced += c.jobsAnnounced;
    line.jobsRealised += c.jobsRealised;
    add(line.capexAnnounced, c.capexAnnounced);
    add(line.capexRealised, c.capexRealised);
}

// Lines keyed by code, sorted by label for print.
class Lines
{
public:
    // label() is called once per line, not once per deal: names are looked up, labels translated.
    template<class Label>
    ImpactLine &at(const QString &code, Label label)
    {
        auto it = m_lines.find(code);
        if (it == m_lines.end()) {
            it = m_lines.insert(code, ImpactLine{});
            it->code = code;
            it->label = label();
        }
        return *it;
    }
    QList<ImpactLine> sorted() const
    {
        QList<ImpactLine> lines = m_lines.values();
        std::sort(lines.begin(), lines.end(), [](const ImpactLine &a, const ImpactLine &b) {
            return a.label != b.label ? a.label.localeAwareCompare(b.label) < 0 : a.code < b.code;
        });
        return lines;
    }

private:
    QHash<QString, ImpactLine> m_lines;
};

QString stayText(const QString &start, const QString &end)
{
    return end.isEmpty() || end == start ? start : start + u'/' + end;
}

QList<ReportDelegate> hostedDelegates(const QList<ReportQuery::Stay> &stays, const QDate &first, const QDate &last)
{
    QList<ReportDelegate> delegates;
    QHash<QString, qsizetype> index;
    for (const ReportQuery::Stay &stay : stays) {
        const std::optional<PartialDate> start = PartialDate::fromIso(stay.start);
        if (!start) {
            continue; // a stay without a known start cannot be placed in a year
        }
        const std::optional<PartialDate> end = PartialDate::fromIso(stay.end);
        const QDate lastDay = end ? end->last() : start->last();
        if (start->first() > last || lastDay < first) {
            continue;
        }
        auto it = index.constFind(stay.delegateId);
        if (it == index.constEnd()) {
            it = index.insert(stay.delegateId, delegates.size());
            delegates.append({stay.delegateId, stay.delegateName, stay.country, {}});
        }
        delegates[*it].stays << stayText(stay.start, stay.end);
    }
    return delegates;
}

QList<std::pair<QString, int>> sortedCounts(const QHash<QString, int> &counts)
{
    QList<std::pair<QString, int>> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        list.append({it.key(), it.value()});
    }
    std::sort(list.begin(), list.end());
    return list;
}

// An empty report for the filter, once the filter is known to be sound.
ProgrammeReport validated(const ReportFilter &filter)
{
    const QString currency = filter.currency.trimmed().toUpper();
    const QString country = filter.hostCountry.trimmed().toUpper();
    FieldErrors errors;
    for (const auto &[field, year] : {std::pair{u"from"_s, filter.fromYear}, std::pair{u"to"_s, filter.toYear}}) {
        if (year < exchangerate::kFirstYear || year > exchangerate::kLastYear) {
            errors.append({field, ProgrammeReportTr::tr("must be a year between 1950 and 2100")});
        }
    }
    if (errors.isEmpty() && filter.fromYear > filter.toYear) {
        errors.append({u"to"_s, ProgrammeReportTr::tr("must not be before the first year")});
    }
    if (!reference::isCurrency(currency)) {
        errors.append({u"currency"_s, ProgrammeReportTr::tr("is not an ISO 4217 currency code")});
    }
    if (!country.isEmpty() && !reference::isCountry(country)) {
        errors.append({u"host_country"_s, ProgrammeReportTr::tr("is not an ISO 3166 country code")});
    }
    if (!errors.isEmpty()) {
        throw Error::invalid(errors);
    }
    ProgrammeReport report;
    report.fromYear = filter.fromYear;
    report.toYear = filter.toYear;
    report.currency = currency;
    report.hostCountry = country;
    return report;
}

Contribution contributionOf(const ReportQuery::Deal &deal, int fromYear, int toYear, const QString &currency,
                            CurrencyConverter &converter)
{
    Contribution c;
    c.lost = deal.stage == u"lost"_s;
    if (!c.lost) {
        c.jobsAnnounced = latestInRange(deal, u"direct_jobs"_s, u"announced"_s, fromYear, toYear).value.value_or(0);
        c.jobsRealised = latestInRange(deal, u"direct_jobs"_s, u"realised"_s, fromYear, toYear).value.value_or(0);
        c.capexAnnounced =
            amountOf(latestInRange(deal, u"capex"_s, u"announced"_s, fromYear, toYear), currency, converter);
        c.capexRealised =
            amountOf(latestInRange(deal, u"capex"_s, u"realised"_s, fromYear, toYear), currency, converter);
    }
    return c;
}

// The years of the range in which the deal has a stage change or a figure: the years whose
// report, taken alone, would list it (as ReportQuery::dealsActiveIn() decides).
QList<int> activeYears(const ReportQuery::Deal &deal, int fromYear, int toYear)
{
    QList<int> years;
    const auto note = [&](int year) {
        if (year >= fromYear && year <= toYear && !years.contains(year)) {
            years.append(year);
        }
    };
    for (int year : deal.stageYears) {
        note(year);
    }
    for (const CreditedDealRow::Figure &f : deal.figures) {
        if (f.asOf.size() >= 4) {
            note(f.asOf.left(4).toInt());
        }
    }
    return years;
}

// Deals by stage, the impact lines and the missing rates of report's filter; the year lines too
// when asked (they may need rates the totals do not, so the printed report leaves them out).
void addDeals(ProgrammeReport &report, Database &db, bool withYears)
{
    const int fromYear = report.fromYear;
    const int toYear = report.toYear;
    CurrencyConverter converter = CurrencyConverter::fromDatabase(db);
    QHash<QString, int> byStage;
    Lines countries;
    Lines sectors;
    Lines delegates;
    Lines missions;
    QMap<int, ImpactLine> years;
    for (const ReportQuery::Deal &deal : db.reports().programme.dealsActiveIn(fromYear, toYear, report.hostCountry)) {
        ++byStage[deal.stage];
        const Contribution c = contributionOf(deal, fromYear, toYear, report.currency, converter);
        add(report.totals, c);
        add(countries.at(deal.hostCountry, [&] { return reference::countryName(deal.hostCountry); }), c);
        add(sectors.at(deal.sector, [&] { return codeLabel(deal.sector); }), c);
        // Once per delegate or mission, however many credits it has on the deal.
        QSet<QString> credited;
        for (const ReportQuery::Credit &credit : deal.credits) {
            if (credited.contains(credit.id)) {
                continue;
            }
            credited.insert(credit.id);
            add((credit.kind == u"mission"_s ? missions : delegates).at(credit.id, [&] { return credit.name; }), c);
        }
        if (withYears) {
            for (int year : activeYears(deal, fromYear, toYear)) {
                add(years[year], contributionOf(deal, year, year, report.currency, converter));
            }
        }
    }
    for (const QString &stage : Deal::stages()) {
        if (byStage.contains(stage)) {
            report.dealsByStage.append({stage, byStage.value(stage)});
        }
    }
    report.byCountry = countries.sorted();
    report.bySector = sectors.sorted();
    report.byDelegate = delegates.sorted();
    report.byMission = missions.sorted();
    for (auto it = years.begin(); it != years.end(); ++it) {
        it->code = it->label = QString::number(it.key());
        report.byYear.append(*it);
    }
    report.missingRates = converter.missingRates();
}
} // namespace

ProgrammeReport ProgrammeReportBuilder::build(int fromYear, int toYear, const QString &currency) const
{
    ProgrammeReport report = validated({fromYear, toYear, currency, {}});
    const QDate first(fromYear, 1, 1);
    const QDate last(toYear, 12, 31);
    const QString firstIso = first.toString(Qt::ISODate);
    const QString lastIso = last.toString(Qt::ISODate);
    const ReportQuery &query = m_db.reports().programme;

    report.delegates = hostedDelegates(query.stays(), first, last);

    QHash<QString, int> bySector;
    // No zone is a day or more from UTC: a meeting held from the second UTC day of the range to
    // the eve of its last is inside on any calendar and is counted in SQL. Only the UTC days on
    // either side of the range's ends are read one by one and dated where they took place.
    const auto isoDay = [](const QDate &day) { return day.toString(Qt::ISODate); };
    for (const auto &[sector, count] : query.meetingCountsBySector(isoDay(first.addDays(1)), lastIso)) {
        report.meetings += count;
        bySector[sector] += count;
    }
    QHash<QString, QTimeZone> zones;
    const QList<std::pair<QDate, QDate>> edges{{first.addDays(-1), first.addDays(1)}, {last, last.addDays(2)}};
    for (const auto &[edgeFrom, edgeTo] : edges) {
        for (const ReportQuery::Meeting &m : query.meetingsBetween(isoDay(edgeFrom), isoDay(edgeTo))) {
            const QDateTime instant = QDateTime::fromString(m.startsAt, Qt::ISODateWithMs);
            auto zone = zones.find(m.timeZone);
            if (zone == zones.end()) {
                zone = zones.insert(m.timeZone, QTimeZone(m.timeZone.toUtf8()));
            }
            const QDate day = (zone->isValid() ? instant.toTimeZone(*zone) : instant.toUTC()).date();
            if (instant.isValid() && day >= first && day <= last) {
                ++report.meetings;
                ++bySector[m.investorSector];
            }
        }
    }
    report.meetingsBySector = sortedCounts(bySector);

    for (const ReportQuery::Mission &m : query.missionsOverlapping(firstIso, lastIso)) {
        report.missions.append({m.id, m.title, m.kind, m.start, m.end});
    }

    addDeals(report, m_db, false);
    return report;
}

ProgrammeReport ProgrammeReportBuilder::buildDeals(const ReportFilter &filter) const
{
    ProgrammeReport report = validated(filter);
    addDeals(report, m_db, true);
    return report;
}

QString programmeReportAttributionNote()
{
    return ProgrammeReportTr::tr(
        "A deal credited to several delegates or missions counts once in the totals and in each country "
        "and sector line, and once for each delegate or mission in the per-delegate and per-mission tables, "
        "so those tables add up to more than the totals.");
}

QString programmeReportImpactNote()
{
    return ProgrammeReportTr::tr(
        "Impact: for each deal, the latest announced and the latest realised figure dated within the "
        "period (figures are cumulative); planned figures and lost deals add nothing. Capex is converted "
        "with the officers' yearly average rate of the figure's year; an amount whose rate is missing is "
        "shown unconverted in its own currency.");
}

} // namespace crm
