// report: the programme report for a range of years, as key: value lines, JSON, CSV or PDF.
#include "commands.h"
#include "console.h"
#include "documents/programmereportexport.h"
#include "domain/error.h"
#include "jsonio.h"
#include "reports/programmereport.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct ReportCommandTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::ReportCommand)
};

const QString kCsv = u"csv"_s;
const QString kPdf = u"pdf"_s;

int yearOption(const Invocation &invocation, const QString &option)
{
    const QString text = invocation.value(option);
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || text.size() != 4) {
        throw UsageError(ReportCommandTr::tr("--%1 must be a year such as 2024, not \"%2\"").arg(option, text));
    }
    return year;
}

QString amountText(const ReportAmount &amount, const QString &currency)
{
    QString text = Money{amount.converted, currency}.toDecimalString() + u' ' + currency;
    for (auto it = amount.notConverted.cbegin(); it != amount.notConverted.cend(); ++it) {
        text += u" + "_s + Money{it.value(), it.key()}.toDecimalString() + u' ' + it.key() + u" (not converted)"_s;
    }
    return text;
}

QVariantMap amountJson(const ReportAmount &amount, const QString &currency)
{
    QVariantMap notConverted;
    for (auto it = amount.notConverted.cbegin(); it != amount.notConverted.cend(); ++it) {
        notConverted.insert(it.key(), Money{it.value(), it.key()}.toDecimalString());
    }
    return {{u"converted"_s, Money{amount.converted, currency}.toDecimalString()}, {u"not_converted"_s, notConverted}};
}

QVariantMap lineJson(const ImpactLine &line, const QString &currency)
{
    return {{u"code"_s, line.code},
            {u"label"_s, line.label},
            {u"deals"_s, line.deals},
            {u"lost_deals"_s, line.lostDeals},
            {u"jobs_announced"_s, line.jobsAnnounced},
            {u"jobs_realised"_s, line.jobsRealised},
            {u"capex_announced"_s, amountJson(line.capexAnnounced, currency)},
            {u"capex_realised"_s, amountJson(line.capexRealised, currency)}};
}

QVariantList linesJson(const QList<ImpactLine> &lines, const QString &currency)
{
    QVariantList list;
    for (const ImpactLine &line : lines) {
        list << lineJson(line, currency);
    }
    return list;
}

QVariantMap countsJson(const QList<std::pair<QString, int>> &counts)
{
    QVariantMap map;
    for (const auto &[key, count] : counts) {
        map.insert(key, count);
    }
    return map;
}

QVariantMap reportJson(const ProgrammeReport &r)
{
    QVariantList delegates;
    for (const ReportDelegate &d : r.delegates) {
        delegates << QVariantMap{
            {u"id"_s, d.id}, {u"name"_s, d.name}, {u"country"_s, d.country}, {u"stays"_s, d.stays}};
    }
    QVariantList missions;
    for (const ReportMission &m : r.missions) {
        missions << QVariantMap{
            {u"id"_s, m.id}, {u"title"_s, m.title}, {u"kind"_s, m.kind}, {u"start"_s, m.start}, {u"end"_s, m.end}};
    }
    QVariantList missing;
    for (const MissingRate &rate : r.missingRates) {
        missing << QVariantMap{{u"currency"_s, rate.currency}, {u"year"_s, rate.year}};
    }
    return {{u"from"_s, r.fromYear},
            {u"to"_s, r.toYear},
            {u"currency"_s, r.currency},
            {u"delegates_hosted"_s, delegates},
            {u"meetings"_s, r.meetings},
            {u"meetings_by_sector"_s, countsJson(r.meetingsBySector)},
            {u"missions"_s, missions},
            {u"deals_by_stage"_s, countsJson(r.dealsByStage)},
            {u"totals"_s, lineJson(r.totals, r.currency)},
            {u"by_country"_s, linesJson(r.byCountry, r.currency)},
            {u"by_sector"_s, linesJson(r.bySector, r.currency)},
            {u"by_delegate"_s, linesJson(r.byDelegate, r.currency)},
            {u"by_mission"_s, linesJson(r.byMission, r.currency)},
            {u"missing_rates"_s, missing},
            {u"attribution"_s, programmeReportAttributionNote()},
            {u"impact_rule"_s, programmeReportImpactNote()}};
}

// "key: value" lines with fixed English keys, for people and scripts alike.
void printSummary(const ProgrammeReport &r)
{
    console::line(u"period: "_s + QString::number(r.fromYear) + u'-' + QString::number(r.toYear));
    console::line(u"currency: "_s + r.currency);
    console::line(u"delegates_hosted: "_s + QString::number(r.delegates.size()));
    console::line(u"meetings: "_s + QString::number(r.meetings));
    console::line(u"missions: "_s + QString::number(r.missions.size()));
    console::line(u"deals: "_s + QString::number(r.totals.deals));
    console::line(u"jobs_announced: "_s + QString::number(r.totals.jobsAnnounced));
    console::line(u"jobs_realised: "_s + QString::number(r.totals.jobsRealised));
    console::line(u"capex_announced: "_s + amountText(r.totals.capexAnnounced, r.currency));
    console::line(u"capex_realised: "_s + amountText(r.totals.capexRealised, r.currency));
    console::line(u"missing_rates: "_s + (r.missingRates.isEmpty() ? u"-"_s : missingRatesText(r.missingRates)));
}
} // namespace

ExitCode showReport(const Invocation &invocation)
{
    const int from = yearOption(invocation, u"from"_s);
    const int to = yearOption(invocation, u"to"_s);
    if (from > to) {
        throw UsageError(ReportCommandTr::tr("--from %1 is after --to %2").arg(from).arg(to));
    }
    const bool json = invocation.has(u"json"_s);
    if (json && (invocation.has(kCsv) || invocation.has(kPdf))) {
        throw UsageError(ReportCommandTr::tr("--json prints the report; it cannot be combined with --csv or --pdf"));
    }
    for (const QString &option : {kCsv, kPdf}) {
        if (invocation.has(option)) {
            checkWritable(invocation.value(option));
        }
    }

    Session session(invocation, Database::OpenMode::ReadOnly);
    const QString currency = invocation.has(u"currency"_s) ? invocation.value(u"currency"_s) : u"USD"_s;
    const ProgrammeReport report = ProgrammeReportBuilder(session.db()).build(from, to, currency);
    if (json) {
        console::write(jsonio::objectText(reportJson(report), true));
        return ExitCode::Success;
    }
    printSummary(report);
    if (invocation.has(kCsv)) {
        const QString path = invocation.value(kCsv);
        QSaveFile file(path);
        const QByteArray csv = programmeReportCsv(report);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            throw UsageError(
                ReportCommandTr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        console::line(u"csv: "_s + QFileInfo(path).absoluteFilePath());
    }
    if (invocation.has(kPdf)) {
        const QString path = invocation.value(kPdf);
        try {
            writeProgrammeReportPdf(path, report, QLocale());
        } catch (const Error &error) {
            throw UsageError(error.message());
        }
        console::line(u"pdf: "_s + QFileInfo(path).absoluteFilePath());
    }
    return ExitCode::Success;
}

} // namespace crm::cli
