#include "rawtimeline.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

struct RawStatement
{
    const char *sql;
    int ids = 1;       // the delegate's id is bound to the first `ids` placeholders
    bool kind = false; // then 'delegate' (linked_kind)
};

// Copied from TimelineQuery::forDelegate (core/storage/timelinequery.cpp), in the same order.
// Keep them in step when the queries change, or the baseline measures something else.
const RawStatement kStatements[] = {
    {"SELECT delegate_id, start_date, end_date, host_office, NULL, notes, NULL, NULL, NULL, 0, NULL "
     "FROM delegate_stay WHERE delegate_id = ? ORDER BY position",
     1},
    {"SELECT delegate_id, from_date, to_date, title, NULL, organisation, NULL, NULL, NULL, 0, NULL "
     "FROM delegate_position WHERE delegate_id = ? ORDER BY position",
     1},
    {"SELECT m.id, m.start_date, m.end_date, m.title, NULL, m.places, NULL, NULL, "
     "group_concat(p.role, ', '), 0, NULL FROM mission_participant p JOIN mission m ON m.id = p.mission_id "
     "WHERE p.person_id = ? AND p.person_kind = 'delegate' AND m.deleted_at IS NULL GROUP BY m.id",
     1},
    {"SELECT m.id, m.starts_at, NULL, v.name, m.place, m.next_step, m.summary, v.name_latin, "
     "COALESCE((SELECT group_concat(COALESCE(NULLIF(a.role, ''), a.side), ', ') FROM meeting_attendee a "
     "WHERE a.meeting_id = m.id AND a.person_id = ? AND a.person_kind = 'delegate'), 'mission_member'), "
     "0, NULL, m.time_zone FROM meeting m JOIN investor v ON v.id = m.investor_id "
     "WHERE m.deleted_at IS NULL AND m.id IN ("
     "SELECT meeting_id FROM meeting_attendee WHERE person_id = ? AND person_kind = 'delegate' "
     "UNION SELECT mm.id FROM meeting mm WHERE mm.mission_id IN ("
     "SELECT mission_id FROM mission_participant WHERE person_id = ? AND person_kind = 'delegate') "
     "UNION SELECT ai.meeting_id FROM mission_agenda_item ai JOIN mission_participant p "
     "ON p.mission_id = ai.mission_id WHERE p.person_id = ? AND p.person_kind = 'delegate' "
     "AND ai.meeting_id IS NOT NULL)",
     4},
    {"SELECT d.id, s.date, NULL, d.title, s.stage, s.note, NULL, NULL, "
     "(SELECT group_concat(role, ', ') FROM (SELECT role FROM deal_credit "
     "WHERE deal_id = d.id AND credited_kind = 'delegate' AND credited_id = ? ORDER BY position)), "
     "0, NULL FROM deal d JOIN deal_stage_change s ON s.deal_id = d.id "
     "WHERE d.deleted_at IS NULL AND "
     "d.id IN (SELECT deal_id FROM deal_credit WHERE credited_id = ? AND credited_kind = 'delegate')",
     2},
    {"SELECT d.id, i.as_of, NULL, d.title, i.status, i.indicator, NULL, NULL, "
     "(SELECT group_concat(role, ', ') FROM (SELECT role FROM deal_credit "
     "WHERE deal_id = d.id AND credited_kind = 'delegate' AND credited_id = ? ORDER BY position)), "
     "i.value, i.currency FROM deal d JOIN deal_impact i ON i.deal_id = d.id "
     "WHERE d.deleted_at IS NULL AND i.status IN ('announced', 'realised') AND i.as_of IS NOT NULL "
     "AND d.id IN (SELECT deal_id FROM deal_credit WHERE credited_id = ? AND credited_kind = 'delegate')",
     2},
    {"SELECT id, written_at, NULL, NULL, NULL, body, NULL, NULL, NULL, 0, NULL FROM note "
     "WHERE linked_id = ? AND linked_kind = ? AND deleted_at IS NULL",
     1, true},
    {"SELECT id, due_date, done_at, title, NULL, notes, NULL, NULL, NULL, done, NULL FROM followup "
     "WHERE linked_id = ? AND linked_kind = ? AND deleted_at IS NULL",
     1, true},
};

} // namespace

RawTimeline::RawTimeline(const QString &path, const QString &delegateId)
    : m_raw(path), m_delegateId(delegateId.toUtf8())
{}

QString RawTimeline::name()
{
    return u"timeline: raw SQL (the SELECTs of TimelineQuery::forDelegate through the sqlite3 C API)"_s;
}

qint64 RawTimeline::read() const
{
    static const QByteArray delegateKind = QByteArrayLiteral("delegate");
    quint64 checksum = 0;
    qint64 rows = 0;
    for (const RawStatement &statement : kStatements) {
        QList<QByteArray> values(statement.ids, m_delegateId);
        if (statement.kind) {
            values << delegateKind;
        }
        rows += m_raw.readAll(statement.sql, values, checksum);
    }
    return checksum == 0 ? -1 : rows; // the checksum is used, so the column reads stay
}

} // namespace crm::bench
