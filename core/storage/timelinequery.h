#pragma once

#include <QList>
#include <QString>

namespace crm {

// One raw row behind a timeline event, read straight from storage. The meaning of the text
// fields depends on the source; services/timeline.cpp turns rows into events.
struct TimelineRow
{
    enum class Source
    {
        Stay,        // title: host office, detail: notes
        Position,    // title: job title, detail: organisation
        Mission,     // title: mission title, detail: places, comma-separated
        Meeting,     // title: investor name, latin: its latin name, extra: place, detail: next step, more: summary,
                     // start: UTC instant, zone: the meeting's time zone
        StageChange, // title: deal title, extra: stage, detail: note
        Impact,      // title: indicator, extra: status, value + currency
        Note,        // detail: body
        FollowUp,    // title, detail: notes, end: done_at, value: done (0/1)
        Contact      // title: family, detail: given, more: latin family, latin: latin given, extra: name order
    };

    Source source;
    QString recordId;
    QString start; // ISO date or date-time; empty when unknown
    QString end;
    QString title;
    QString extra;
    QString detail;
    QString more;
    QString latin;
    QString role;
    qint64 value = 0;
    QString currency;
    QString zone;
};

// The few queries a timeline needs: each source is read in one statement over the indexes of
// migration 0003, never one query per event. Records in the Trash are left out.
class TimelineQuery
{
public:
    virtual ~TimelineQuery() = default;

    virtual QList<TimelineRow> forDelegate(const QString &delegateId) const = 0;
    virtual QList<TimelineRow> forInvestor(const QString &investorId) const = 0;
    virtual QList<TimelineRow> forDeal(const QString &dealId) const = 0;

protected:
    TimelineQuery() = default;
};

} // namespace crm
