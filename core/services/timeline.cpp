#include "timeline.h"

#include "domain/deal.h"
#include "domain/money.h"
#include "domain/personname.h"
#include "domain/textfold.h"
#include "storage/timelinequery.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using Source = TimelineRow::Source;

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::Timeline", text);
}

// Dates are stored as ISO dates or ISO date-times with the local offset; the local date is the first ten.
std::optional<QDate> dateOf(const QString &text)
{
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed();
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept << part.trimmed();
        }
    }
    return kept.join(separator);
}

QString impactValue(const TimelineRow &row)
{
    if (ImpactFigure::isMoney(row.detail) && !row.currency.isEmpty()) {
        return Money{row.value, row.currency}.toDecimalString() + u' ' + row.currency;
    }
    return QString::number(row.value);
}

class Assembler
{
public:
    QList<TimelineEvent> events;

    void add(TimelineEventKind kind, const QString &start, const std::optional<QDate> &end, QString title,
             QString summary, RecordKind recordKind, const QString &recordId, const QString &role = {})
    {
        const std::optional<QDate> date = dateOf(start);
        if (!date) {
            return; // undated: nothing to place on a timeline
        }
        events.append({kind, *date, end, std::move(title), std::move(summary), recordKind, recordId, role});
    }

    void add(const TimelineRow &row, RecordKind subjectKind)
    {
        switch (row.source) {
        case Source::Stay:
            add(TimelineEventKind::Stay, row.start, dateOf(row.end),
                joinNonEmpty({tr("Programme stay"), row.title}, u" – "_s), row.detail, subjectKind, row.recordId);
            break;
        case Source::Position:
            add(TimelineEventKind::CareerPosition, row.start, dateOf(row.end), row.title, row.detail, subjectKind,
                row.recordId);
            break;
        case Source::Mission:
            add(TimelineEventKind::Mission, row.start, dateOf(row.end), row.title, row.detail, RecordKind::Mission,
                row.recordId, row.role);
            break;
        case Source::Meeting:
            add(TimelineEventKind::Meeting, row.start, std::nullopt, joinNonEmpty({row.title, row.extra}, u", "_s),
                firstLine(row.detail.trimmed().isEmpty() ? row.more : row.detail), RecordKind::Meeting, row.recordId,
                row.role);
            break;
        case Source::StageChange:
            add(TimelineEventKind::StageChange, row.start, std::nullopt, row.title + u": "_s + row.extra, row.detail,
                RecordKind::Deal, row.recordId, row.role);
            break;
        case Source::Impact:
            add(TimelineEventKind::Impact, row.start, std::nullopt, row.detail + u": "_s + impactValue(row),
                joinNonEmpty({row.title, row.extra}, u", "_s), RecordKind::Deal, row.recordId, row.role);
            break;
        case Source::Note:
            add(TimelineEventKind::Note, row.start, std::nullopt, firstLine(row.detail), row.detail, RecordKind::Note,
                row.recordId);
            break;
        case Source::FollowUp:
            add(TimelineEventKind::FollowUpDue, row.start, std::nullopt, row.title, row.detail, RecordKind::FollowUp,
                row.recordId);
            if (row.value != 0) {
                add(TimelineEventKind::FollowUpDone, row.end, std::nullopt, row.title, row.detail, RecordKind::FollowUp,
                    row.recordId);
            }
            break;
        case Source::Contact: {
            PersonName name;
            name.family = row.title;
            name.given = row.detail;
            name.latinFamily = row.more;
            name.latinGiven = row.latin;
            name.order =
                row.extra == u"family_first"_s ? PersonName::Order::FamilyFirst : PersonName::Order::GivenFirst;
            const QString shown = name.displayName();
            add(TimelineEventKind::ContactJoined, row.start, std::nullopt, tr("%1 joined").arg(shown), {},
                RecordKind::Contact, row.recordId);
            add(TimelineEventKind::ContactLeft, row.end, std::nullopt, tr("%1 left").arg(shown), {},
                RecordKind::Contact, row.recordId);
            break;
        }
        }
    }
};

bool overlaps(const TimelineEvent &e, const TimelineFilter &filter)
{
    // An open span (a current position) lasts until today and beyond.
    const bool span = e.kind == TimelineEventKind::Stay || e.kind == TimelineEventKind::CareerPosition ||
                      e.kind == TimelineEventKind::Mission;
    if (filter.to && e.start > *filter.to) {
        return false;
    }
    if (filter.from) {
        const bool ended = span ? (e.end && *e.end < *filter.from) : e.start < *filter.from;
        if (ended) {
            return false;
        }
    }
    return true;
}

QList<TimelineEvent> finish(QList<TimelineEvent> events, const TimelineFilter &filter)
{
    const QString text = foldText(filter.text);
    const auto rejected = [&](const TimelineEvent &e) {
        if (!filter.kinds.isEmpty() && !filter.kinds.contains(e.kind)) {
            return true;
        }
        if (!overlaps(e, filter)) {
            return true;
        }
        return !text.isEmpty() && !foldText(e.title).contains(text) && !foldText(e.summary).contains(text);
    };
    events.erase(std::remove_if(events.begin(), events.end(), rejected), events.end());
    const auto before = [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        if (a.kind != b.kind) {
            return a.kind < b.kind;
        }
        return a.title < b.title;
    };
    std::stable_sort(events.begin(), events.end(), [&](const TimelineEvent &a, const TimelineEvent &b) {
        return filter.newestFirst ? before(b, a) : before(a, b);
    });
    return events;
}

QList<TimelineEvent> assemble(const QList<TimelineRow> &rows, RecordKind subjectKind, const TimelineFilter &filter)
{
    Assembler assembler;
    for (const TimelineRow &row : rows) {
        assembler.add(row, subjectKind);
    }
    return finish(std::move(assembler.events), filter);
}
} // namespace

QList<TimelineEvent> Timeline::forDelegate(const QString &delegateId, const TimelineFilter &filter) const
{
    return assemble(TimelineQuery(m_db).forDelegate(delegateId), RecordKind::Delegate, filter);
}

QList<TimelineEvent> Timeline::forInvestor(const QString &investorId, const TimelineFilter &filter) const
{
    return assemble(TimelineQuery(m_db).forInvestor(investorId), RecordKind::Investor, filter);
}

QList<TimelineEvent> Timeline::forDeal(const QString &dealId, const TimelineFilter &filter) const
{
    return assemble(TimelineQuery(m_db).forDeal(dealId), RecordKind::Deal, filter);
}

QString timelineKindName(TimelineEventKind kind)
{
    switch (kind) {
    case TimelineEventKind::Stay:
        return u"stay"_s;
    case TimelineEventKind::CareerPosition:
        return u"position"_s;
    case TimelineEventKind::Mission:
        return u"mission"_s;
    case TimelineEventKind::Meeting:
        return u"meeting"_s;
    case TimelineEventKind::StageChange:
        return u"stage_change"_s;
    case TimelineEventKind::Impact:
        return u"impact"_s;
    case TimelineEventKind::Note:
        return u"note"_s;
    case TimelineEventKind::FollowUpDue:
        return u"followup_due"_s;
    case TimelineEventKind::FollowUpDone:
        return u"followup_done"_s;
    case TimelineEventKind::ContactJoined:
        return u"contact_joined"_s;
    case TimelineEventKind::ContactLeft:
        return u"contact_left"_s;
    }
    return {};
}

} // namespace crm
