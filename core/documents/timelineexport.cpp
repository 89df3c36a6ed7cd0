#include "timelineexport.h"

#include "documents/csv.h"
#include "documents/documentwriter.h"
#include "domain/bidi.h"
#include "domain/recordkind.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// The English forms of the plurals ("1 day", "12 days") come from resources/translations/delegates-crm_en.ts.
// lupdate 6.4 drops a plural whose count is an expression, so each count is a variable first.
struct TimelineExportTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::TimelineExport)
};

// ---- CSV

QString csvBool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// ---- dates and spans

PartialDate::Precision coarser(PartialDate::Precision a, PartialDate::Precision b)
{
    return std::min(a, b); // Year < Month < Day
}

// Whole months from first until end (exclusive): 2024-01-31 to 2024-03-01 is one month.
int wholeMonths(const QDate &first, const QDate &end)
{
    int months = (end.year() - first.year()) * 12 + end.month() - first.month();
    if (months > 0 && first.addMonths(months) > end) {
        --months;
    }
    return std::max(months, 0);
}

// "12 March 1996", "March 1996 – June 2009", "since March 1991".
QString dateText(const TimelineEvent &event, const QLocale &locale)
{
    const QString start = event.start.toDisplay(locale);
    if (!event.isSpan()) {
        return start;
    }
    if (!event.end) {
        return TimelineExportTr::tr("since %1", "an open span: a current position").arg(start);
    }
    if (*event.end == event.start) {
        return start;
    }
    return TimelineExportTr::tr("%1 – %2", "a span from a date to a date").arg(start, event.end->toDisplay(locale));
}

// ---- HTML

QString escaped(const QString &text)
{
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(u"\r\n"_s, u"\n"_s);
    html.replace(u'\n', u"<br>"_s);
    return html;
}

// "1991–2026" (the years the events touch), or one year.
QString yearsCovered(const QList<TimelineEvent> &events, const QDate &today)
{
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    for (const TimelineEvent &e : events) {
        first = std::min(first, e.start.first().year());
        last = std::max(last, e.lastDay(today).year());
    }
    if (first == last) {
        return QString::number(first);
    }
    return TimelineExportTr::tr("%1–%2", "a range of years").arg(first).arg(last);
}

QString eventTable(const TimelineEvent &event, const QLocale &locale, const QDate &today)
{
    QString when = escaped(dateText(event, locale));
    const QString length = timelineSpanText(event, today);
    if (!length.isEmpty()) {
        when += u"<br><span style=\"color:#666666; font-size:8pt;\">"_s + escaped(length) + u"</span>"_s;
    }
    QString what =
        u"<span style=\"color:#666666; font-size:8pt;\">"_s + escaped(timelineKindLabel(event.kind)) + u"</span>"_s;
    if (event.setback) {
        what += u" <span style=\"color:#b3261e; font-size:8pt;\">"_s + escaped(TimelineExportTr::tr("↩ setback")) +
                u"</span>"_s;
    }
    what += u"<br><b>"_s + escaped(event.title) + u"</b>"_s;
    if (!event.role.isEmpty()) {
        what += u"<br><i>"_s + escaped(event.role) + u"</i>"_s;
    }
    // A note's title is its first line: printing the summary too would say it twice.
    QString summary = event.summary.trimmed();
    const QString title = withoutIsolates(event.title).trimmed();
    if (summary.startsWith(title) && event.kind == TimelineEventKind::Note) {
        summary = summary.mid(title.size()).trimmed();
    }
    if (!summary.isEmpty()) {
        what += u"<br><span style=\"color:#333333;\">"_s + escaped(summary) + u"</span>"_s;
    }
    // One table per event: tables stack without a gap, and a page may break between them (the PDF
    // never splits an event over two pages).
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"_s
           u"<td width=\"26%\" valign=\"top\" style=\"border-top: 1px solid #d0d0d0;\">"_s +
           when + u"</td><td valign=\"top\" style=\"border-top: 1px solid #d0d0d0;\">"_s + what +
           u"</td></tr></table>\n"_s;
}

} // namespace

QByteArray timelineCsv(const QList<TimelineEvent> &events)
{
    static const QString header = u"kind,start,end,open,title,summary,role,code,setback,record_kind,record_id\r\n"_s;
    QString text;
    text.reserve(header.size() + events.size() * 160);
    text += header;
    for (const TimelineEvent &e : events) {
        // Events told for the screen carry bidi isolates around names; a spreadsheet gets the names.
        const QStringList fields{timelineKindName(e.kind),
                                 e.start.toIso(),
                                 e.end ? e.end->toIso() : QString(),
                                 csvBool(e.isOpen()),
                                 withoutIsolates(e.title),
                                 e.summary,
                                 e.role,
                                 e.code,
                                 csvBool(e.setback),
                                 kindName(e.recordKind),
                                 e.recordId};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0) {
                text += u',';
            }
            text += csv::field(fields.at(i));
        }
        text += u"\r\n"_s;
    }
    // Excel on Japanese Windows reads a CSV without a byte order mark as Shift-JIS.
    return "\xEF\xBB\xBF"_ba + text.toUtf8();
}

QString timelineSpanText(const TimelineEvent &event, const QDate &today)
{
    if (!event.isSpan() || !event.start.isValid()) {
        return {};
    }
    const QDate first = event.start.first();
    const QDate end = event.lastDay(today).addDays(1);
    const qint64 days = first.daysTo(end);
    if (days <= 0) {
        return {};
    }
    const PartialDate::Precision known =
        event.end ? coarser(event.start.precision(), event.end->precision()) : event.start.precision();
    const int months = wholeMonths(first, end);
    if (known == PartialDate::Precision::Day && days < 14) {
        const int dayCount = static_cast<int>(days);
        return TimelineExportTr::tr("%n day(s)", nullptr, dayCount);
    }
    // A programme stay of 8 weeks reads better in weeks than as "1 month" or "56 days".
    if (known == PartialDate::Precision::Day && days < 63) {
        const int weekCount = static_cast<int>(days / 7);
        return TimelineExportTr::tr("%n week(s)", nullptr, weekCount);
    }
    if (known != PartialDate::Precision::Year && months < 12) {
        const int monthCount = std::max(months, 1);
        return TimelineExportTr::tr("%n month(s)", nullptr, monthCount);
    }
    const int years = std::max(months / 12, 1);
    const int more = months % 12;
    // "1 year, 6 months" says more than "1 year"; past a few years the months are noise.
    if (known != PartialDate::Precision::Year && years < 3 && more > 0) {
        return TimelineExportTr::tr("%1, %2", "years, months")
            .arg(TimelineExportTr::tr("%n year(s)", nullptr, years),
                 TimelineExportTr::tr("%n month(s)", nullptr, more));
    }
    return TimelineExportTr::tr("%n year(s)", nullptr, years);
}

QString timelineHtml(const QString &subjectTitle, const QList<TimelineEvent> &events, const QLocale &locale,
                     const Clock &clock)
{
    const QDate today = clock.today();
    QStringList subtitle;
    if (!events.isEmpty()) {
        subtitle << yearsCovered(events, today);
    }
    const int eventCount = static_cast<int>(events.size());
    subtitle << TimelineExportTr::tr("%n event(s)", nullptr, eventCount)
             << TimelineExportTr::tr("printed %1").arg(locale.toString(today, QLocale::LongFormat));

    QString html;
    html.reserve(events.size() * 600 + 1024);
    html += u"<html><head><meta charset=\"utf-8\"><title>"_s + escaped(subjectTitle) + u"</title></head><body>\n"_s;
    html += u"<h1 style=\"font-size:18pt;\">"_s + escaped(subjectTitle) + u"</h1>\n"_s;
    html += u"<p style=\"color:#555555;\">"_s + escaped(TimelineExportTr::tr("Timeline")) + u" · "_s +
            escaped(subtitle.join(u" · "_s)) + u"</p>\n"_s;
    if (events.isEmpty()) {
        html += u"<p>"_s + escaped(TimelineExportTr::tr("No events.")) + u"</p>\n"_s;
    }
    std::optional<int> year;
    for (const TimelineEvent &e : events) {
        if (year != e.start.first().year()) {
            year = e.start.first().year();
            html += u"<h2 style=\"font-size:13pt;\">"_s + QString::number(*year) + u"</h2>\n"_s;
        }
        html += eventTable(e, locale, today);
    }
    html += u"</body></html>\n"_s;
    return html;
}

void writeTimelinePdf(const QString &path, const QString &subjectTitle, const QList<TimelineEvent> &events,
                      const QLocale &locale, const Clock &clock)
{
    writePdfDocument(path, timelineHtml(subjectTitle, events, locale, clock),
                     TimelineExportTr::tr("Timeline: %1").arg(subjectTitle), subjectTitle);
}

} // namespace crm
