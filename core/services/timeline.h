#pragma once

#include "domain/partialdate.h"
#include "domain/recordkind.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace crm {

class Database;

enum class TimelineEventKind
{
    Stay,
    CareerPosition,
    Mission,
    Meeting,
    StageChange,
    Impact,
    Note,
    FollowUpDue,
    FollowUpDone,
    ContactJoined,
    ContactLeft
};

// One dated thing in the story of a delegate, an investor or a deal.
struct TimelineEvent
{
    TimelineEventKind kind = TimelineEventKind::Note;
    PartialDate start; // to the day, or only the month or year for old records
    // Spans (stays, positions, missions) end here; a span without one is still open (a current
    // position, a stay whose end was not recorded). Points have none.
    std::optional<PartialDate> end;
    QString title;                            // translated, ready to show
    QString summary;                          // one line or a paragraph; may be empty
    RecordKind recordKind = RecordKind::Note; // the record to open for this event
    QString recordId;
    QString role; // the subject's part where one exists, translated: credit roles, participant role, side
    // The code behind the event for machines (CSV, JSON, filters): the stage of a stage change,
    // "indicator/status" of an impact figure; empty otherwise.
    QString code;
    bool setback = false; // a stage change back to an earlier stage (or on hold, lost)
    // Title, summary and role folded (foldText) once, so that a filter typed over ten thousand
    // events does not fold them again on every keystroke. Filled by a Timeline call that filters
    // by text (and by TimelineModel); empty otherwise: filterTimeline() then folds as it goes.
    QString searchText;

    bool isSpan() const;
    bool isOpen() const { return isSpan() && !end; }
    // The last day the event touches; an open span reaches today.
    QDate lastDay(const QDate &today) const;
};

struct TimelineFilter
{
    QSet<TimelineEventKind> kinds; // empty: all
    std::optional<QDate> from;     // events (or spans) touching [from, to]; a vague date touches its whole period
    std::optional<QDate> to;
    // Events whose folded title, summary and role hold every word of it (folded), in any order.
    QString text;
    bool newestFirst = true;
};

// Narrows and orders events already assembled, by the same rules as Timeline::forDelegate() and
// friends, without reading the database again: a filter box over a loaded timeline stays instant.
QList<TimelineEvent> filterTimeline(const QList<TimelineEvent> &all, const TimelineFilter &filter);
// What the text filter searches in an event: its title, summary and role, folded.
QString timelineSearchText(const TimelineEvent &event);

// The words a timeline is told in: by default the application's (tr(), codeLabel(), this computer's
// locale); a printed document brings those of its own language (DocumentLanguage::timelineWording()).
struct TimelineWording
{
    std::function<QString(const QString &code)> codeName; // stages, roles, impact indicators and statuses
    QLocale locale;                                       // numbers and amounts
    QString stay;                                         // "Programme stay"
    QString joined;                                       // "%1 joined": a contact's name
    QString left;                                         // "%1 left"
    QString otherScript;                                  // "%1 (%2)": an investor's name, its Latin-script name
    QString figure;                                       // "%1 (%2): %3": indicator, status, value
    // Names and other typed text inside titles are bidi-isolated (crm::isolate()) for a reader: on
    // screen and in print, never for the CSV and JSON a machine reads.
    bool isolateNames = false;

    static TimelineWording application();
};

// The story of one record, assembled from a handful of queries (TimelineQuery) and sorted by date.
class Timeline final
{
public:
    explicit Timeline(Database &db, TimelineWording wording = TimelineWording::application())
        : m_db(db), m_wording(std::move(wording))
    {}

    QList<TimelineEvent> forDelegate(const QString &delegateId, const TimelineFilter &filter = {}) const;
    QList<TimelineEvent> forInvestor(const QString &investorId, const TimelineFilter &filter = {}) const;
    QList<TimelineEvent> forDeal(const QString &dealId, const TimelineFilter &filter = {}) const;

private:
    Database &m_db;
    TimelineWording m_wording;
};

// The name used by the CLI and JSON ("stay", "meeting", "followup_done"), and back.
QString timelineKindName(TimelineEventKind kind);
std::optional<TimelineEventKind> timelineKindFromName(const QString &name);
// The translated name shown to the officer ("Programme stay", "Follow-up done").
QString timelineKindLabel(TimelineEventKind kind);
// Every kind, in display order.
const QList<TimelineEventKind> &timelineKinds();

} // namespace crm
