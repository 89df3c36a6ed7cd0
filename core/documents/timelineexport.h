#pragma once

#include "domain/clock.h"
#include "services/timeline.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

// A timeline taken out of the application: CSV for spreadsheets, HTML and PDF for a printed
// chronology to hand to a delegate or to attach to a briefing.
namespace crm {

// RFC 4180 CSV, UTF-8 with a byte order mark, CRLF line ends, one row per event after the header
// "kind,start,end,open,title,summary,role,code,setback,record_kind,record_id". Dates stay as
// precise as they were recorded ("1991-03").
QByteArray timelineCsv(const QList<TimelineEvent> &events);

// The chronology as simple HTML for QTextDocument: the subject as heading, a subtitle with the
// period, the number of events and the print date, then the events grouped by year. The caller
// sets a default font that covers the scripts of the data (Japanese, Arabic).
QString timelineHtml(const QString &subjectTitle, const QList<TimelineEvent> &events, const QLocale &locale,
                     const Clock &clock = Clock::system());

// The chronology of timelineHtml() as an A4 PDF with "Page x of y" footers. Throws crm::Error
// (Invalid) naming the path and the reason when the file cannot be written; the file is then left
// as it was (it is replaced only once the whole PDF is written).
void writeTimelinePdf(const QString &path, const QString &subjectTitle, const QList<TimelineEvent> &events,
                      const QLocale &locale, const Clock &clock = Clock::system());

// How long a span lasted, or has lasted until today when it is open: "12 days", "3 months",
// "1 year, 6 months", "18 years". Empty for a point event. Never finer than the dates are known:
// a position from "1994" to "1996" is counted in years.
QString timelineSpanText(const TimelineEvent &event, const QDate &today);

} // namespace crm
