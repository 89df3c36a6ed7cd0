#include "domain/error.h"
#include "services/meetingentry.h"
#include "storage/recordquery.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QVariantMap meetingJson(const QString &investorId)
{
    return {{u"starts_at"_s, u"2026-11-30T10:00:00+09:00"_s},
            {u"investor_id"_s, investorId},
            {u"interest_level"_s, 4},
            {u"next_step"_s, u"Send the Tangier free-zone regulations"_s}};
}

QStringList fieldsOf(const Error &error)
{
    QStringList fields;
    for (const FieldError &field : error.fieldErrors()) {
        fields << field.field;
    }
    return fields;
}
} // namespace

TEST_CASE("a meeting entry creates the meeting and its follow-up linked to it", "[meetingentry]")
{
    test::TestDatabase t;
    const QString investorId = t.store().create(RecordKind::Investor, test::investorJson());
    const SavedMeetingEntry saved =
        saveMeetingEntry(t.db(), {meetingJson(investorId), FollowUpRequest{{}, t.officerId(), QDate(2026, 12, 7), {}}});
    const QString id = saved.meeting.id;

    const QVariantMap meeting = t.store().get(RecordKind::Meeting, id);
    CHECK(saved.meeting.after == meeting); // as stored: the command replays it without reading it back
    REQUIRE(saved.followUp);
    CHECK(saved.followUp->after.value(u"linked_id"_s) == id);
    CHECK(meeting.value(u"investor_id"_s) == investorId);
    CHECK(meeting.value(u"interest_level"_s).toInt() == 4);
    REQUIRE(t.rows(u"followup"_s) == 1);
    const auto followUpId = t.store().findIdBy(RecordKind::FollowUp, u"linked_id"_s, id);
    REQUIRE(followUpId);
    const QVariantMap followUp = t.store().get(RecordKind::FollowUp, *followUpId);
    CHECK(followUp.value(u"linked_kind"_s) == u"meeting"_s);
    CHECK(followUp.value(u"title"_s) == u"Send the Tangier free-zone regulations"_s); // the next step
    CHECK(followUp.value(u"owner_id"_s) == t.officerId());
    CHECK(followUp.value(u"due_date"_s) == u"2026-12-07"_s);
    CHECK_FALSE(followUp.value(u"done"_s).toBool());
}

TEST_CASE("a meeting entry without a follow-up creates the meeting only", "[meetingentry]")
{
    test::TestDatabase t;
    const QString investorId = t.store().create(RecordKind::Investor, test::investorJson());
    saveMeetingEntry(t.db(), {meetingJson(investorId), std::nullopt});
    CHECK(t.rows(u"meeting"_s) == 1);
    CHECK(t.rows(u"followup"_s) == 0);
}

TEST_CASE("a meeting entry keeps the ids it is given, so undo and redo can replay it", "[meetingentry]")
{
    test::TestDatabase t;
    const QString investorId = t.store().create(RecordKind::Investor, test::investorJson());
    QVariantMap meeting = meetingJson(investorId);
    meeting.insert(u"id"_s, u"01900000-0000-7000-8000-000000000001"_s);
    const FollowUpRequest request{u"Call back"_s, t.officerId(), QDate(2026, 12, 1),
                                  u"01900000-0000-7000-8000-000000000002"_s};
    CHECK(saveMeetingEntry(t.db(), {meeting, request}).meeting.id == u"01900000-0000-7000-8000-000000000001"_s);
    CHECK(t.store().get(RecordKind::FollowUp, request.id).value(u"title"_s) == u"Call back"_s);

    const RecordResult removed = removeMeetingEntry(t.db(), meeting.value(u"id"_s).toString(), request.id);
    CHECK(removed.after.isEmpty());
    CHECK(removed.before.value(u"investor_id"_s) == investorId);
    CHECK(t.rows(u"meeting"_s) == 0);
    CHECK(t.rows(u"followup"_s) == 0);
    saveMeetingEntry(t.db(), {meeting, request});
    CHECK(t.store().exists(RecordKind::FollowUp, request.id));
}

TEST_CASE("an invalid follow-up leaves no meeting behind", "[meetingentry]")
{
    test::TestDatabase t;
    const QString investorId = t.store().create(RecordKind::Investor, test::investorJson());
    const qint64 auditLines = t.rows(u"audit_log"_s);
    try {
        saveMeetingEntry(t.db(), {meetingJson(investorId), FollowUpRequest{{}, t.officerId(), QDate(), {}}});
        FAIL("the entry was accepted");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Invalid);
        CHECK(fieldsOf(error) == QStringList{u"followup.due_date"_s});
    }
    CHECK(t.rows(u"meeting"_s) == 0);
    CHECK(t.rows(u"followup"_s) == 0);
    CHECK(t.rows(u"audit_log"_s) == auditLines);
}

TEST_CASE("a meeting entry reports the errors of both parts at once", "[meetingentry]")
{
    test::TestDatabase t;
    QVariantMap meeting = meetingJson({});
    meeting.remove(u"investor_id"_s);
    meeting.insert(u"next_step"_s, QString());
    try {
        saveMeetingEntry(t.db(), {meeting, FollowUpRequest{{}, u"not-an-id"_s, QDate(2026, 12, 7), {}}});
        FAIL("the entry was accepted");
    } catch (const Error &error) {
        const QStringList fields = fieldsOf(error);
        CHECK(fields.contains(u"investor_id"_s));
        CHECK(fields.contains(u"followup.title"_s));
        CHECK(fields.contains(u"followup.owner_id"_s));
    }
    CHECK(t.rows(u"meeting"_s) == 0);
}

TEST_CASE("the mission under way is one whose days include today, never one that has ended", "[meetingentry]")
{
    test::TestDatabase t;
    const auto mission = [&t](const QString &title, const QString &start, const QString &end) {
        return t.store().create(
            RecordKind::Mission,
            {{u"kind"_s, u"investor_mission"_s}, {u"title"_s, title}, {u"start_date"_s, start}, {u"end_date"_s, end}});
    };
    const QString stay = mission(u"Programme stay, autumn 2026"_s, u"2026-09-01"_s, u"2026-12-11"_s);
    const QString vietnam = mission(u"Investor mission to Viet Nam"_s, u"2026-11-02"_s, u"2026-11-06"_s);
    const QString fair = mission(u"Trade fair"_s, u"2026-12-01"_s, u"2026-12-03"_s);
    const RecordQuery &query = t.db().queries();

    CHECK(missionUnderWay(query, QDate(2026, 8, 31)).isEmpty());
    CHECK(missionUnderWay(query, QDate(2026, 9, 1)) == stay);
    CHECK(missionUnderWay(query, QDate(2026, 11, 2)) == vietnam); // the latest begun of the two
    CHECK(missionUnderWay(query, QDate(2026, 11, 6)) == vietnam);
    CHECK(missionUnderWay(query, QDate(2026, 11, 7)) == stay); // Viet Nam is over, the stay goes on
    CHECK(missionUnderWay(query, QDate(2026, 12, 3)) == fair);
    CHECK(missionUnderWay(query, QDate(2026, 12, 12)).isEmpty()); // everything has ended
}
