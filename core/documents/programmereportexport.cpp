#include "programmereportexport.h"

#include "documents/csv.h"
#include "documents/documentwriter.h"
#include "domain/codelabels.h"
#include "domain/referencedata.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct ProgrammeReportExportTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ProgrammeReportExport)
};

// ---- CSV

QString decimal(qint64 minorUnits, const QString &currency)
{
    return Money{minorUnits, currency}.toDecimalString();
}

QString notConvertedText(const ReportAmount &amount)
{
    QStringList parts;
    for (auto it = amount.notConverted.cbegin(); it != amount.notConverted.cend(); ++it) {
        parts << decimal(it.value(), it.key()) + u' ' + it.key();
    }
    return parts.join(u"; "_s);
}

void section(QString &text, const QString &name, const QStringList &header)
{
    text += u"\r\n"_s + csv::row({u"section"_s, name}) + csv::row(header);
}

QStringList impactHeader(const QString &currency, const QString &first)
{
    return {first,
            u"label"_s,
            u"deals"_s,
            u"lost_deals"_s,
            u"jobs_announced"_s,
            u"jobs_realised"_s,
            u"capex_announced_"_s + currency,
            u"capex_announced_not_converted"_s,
            u"capex_realised_"_s + currency,
            u"capex_realised_not_converted"_s};
}

QStringList impactRow(const ImpactLine &line, const QString &currency)
{
    return {line.code,
            line.label,
            QString::number(line.deals),
            QString::number(line.lostDeals),
            QString::number(line.jobsAnnounced),
            QString::number(line.jobsRealised),
            decimal(line.capexAnnounced.converted, currency),
            notConvertedText(line.capexAnnounced),
            decimal(line.capexRealised.converted, currency),
            notConvertedText(line.capexRealised)};
}

void impactSection(QString &text, const QString &name, const QString &first, const QList<ImpactLine> &lines,
                   const QString &currency)
{
    section(text, name, impactHeader(currency, first));
    for (const ImpactLine &line : lines) {
        text += csv::row(impactRow(line, currency));
    }
}

// ---- HTML

QString escaped(const QString &text)
{
    return text.trimmed().toHtmlEscaped();
}

QString money(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    return Money{minorUnits, currency}.toDisplayString(locale);
}

// "1,250,000.00 USD", then "+ 4,500,000,000 JPY not converted" for what a missing rate left.
QString amountHtml(const ReportAmount &amount, const QString &currency, const QLocale &locale)
{
    QString html = escaped(money(amount.converted, currency, locale));
    for (auto it = amount.notConverted.cbegin(); it != amount.notConverted.cend(); ++it) {
        html += u"<br><span style=\"color:#b3261e;\">"_s +
                escaped(ProgrammeReportExportTr::tr("+ %1 not converted").arg(money(it.value(), it.key(), locale))) +
                u"</span>"_s;
    }
    return html;
}

QString cell(const QString &html, bool number = false)
{
    return (number ? u"<td align=\"right\" style=\"border-top: 1px solid #d0d0d0;\">"_s
                   : u"<td style=\"border-top: 1px solid #d0d0d0;\">"_s) +
           html + u"</td>"_s;
}

QString headerRow(const QStringList &labels)
{
    QString html = u"<tr>"_s;
    for (const QString &label : labels) {
        html += u"<th align=\"left\" style=\"background:#eeeeee;\">"_s + escaped(label) + u"</th>"_s;
    }
    return html + u"</tr>"_s;
}

QString table(const QString &rows)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_s + rows + u"</table>\n"_s;
}

QString heading(const QString &text)
{
    return u"<h2 style=\"font-size:13pt;\">"_s + escaped(text) + u"</h2>\n"_s;
}

QString impactTable(const QString &firstColumn, const QList<ImpactLine> &lines, const ProgrammeReport &report,
                    const QLocale &locale)
{
    if (lines.isEmpty()) {
        return u"<p>"_s + escaped(ProgrammeReportExportTr::tr("None.")) + u"</p>\n"_s;
    }
    QString rows =
        headerRow({firstColumn, ProgrammeReportExportTr::tr("Deals"), ProgrammeReportExportTr::tr("Jobs announced"),
                   ProgrammeReportExportTr::tr("Jobs realised"),
                   ProgrammeReportExportTr::tr("Capex announced (%1)").arg(report.currency),
                   ProgrammeReportExportTr::tr("Capex realised (%1)").arg(report.currency)});
    for (const ImpactLine &line : lines) {
        QString deals = locale.toString(line.deals);
        if (line.lostDeals > 0) {
            deals += u" "_s + ProgrammeReportExportTr::tr("(%1 lost)").arg(locale.toString(line.lostDeals));
        }
        rows += u"<tr>"_s + cell(escaped(line.label.isEmpty() ? ProgrammeReportExportTr::tr("(none)") : line.label)) +
                cell(deals, true) + cell(locale.toString(line.jobsAnnounced), true) +
                cell(locale.toString(line.jobsRealised), true) +
                cell(amountHtml(line.capexAnnounced, report.currency, locale), true) +
                cell(amountHtml(line.capexRealised, report.currency, locale), true) + u"</tr>"_s;
    }
    return table(rows);
}

QString yearsText(const ProgrammeReport &report)
{
    if (report.fromYear == report.toYear) {
        return QString::number(report.fromYear);
    }
    return ProgrammeReportExportTr::tr("%1–%2", "a range of years").arg(report.fromYear).arg(report.toYear);
}
} // namespace

QString programmeReportTitle(const ProgrammeReport &report)
{
    return ProgrammeReportExportTr::tr("Programme report %1").arg(yearsText(report));
}

QByteArray programmeReportCsv(const ProgrammeReport &report)
{
    const QString currency = report.currency;
    QString text =
        csv::row({u"programme_report"_s, QString::number(report.fromYear), QString::number(report.toYear), currency});

    section(text, u"delegates_hosted"_s, {u"delegate_id"_s, u"name"_s, u"country"_s, u"stays"_s});
    for (const ReportDelegate &d : report.delegates) {
        text += csv::row({d.id, d.name, d.country, d.stays.join(u"; "_s)});
    }
    section(text, u"meetings_by_sector"_s, {u"investor_sector"_s, u"meetings"_s});
    for (const auto &[sector, count] : report.meetingsBySector) {
        text += csv::row({sector, QString::number(count)});
    }
    text += csv::row({u"total"_s, QString::number(report.meetings)});
    section(text, u"missions"_s, {u"mission_id"_s, u"title"_s, u"kind"_s, u"start"_s, u"end"_s});
    for (const ReportMission &m : report.missions) {
        text += csv::row({m.id, m.title, m.kind, m.start, m.end});
    }
    section(text, u"deals_by_stage"_s, {u"stage"_s, u"deals"_s});
    for (const auto &[stage, count] : report.dealsByStage) {
        text += csv::row({stage, QString::number(count)});
    }
    impactSection(text, u"impact_totals"_s, u"scope"_s, {report.totals}, currency);
    impactSection(text, u"impact_by_country"_s, u"country"_s, report.byCountry, currency);
    impactSection(text, u"impact_by_sector"_s, u"sector"_s, report.bySector, currency);
    impactSection(text, u"impact_by_delegate"_s, u"delegate_id"_s, report.byDelegate, currency);
    impactSection(text, u"impact_by_mission"_s, u"mission_id"_s, report.byMission, currency);
    section(text, u"missing_rates"_s, {u"currency"_s, u"year"_s});
    for (const MissingRate &rate : report.missingRates) {
        text += csv::row({rate.currency, QString::number(rate.year)});
    }
    section(text, u"notes"_s, {u"note"_s});
    text += csv::row({programmeReportAttributionNote()}) + csv::row({programmeReportImpactNote()});
    return csv::withByteOrderMark(text);
}

QString programmeReportHtml(const ProgrammeReport &report, const QLocale &locale)
{
    const QString title = programmeReportTitle(report);
    QString html = u"<html><head><meta charset=\"utf-8\"><title>"_s + escaped(title) + u"</title></head><body>\n"_s;
    html += u"<h1 style=\"font-size:18pt;\">"_s + escaped(title) + u"</h1>\n"_s;
    html +=
        u"<p style=\"color:#555555;\">"_s +
        escaped(
            ProgrammeReportExportTr::tr("UNIDO ITPO Japan, Delegates Programme · amounts in %1").arg(report.currency)) +
        u"</p>\n"_s;
    if (report.isEmpty()) {
        html += u"<p>"_s +
                escaped(ProgrammeReportExportTr::tr(
                    "Nothing was recorded for this period: no delegate hosted, no meeting, no "
                    "mission and no deal.")) +
                u"</p>\n"_s;
    }

    const int delegateCount = static_cast<int>(report.delegates.size());
    const int meetingCount = report.meetings;
    const int missionCount = static_cast<int>(report.missions.size());
    const int dealCount = report.totals.deals;
    html += heading(ProgrammeReportExportTr::tr("Summary"));
    html += u"<p>"_s +
            escaped(QStringList{ProgrammeReportExportTr::tr("%n delegate(s) hosted", nullptr, delegateCount),
                                ProgrammeReportExportTr::tr("%n meeting(s) held", nullptr, meetingCount),
                                ProgrammeReportExportTr::tr("%n mission(s)", nullptr, missionCount),
                                ProgrammeReportExportTr::tr("%n deal(s)", nullptr, dealCount)}
                        .join(u" · "_s)) +
            u"</p>\n"_s;
    html += u"<p style=\"color:#333333;\">"_s + escaped(programmeReportAttributionNote()) + u"<br>"_s +
            escaped(programmeReportImpactNote()) + u"</p>\n"_s;
    if (!report.missingRates.isEmpty()) {
        html += u"<p style=\"color:#b3261e;\"><b>"_s + escaped(ProgrammeReportExportTr::tr("Missing exchange rates:")) +
                u"</b> "_s + escaped(missingRatesText(report.missingRates)) + u". "_s +
                escaped(ProgrammeReportExportTr::tr("The amounts that need them are shown unconverted.")) + u"</p>\n"_s;
    }

    html += heading(ProgrammeReportExportTr::tr("Impact"));
    ImpactLine all = report.totals;
    all.label = ProgrammeReportExportTr::tr("All deals");
    html += impactTable(ProgrammeReportExportTr::tr("Scope"), {all}, report, locale);

    html += heading(ProgrammeReportExportTr::tr("Deals by stage"));
    QString stageRows = headerRow({ProgrammeReportExportTr::tr("Stage"), ProgrammeReportExportTr::tr("Deals")});
    for (const auto &[stage, count] : report.dealsByStage) {
        stageRows += u"<tr>"_s + cell(escaped(codeLabel(stage))) + cell(locale.toString(count), true) + u"</tr>"_s;
    }
    html += report.dealsByStage.isEmpty() ? u"<p>"_s + escaped(ProgrammeReportExportTr::tr("None.")) + u"</p>\n"_s
                                          : table(stageRows);

    html += heading(ProgrammeReportExportTr::tr("By host country"));
    html += impactTable(ProgrammeReportExportTr::tr("Country"), report.byCountry, report, locale);
    html += heading(ProgrammeReportExportTr::tr("By sector"));
    html += impactTable(ProgrammeReportExportTr::tr("Sector"), report.bySector, report, locale);
    html += heading(ProgrammeReportExportTr::tr("By delegate"));
    html += impactTable(ProgrammeReportExportTr::tr("Delegate"), report.byDelegate, report, locale);
    html += heading(ProgrammeReportExportTr::tr("By mission"));
    html += impactTable(ProgrammeReportExportTr::tr("Mission"), report.byMission, report, locale);

    html += heading(ProgrammeReportExportTr::tr("Delegates hosted"));
    QString delegateRows = headerRow({ProgrammeReportExportTr::tr("Delegate"), ProgrammeReportExportTr::tr("Country"),
                                      ProgrammeReportExportTr::tr("Stays")});
    for (const ReportDelegate &d : report.delegates) {
        delegateRows += u"<tr>"_s + cell(escaped(d.name)) + cell(escaped(reference::countryName(d.country))) +
                        cell(escaped(d.stays.join(u", "_s))) + u"</tr>"_s;
    }
    html += report.delegates.isEmpty() ? u"<p>"_s + escaped(ProgrammeReportExportTr::tr("None.")) + u"</p>\n"_s
                                       : table(delegateRows);

    html += heading(ProgrammeReportExportTr::tr("Meetings by investor sector"));
    QString meetingRows = headerRow({ProgrammeReportExportTr::tr("Sector"), ProgrammeReportExportTr::tr("Meetings")});
    for (const auto &[sector, count] : report.meetingsBySector) {
        meetingRows += u"<tr>"_s +
                       cell(escaped(sector.isEmpty() ? ProgrammeReportExportTr::tr("(none)") : codeLabel(sector))) +
                       cell(locale.toString(count), true) + u"</tr>"_s;
    }
    html += report.meetingsBySector.isEmpty() ? u"<p>"_s + escaped(ProgrammeReportExportTr::tr("None.")) + u"</p>\n"_s
                                              : table(meetingRows);

    html += heading(ProgrammeReportExportTr::tr("Missions"));
    QString missionRows = headerRow({ProgrammeReportExportTr::tr("Mission"), ProgrammeReportExportTr::tr("Kind"),
                                     ProgrammeReportExportTr::tr("Dates")});
    for (const ReportMission &m : report.missions) {
        missionRows += u"<tr>"_s + cell(escaped(m.title)) + cell(escaped(codeLabel(m.kind))) +
                       cell(escaped(m.start + u" – "_s + m.end)) + u"</tr>"_s;
    }
    html += report.missions.isEmpty() ? u"<p>"_s + escaped(ProgrammeReportExportTr::tr("None.")) + u"</p>\n"_s
                                      : table(missionRows);
    html += u"</body></html>\n"_s;
    return html;
}

void writeProgrammeReportPdf(const QString &path, const ProgrammeReport &report, const QLocale &locale)
{
    const QString title = programmeReportTitle(report);
    writePdfDocument(path, programmeReportHtml(report, locale), title, title);
}

} // namespace crm
