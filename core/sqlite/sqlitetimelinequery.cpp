#include "sqlitetimelinequery.h"

#include "sqlitedatabase.h"
#include "sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using namespace storage;
using Source = TimelineRow::Source;

// Every statement selects the same columns, in this order:
// record id, start, end, title, extra, detail, more, latin, role, value, currency and, for meetings, the time zone.
void collect(const QSqlDatabase &db, QList<TimelineRow> &rows, Source source, const QString &sql,
             const QList<QVariant> &values)
{
    SqlStatement q(db, sql);
    q.bind(values).exec();
    while (q.next()) {
        TimelineRow row{source,
                        q.value(0).toString(),
                        q.value(1).toString(),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        q.value(4).toString(),
                        q.value(5).toString(),
                        q.value(6).toString(),
                        q.value(7).toString(),
                        q.value(8).toString(),
                        q.value(9).toLongLong(),
                        q.value(10).toString(),
                        source == Source::Meeting ? q.value(11).toString() : QString()};
        if (source == Source::Mission && !row.detail.isEmpty()) {
            // Places are stored as a JSON list of text.
            QStringList places;
            for (const QJsonValue &place : QJsonDocument::fromJson(row.detail.toUtf8()).array()) {
                places << place.toString();
            }
            row.detail = places.join(u", "_s);
        }
        rows.append(std::move(row));
    }
}

// Stage changes and impact figures of the deals matched by dealCondition (a condition on d);
// roleSql yields the subject's role in the deal (or NULL).
void collectDeals(const QSqlDatabase &db, QList<TimelineRow> &rows, const QString &dealCondition,
                  const QString &roleSql, const QList<QVariant> &values)
{
    collect(db, rows, Source::StageChange,
            u"SELECT d.id, s.date, NULL, d.title, s.stage, s.note, NULL, NULL, "_s + roleSql +
                u", 0, NULL FROM deal d JOIN deal_stage_change s ON s.deal_id = d.id "
                u"WHERE d.deleted_at IS NULL AND "_s +
                dealCondition,
            values);
    collect(db, rows, Source::Impact,
            u"SELECT d.id, i.as_of, NULL, d.title, i.status, i.indicator, NULL, NULL, "_s + roleSql +
                u", i.value, i.currency FROM deal d JOIN deal_impact i ON i.deal_id = d.id "
                u"WHERE d.deleted_at IS NULL AND i.status IN ('announced', 'realised') AND i.as_of IS NOT NULL "
                u"AND "_s +
                dealCondition,
            values);
}

void collectLinked(const QSqlDatabase &db, QList<TimelineRow> &rows, const QString &kind, const QString &id)
{
    collect(db, rows, Source::Note,
            u"SELECT id, written_at, NULL, NULL, NULL, body, NULL, NULL, NULL, 0, NULL FROM note "
            u"WHERE linked_id = ? AND linked_kind = ? AND deleted_at IS NULL"_s,
            {id, kind});
    collect(db, rows, Source::FollowUp,
            u"SELECT id, due_date, done_at, title, NULL, notes, NULL, NULL, NULL, done, NULL FROM followup "
            u"WHERE linked_id = ? AND linked_kind = ? AND deleted_at IS NULL"_s,
            {id, kind});
}

const QString meetingColumns = u"SELECT m.id, m.starts_at, NULL, v.name, m.place, m.next_step, m.summary, "
                               u"v.name_latin, "_s;
} // namespace

QList<TimelineRow> SqliteTimelineQuery::forDelegate(const QString &delegateId) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    QList<TimelineRow> rows;
    collect(db, rows, Source::Stay,
            u"SELECT delegate_id, start_date, end_date, host_office, NULL, notes, NULL, NULL, NULL, 0, NULL "
            u"FROM delegate_stay WHERE delegate_id = ? ORDER BY position"_s,
            {delegateId});
    collect(db, rows, Source::Position,
            u"SELECT delegate_id, from_date, to_date, title, NULL, organisation, NULL, NULL, NULL, 0, NULL "
            u"FROM delegate_position WHERE delegate_id = ? ORDER BY position"_s,
            {delegateId});
    collect(db, rows, Source::Mission,
            u"SELECT m.id, m.start_date, m.end_date, m.title, NULL, m.places, NULL, NULL, "
            u"group_concat(p.role, ', '), 0, NULL FROM mission_participant p JOIN mission m ON m.id = p.mission_id "
            u"WHERE p.person_id = ? AND p.person_kind = 'delegate' AND m.deleted_at IS NULL GROUP BY m.id"_s,
            {delegateId});
    // The meetings he attended, and those of the missions he was on (by the meeting's mission or
    // the mission's agenda): he was there even when nobody listed him as an attendee.
    collect(db, rows, Source::Meeting,
            meetingColumns +
                u"COALESCE((SELECT group_concat(COALESCE(NULLIF(a.role, ''), a.side), ', ') FROM meeting_attendee a "
                u"WHERE a.meeting_id = m.id AND a.person_id = ? AND a.person_kind = 'delegate'), 'mission_member'), "
                u"0, NULL, m.time_zone FROM meeting m JOIN investor v ON v.id = m.investor_id "
                u"WHERE m.deleted_at IS NULL AND m.id IN ("
                u"SELECT meeting_id FROM meeting_attendee WHERE person_id = ? AND person_kind = 'delegate' "
                u"UNION SELECT mm.id FROM meeting mm WHERE mm.mission_id IN ("
                u"SELECT mission_id FROM mission_participant WHERE person_id = ? AND person_kind = 'delegate') "
                u"UNION SELECT ai.meeting_id FROM mission_agenda_item ai JOIN mission_participant p "
                u"ON p.mission_id = ai.mission_id WHERE p.person_id = ? AND p.person_kind = 'delegate' "
                u"AND ai.meeting_id IS NOT NULL)"_s,
            {delegateId, delegateId, delegateId, delegateId});
    // The roles come in credit order; a delegate credited twice on a deal gets both roles on one event.
    const QString role =
        u"(SELECT group_concat(role, ', ') FROM (SELECT role FROM deal_credit "
        u"WHERE deal_id = d.id AND credited_kind = 'delegate' AND credited_id = ? ORDER BY position))"_s;
    collectDeals(db, rows,
                 u"d.id IN (SELECT deal_id FROM deal_credit WHERE credited_id = ? AND credited_kind = 'delegate')"_s,
                 role, {delegateId, delegateId});
    collectLinked(db, rows, u"delegate"_s, delegateId);
    return rows;
}

QList<TimelineRow> SqliteTimelineQuery::forInvestor(const QString &investorId) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    QList<TimelineRow> rows;
    collect(db, rows, Source::Meeting,
            meetingColumns + u"NULL, 0, NULL, m.time_zone FROM meeting m JOIN investor v ON v.id = m.investor_id "
                             u"WHERE m.investor_id = ? AND m.deleted_at IS NULL"_s,
            {investorId});
    collect(db, rows, Source::Mission,
            u"SELECT m.id, m.start_date, m.end_date, m.title, NULL, m.places, NULL, NULL, NULL, 0, NULL "
            u"FROM mission m WHERE m.deleted_at IS NULL AND m.id IN (SELECT p.mission_id FROM contact c "
            u"JOIN mission_participant p ON p.person_id = c.id AND p.person_kind = 'contact' "
            u"WHERE c.investor_id = ? AND c.deleted_at IS NULL)"_s,
            {investorId});
    collectDeals(db, rows, u"d.investor_id = ?"_s, u"NULL"_s, {investorId});
    collect(db, rows, Source::Contact,
            u"SELECT id, active_from, active_to, family_name, name_order, given_name, latin_family_name, "
            u"latin_given_name, NULL, 0, NULL FROM contact WHERE investor_id = ? AND deleted_at IS NULL"_s,
            {investorId});
    collectLinked(db, rows, u"investor"_s, investorId);
    return rows;
}

QList<TimelineRow> SqliteTimelineQuery::forDeal(const QString &dealId) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_db.connectionName(), false);
    QList<TimelineRow> rows;
    collectDeals(db, rows, u"d.id = ?"_s, u"NULL"_s, {dealId});
    collect(db, rows, Source::Mission,
            u"SELECT m.id, m.start_date, m.end_date, m.title, NULL, m.places, NULL, NULL, group_concat(c.role, ', '), "
            u"0, NULL FROM deal_credit c JOIN mission m ON m.id = c.credited_id "
            u"WHERE c.deal_id = ? AND c.credited_kind = 'mission' AND m.deleted_at IS NULL GROUP BY m.id"_s,
            {dealId});
    collectLinked(db, rows, u"deal"_s, dealId);
    return rows;
}

} // namespace crm
