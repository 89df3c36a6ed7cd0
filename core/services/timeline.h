#pragma once

#include "domain/recordkind.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
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
    QDate start;
    std::optional<QDate> end; // spans (stays, positions, missions); an open position has none
    QString title;
    QString summary;
    RecordKind recordKind = RecordKind::Note; // the record to open for this event
    QString recordId;
    QString role; // the delegate's part where one exists: credit role, participant role, attendee side
};

struct TimelineFilter
{
    QSet<TimelineEventKind> kinds; // empty: all
    std::optional<QDate> from;     // events (or spans) touching [from, to]
    std::optional<QDate> to;
    QString text; // each event whose folded title or summary contains it (folded)
    bool newestFirst = true;
};

// The story of one record, assembled from a handful of queries (TimelineQuery) and sorted by date.
class Timeline final
{
public:
    explicit Timeline(Database &db) : m_db(db) {}

    QList<TimelineEvent> forDelegate(const QString &delegateId, const TimelineFilter &filter = {}) const;
    QList<TimelineEvent> forInvestor(const QString &investorId, const TimelineFilter &filter = {}) const;
    QList<TimelineEvent> forDeal(const QString &dealId, const TimelineFilter &filter = {}) const;

private:
    Database &m_db;
};

// The name used by the CLI and JSON ("stay", "meeting", "followup_done").
QString timelineKindName(TimelineEventKind kind);

} // namespace crm
