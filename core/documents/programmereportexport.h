#pragma once

#include "reports/programmereport.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

// A programme report taken out of the application: CSV for spreadsheets, HTML and PDF for UNIDO
// and the donors.
namespace crm {

// UTF-8 CSV with a byte order mark and CRLF line ends: a first row "programme_report,FROM,TO,
// CURRENCY", then sections, each a row "section,NAME", a header row and its rows, separated by an
// empty line: delegates_hosted, meetings_by_sector, missions, deals_by_stage, impact_totals,
// impact_by_country, impact_by_sector, impact_by_delegate, impact_by_mission, missing_rates,
// notes. Amounts are plain decimals in the reporting currency; what a missing rate left
// unconverted is in the *_not_converted columns as "4500000000 JPY".
QByteArray programmeReportCsv(const ProgrammeReport &report);

// The report as simple HTML for QTextDocument, with the attribution and impact rules and the
// missing rates spelled out. An empty range says so.
QString programmeReportHtml(const ProgrammeReport &report, const QLocale &locale);

// programmeReportHtml() as an A4 PDF with "Page x of y" footers; errors as writePdfDocument().
void writeProgrammeReportPdf(const QString &path, const ProgrammeReport &report, const QLocale &locale);

// "Programme report 2000–2020" / "Programme report 2024".
QString programmeReportTitle(const ProgrammeReport &report);

} // namespace crm
