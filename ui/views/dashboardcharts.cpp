#include "dashboardcharts.h"

#include "domain/codelabels.h"
#include "domain/dateformat.h"
#include "domain/deal.h"
#include "domain/money.h"
#include "domain/referencedata.h"
#include "reports/dashboard.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace crm::ui::dashboardcharts {
namespace {
struct DashboardChartsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::DashboardCharts)
};

const QColor kAnnounced(0x9e, 0xc5, 0xe8);
const QColor kRealised(0x1f, 0x5f, 0xa8);
const QColor kCount(0x3d, 0x85, 0xc6);
const QColor kLost(0xb0, 0xb0, 0xb0);
// Overdue by age: from a week late (amber) to months late (dark red).
const QList<QColor> kLateness{QColor(0xf6, 0xc3, 0x44), QColor(0xf0, 0x8a, 0x24), QColor(0xd9, 0x4a, 0x2b),
                              QColor(0x8e, 0x1b, 0x1b)};

QString noDealsText(const ProgrammeReport &report)
{
    return report.hostCountry.isEmpty()
               ? DashboardChartsTr::tr("No deals in this range")
               : DashboardChartsTr::tr("No deals in %1 in this range").arg(reference::countryLabel(report.hostCountry));
}

qreal millions(qint64 minorUnits, const QString &currency)
{
    return static_cast<qreal>(minorUnits) / std::pow(10.0, reference::minorUnits(currency)) / 1e6;
}

QString decimal(qint64 minorUnits, const QString &currency)
{
    return Money{minorUnits, currency}.toDecimalString();
}

// "3000000000 JPY; 250000.00 EUR": what a missing rate left in its own currency.
QString notConvertedText(const ReportAmount &amount)
{
    QStringList parts;
    for (auto it = amount.notConverted.cbegin(); it != amount.notConverted.cend(); ++it) {
        parts << decimal(it.value(), it.key()) + u' ' + it.key();
    }
    return parts.join(u"; "_s);
}

QString lineLabel(const ImpactLine &line, Breakdown breakdown)
{
    if (!line.label.isEmpty()) {
        return line.label;
    }
    return breakdown == Breakdown::Country ? DashboardChartsTr::tr("(no country)")
                                           : DashboardChartsTr::tr("(no sector)");
}

QString breakdownHeader(Breakdown breakdown)
{
    switch (breakdown) {
    case Breakdown::Country:
        return DashboardChartsTr::tr("Host country");
    case Breakdown::Sector:
        return DashboardChartsTr::tr("Sector");
    case Breakdown::Year:
        return DashboardChartsTr::tr("Year");
    }
    return {};
}

const QList<ImpactLine> &linesOf(const ProgrammeReport &report, Breakdown breakdown)
{
    switch (breakdown) {
    case Breakdown::Country:
        return report.byCountry;
    case Breakdown::Sector:
        return report.bySector;
    case Breakdown::Year:
        break;
    }
    return report.byYear;
}

// The lines to draw: every year from the first to the last with deals (empty years as zero, so the
// axis is time), or the kMaxBars largest by `size`, largest first.
QList<ImpactLine> chartLines(const ProgrammeReport &report, Breakdown breakdown,
                             const std::function<qreal(const ImpactLine &)> &size)
{
    const QList<ImpactLine> &lines = linesOf(report, breakdown);
    if (breakdown == Breakdown::Year) {
        if (lines.isEmpty()) {
            return {};
        }
        QHash<QString, ImpactLine> byCode;
        for (const ImpactLine &line : lines) {
            byCode.insert(line.code, line);
        }
        QList<ImpactLine> years;
        for (int year = lines.constFirst().code.toInt(); year <= lines.constLast().code.toInt(); ++year) {
            const QString code = QString::number(year);
            ImpactLine line = byCode.value(code);
            line.code = line.label = code;
            years << line;
        }
        return years;
    }
    QList<ImpactLine> sorted = lines;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&size](const ImpactLine &a, const ImpactLine &b) { return size(a) > size(b); });
    return sorted.mid(0, kMaxBars);
}

QString largestOfText(qsizetype shown, qsizetype all, Breakdown breakdown)
{
    if (shown >= all) {
        return {};
    }
    const QString kind =
        breakdown == Breakdown::Country ? DashboardChartsTr::tr("countries") : DashboardChartsTr::tr("sectors");
    return DashboardChartsTr::tr("The %1 largest of %2 %3; Copy table lists them all.").arg(shown).arg(all).arg(kind);
}

QString captionOf(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty()) {
            kept << part;
        }
    }
    return kept.join(u' ');
}
} // namespace

BarChartData dealsByStage(const ProgrammeReport &report)
{
    BarChartData data;
    data.emptyText = noDealsText(report);
    data.integers = true;
    data.valueTitle = DashboardChartsTr::tr("Deals");
    data.table.header = {DashboardChartsTr::tr("Stage"), DashboardChartsTr::tr("Deals")};
    if (report.totals.deals == 0) {
        return data;
    }
    QHash<QString, int> counts;
    for (const auto &[stage, count] : report.dealsByStage) {
        counts.insert(stage, count);
    }
    BarSetData set{DashboardChartsTr::tr("Deals"), {}, kCount};
    for (const QString &stage : Deal::stages()) {
        data.categories << codeLabel(stage);
        set.values << counts.value(stage);
        data.table.rows.append({codeLabel(stage), QString::number(counts.value(stage))});
    }
    data.sets = {set};
    data.table.rows.append({DashboardChartsTr::tr("Total"), QString::number(report.totals.deals)});
    data.caption =
        DashboardChartsTr::tr("Deals with a stage change or a figure dated in the range, by their stage today.");
    return data;
}

BarChartData capex(const ProgrammeReport &report, Breakdown breakdown)
{
    const QString &currency = report.currency;
    BarChartData data;
    data.emptyText = noDealsText(report);
    data.horizontal = breakdown != Breakdown::Year;
    data.valueTitle = DashboardChartsTr::tr("Million %1").arg(currency);
    data.table.header = {breakdownHeader(breakdown),
                         DashboardChartsTr::tr("Deals"),
                         DashboardChartsTr::tr("Lost deals"),
                         DashboardChartsTr::tr("Capex announced (%1)").arg(currency),
                         DashboardChartsTr::tr("Capex realised (%1)").arg(currency),
                         DashboardChartsTr::tr("Announced, not converted"),
                         DashboardChartsTr::tr("Realised, not converted")};
    if (report.totals.deals == 0) {
        return data;
    }
    const auto row = [&](const QString &label, const ImpactLine &line) {
        return QStringList{label,
                           QString::number(line.deals),
                           QString::number(line.lostDeals),
                           decimal(line.capexAnnounced.converted, currency),
                           decimal(line.capexRealised.converted, currency),
                           notConvertedText(line.capexAnnounced),
                           notConvertedText(line.capexRealised)};
    };
    const QList<ImpactLine> &all = linesOf(report, breakdown);
    for (const ImpactLine &line : all) {
        data.table.rows.append(row(lineLabel(line, breakdown), line));
    }
    if (breakdown != Breakdown::Year) {
        data.table.rows.append(row(DashboardChartsTr::tr("Total"), report.totals));
    }
    const QList<ImpactLine> lines = chartLines(report, breakdown, [](const ImpactLine &l) {
        return static_cast<qreal>(std::max(l.capexAnnounced.converted, l.capexRealised.converted));
    });
    BarSetData announced{DashboardChartsTr::tr("Announced"), {}, kAnnounced};
    BarSetData realised{DashboardChartsTr::tr("Realised"), {}, kRealised};
    for (const ImpactLine &line : lines) {
        data.categories << lineLabel(line, breakdown);
        announced.values << millions(line.capexAnnounced.converted, currency);
        realised.values << millions(line.capexRealised.converted, currency);
    }
    data.sets = {announced, realised};

    QString leftOut;
    const QString announcedLeft = notConvertedSummary(report.totals.capexAnnounced);
    const QString realisedLeft = notConvertedSummary(report.totals.capexRealised);
    if (!announcedLeft.isEmpty() || !realisedLeft.isEmpty()) {
        leftOut = DashboardChartsTr::tr(
                      "Not in the bars, for want of a rate: announced %1; realised %2 (Copy table has them).")
                      .arg(announcedLeft.isEmpty() ? DashboardChartsTr::tr("none") : announcedLeft,
                           realisedLeft.isEmpty() ? DashboardChartsTr::tr("none") : realisedLeft);
    }
    data.caption = captionOf({largestOfText(lines.size(), all.size(), breakdown), leftOut,
                              breakdown == Breakdown::Year ? dashboardYearNote() : QString()});
    return data;
}

BarChartData directJobs(const ProgrammeReport &report, Breakdown breakdown)
{
    BarChartData data;
    data.emptyText = noDealsText(report);
    data.horizontal = breakdown != Breakdown::Year;
    data.integers = true;
    data.valueTitle = DashboardChartsTr::tr("Direct jobs");
    data.table.header = {breakdownHeader(breakdown), DashboardChartsTr::tr("Deals"),
                         DashboardChartsTr::tr("Lost deals"), DashboardChartsTr::tr("Direct jobs announced"),
                         DashboardChartsTr::tr("Direct jobs realised")};
    if (report.totals.deals == 0) {
        return data;
    }
    const auto row = [](const QString &label, const ImpactLine &line) {
        return QStringList{label, QString::number(line.deals), QString::number(line.lostDeals),
                           QString::number(line.jobsAnnounced), QString::number(line.jobsRealised)};
    };
    const QList<ImpactLine> &all = linesOf(report, breakdown);
    for (const ImpactLine &line : all) {
        data.table.rows.append(row(lineLabel(line, breakdown), line));
    }
    if (breakdown != Breakdown::Year) {
        data.table.rows.append(row(DashboardChartsTr::tr("Total"), report.totals));
    }
    const QList<ImpactLine> lines = chartLines(report, breakdown, [](const ImpactLine &l) {
        return static_cast<qreal>(std::max(l.jobsAnnounced, l.jobsRealised));
    });
    BarSetData announced{DashboardChartsTr::tr("Announced"), {}, kAnnounced};
    BarSetData realised{DashboardChartsTr::tr("Realised"), {}, kRealised};
    for (const ImpactLine &line : lines) {
        data.categories << lineLabel(line, breakdown);
        announced.values << static_cast<qreal>(line.jobsAnnounced);
        realised.values << static_cast<qreal>(line.jobsRealised);
    }
    data.sets = {announced, realised};
    data.caption = captionOf({largestOfText(lines.size(), all.size(), breakdown),
                              breakdown == Breakdown::Year ? dashboardYearNote() : QString()});
    return data;
}

namespace {
// The delegates' table, shared by both delegate charts, with the totals (each deal once) last.
ChartTable delegateTable(const ProgrammeReport &report)
{
    ChartTable table;
    table.header = {DashboardChartsTr::tr("Delegate"), DashboardChartsTr::tr("Deals"),
                    DashboardChartsTr::tr("Lost deals"), DashboardChartsTr::tr("Direct jobs announced"),
                    DashboardChartsTr::tr("Direct jobs realised")};
    const auto row = [](const QString &label, const ImpactLine &line) {
        return QStringList{label, QString::number(line.deals), QString::number(line.lostDeals),
                           QString::number(line.jobsAnnounced), QString::number(line.jobsRealised)};
    };
    for (const ImpactLine &line : report.byDelegate) {
        table.rows.append(row(line.label, line));
    }
    table.rows.append(row(DashboardChartsTr::tr("All deals (each counted once)"), report.totals));
    return table;
}

QString delegateCaption(const ProgrammeReport &report, qsizetype shown)
{
    QString caption =
        DashboardChartsTr::tr("A deal credited to several delegates counts once for each of them, so the bars can "
                              "add up to more than the deals of the range (%1).")
            .arg(report.totals.deals);
    if (shown < report.byDelegate.size()) {
        caption += u' ' + DashboardChartsTr::tr("The %1 largest of %2 delegates; Copy table lists them all.")
                              .arg(shown)
                              .arg(report.byDelegate.size());
    }
    return caption;
}

QList<ImpactLine> largestDelegates(const ProgrammeReport &report,
                                   const std::function<bool(const ImpactLine &, const ImpactLine &)> &before)
{
    QList<ImpactLine> lines = report.byDelegate; // sorted by name: ties stay in that order
    std::stable_sort(lines.begin(), lines.end(), before);
    return lines.mid(0, kMaxBars);
}
} // namespace

BarChartData delegateDeals(const ProgrammeReport &report)
{
    BarChartData data;
    data.emptyText =
        report.totals.deals == 0 ? noDealsText(report) : DashboardChartsTr::tr("No deal of this range is credited");
    data.stacked = true;
    data.integers = true;
    data.valueTitle = DashboardChartsTr::tr("Deals");
    if (report.byDelegate.isEmpty()) {
        return data;
    }
    data.table = delegateTable(report);
    const QList<ImpactLine> lines =
        largestDelegates(report, [](const ImpactLine &a, const ImpactLine &b) { return a.deals > b.deals; });
    BarSetData kept{DashboardChartsTr::tr("Deals"), {}, kCount};
    BarSetData lost{DashboardChartsTr::tr("Lost"), {}, kLost};
    for (const ImpactLine &line : lines) {
        data.categories << line.label;
        kept.values << line.deals - line.lostDeals;
        lost.values << line.lostDeals;
    }
    data.sets = {kept, lost};
    data.caption = delegateCaption(report, lines.size());
    return data;
}

BarChartData delegateJobs(const ProgrammeReport &report)
{
    BarChartData data;
    data.emptyText =
        report.totals.deals == 0 ? noDealsText(report) : DashboardChartsTr::tr("No deal of this range is credited");
    data.integers = true;
    data.valueTitle = DashboardChartsTr::tr("Direct jobs");
    if (report.byDelegate.isEmpty()) {
        return data;
    }
    data.table = delegateTable(report);
    const QList<ImpactLine> lines = largestDelegates(report, [](const ImpactLine &a, const ImpactLine &b) {
        return std::max(a.jobsAnnounced, a.jobsRealised) > std::max(b.jobsAnnounced, b.jobsRealised);
    });
    BarSetData announced{DashboardChartsTr::tr("Announced"), {}, kAnnounced};
    BarSetData realised{DashboardChartsTr::tr("Realised"), {}, kRealised};
    for (const ImpactLine &line : lines) {
        data.categories << line.label;
        announced.values << static_cast<qreal>(line.jobsAnnounced);
        realised.values << static_cast<qreal>(line.jobsRealised);
    }
    data.sets = {announced, realised};
    data.caption = delegateCaption(report, lines.size());
    return data;
}

BarChartData overdueFollowUps(const OverdueFollowUps &overdue)
{
    BarChartData data;
    data.emptyText = DashboardChartsTr::tr("No overdue follow-ups");
    data.stacked = true;
    data.integers = true;
    data.valueTitle = DashboardChartsTr::tr("Follow-ups");
    const QStringList ages = OverdueFollowUps::ageLabels();
    data.table.header =
        QStringList{DashboardChartsTr::tr("Officer")} + ages + QStringList{DashboardChartsTr::tr("Total")};
    if (overdue.total == 0) {
        return data;
    }
    const auto row = [](const QString &label, const QList<int> &byAge, int total) {
        QStringList cells{label};
        for (int count : byAge) {
            cells << QString::number(count);
        }
        return cells << QString::number(total);
    };
    for (const OverdueOwner &owner : overdue.byOwner) {
        data.table.rows.append(row(owner.name.isEmpty() ? DashboardChartsTr::tr("(unknown officer)") : owner.name,
                                   owner.byAge, owner.total));
    }
    data.table.rows.append(row(DashboardChartsTr::tr("Total"), overdue.byAge, overdue.total));
    const QList<OverdueOwner> owners = overdue.byOwner.mid(0, kMaxBars);
    for (qsizetype age = 0; age < ages.size(); ++age) {
        BarSetData set{DashboardChartsTr::tr("%1 late").arg(ages.at(age)), {}, kLateness.value(age)};
        for (const OverdueOwner &owner : owners) {
            set.values << owner.byAge.value(age);
        }
        data.sets << set;
    }
    for (const OverdueOwner &owner : owners) {
        data.categories << (owner.name.isEmpty() ? DashboardChartsTr::tr("(unknown officer)") : owner.name);
    }
    data.caption =
        DashboardChartsTr::tr("Open follow-ups past their due date on %1: %2, whatever the years and country chosen.")
            .arg(formatDate(overdue.today))
            .arg(overdue.total);
    if (owners.size() < overdue.byOwner.size()) {
        data.caption +=
            u' ' +
            DashboardChartsTr::tr("The %1 officers with the most; Copy table lists them all.").arg(owners.size());
    }
    return data;
}

QString notConvertedSummary(const ReportAmount &amount)
{
    constexpr qsizetype kMaxListed = 3;
    const qsizetype count = amount.notConverted.size();
    if (count > kMaxListed) {
        return DashboardChartsTr::tr("amounts in %1 currencies").arg(count);
    }
    QStringList parts;
    for (auto it = amount.notConverted.cbegin(); it != amount.notConverted.cend(); ++it) {
        parts << Money{it.value(), it.key()}.toDisplayString(QLocale());
    }
    return parts.join(u" + "_s);
}

QString missingRatesSummary(const QList<MissingRate> &missing)
{
    // The list is sorted by currency, then year: runs of years become ranges.
    QStringList currencies;
    for (qsizetype i = 0; i < missing.size();) {
        const QString &currency = missing.at(i).currency;
        QStringList years;
        while (i < missing.size() && missing.at(i).currency == currency) {
            const int first = missing.at(i).year;
            int last = first;
            while (i + 1 < missing.size() && missing.at(i + 1).currency == currency &&
                   missing.at(i + 1).year == last + 1) {
                ++i;
                ++last;
            }
            ++i;
            years << (last == first ? QString::number(first) : QString::number(first) + u'–' + QString::number(last));
        }
        currencies << currency + u' ' + years.join(u", "_s);
    }
    return currencies.join(u"; "_s);
}

} // namespace crm::ui::dashboardcharts
