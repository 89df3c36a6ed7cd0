#include "fixtures.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QStringList actionsOf(const QList<HistoryEntry> &history)
{
    QStringList actions;
    for (const HistoryEntry &e : history) {
        actions << e.action;
    }
    return actions;
}

qint64 auditLines(test::TestDatabase &t, const QString &recordId, const QString &action)
{
    return test::sqlValue(t.db(), u"SELECT count(*) FROM audit_log WHERE record_id = ? AND action = ?"_s,
                          {recordId, action})
        .toLongLong();
}

// Purging must be refused as a conflict and change nothing.
Error refusedPurge(test::TestDatabase &t, RecordKind kind, const QString &id)
{
    const QString before = test::tableCounts(t);
    const QVariantMap record = t.store().get(kind, id);
    const auto error = test::errorFrom([&] { t.store().purge(kind, id); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Conflict);
    CHECK(test::tableCounts(t) == before);
    CHECK(t.store().get(kind, id) == record);
    return *error;
}
} // namespace

TEST_CASE("a record in the Trash is out of the lists but can still be read", "[trash]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    t.store().moveToTrash(RecordKind::Investor, g.investor);
    CHECK(t.store().count(RecordKind::Investor) == 0);
    CHECK(t.store().count(RecordKind::Investor, true) == 1);
    CHECK(t.store().exists(RecordKind::Investor, g.investor));
    CHECK(t.store().get(RecordKind::Investor, g.investor).value(u"name"_s).toString() == u"矢崎総業株式会社"_s);
    CHECK_FALSE(t.store().findIdBy(RecordKind::Investor, u"name"_s, u"矢崎総業株式会社"_s).has_value());
    // Records that link to it keep their link.
    CHECK(t.store().get(RecordKind::Contact, g.contact).value(u"investor_id"_s).toString() == g.investor);
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("moving to the Trash twice or restoring a live record changes nothing", "[trash]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    t.store().restore(RecordKind::Agency, id);
    t.store().moveToTrash(RecordKind::Agency, id);
    const QString deletedAt = t.store().get(RecordKind::Agency, id).value(u"deleted_at"_s).toString();
    t.clock().advanceSecs(60);
    t.store().moveToTrash(RecordKind::Agency, id);
    CHECK(t.store().get(RecordKind::Agency, id).value(u"deleted_at"_s).toString() == deletedAt);
    CHECK(actionsOf(t.store().history(RecordKind::Agency, id)) == QStringList{u"create"_s, u"delete"_s});
}

TEST_CASE("a record in the Trash cannot be edited until it is restored", "[trash]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    t.store().moveToTrash(RecordKind::Agency, id);
    const QString before = test::tableCounts(t);
    const auto error = test::errorFrom([&] { t.store().update(RecordKind::Agency, id, {{u"notes"_s, u"x"_s}}); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Conflict);
    CHECK(error->message().contains(u"Trash"_s));
    CHECK(test::tableCounts(t) == before);

    t.store().restore(RecordKind::Agency, id);
    CHECK(t.store().update(RecordKind::Agency, id, {{u"notes"_s, u"x"_s}}));
}

TEST_CASE("only a record in the Trash can be purged", "[trash]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    const Error error = refusedPurge(t, RecordKind::Agency, id);
    CHECK(error.message().contains(u"Trash"_s));
}

TEST_CASE("a purged record is gone for good, with a purge line left in the audit log", "[trash]")
{
    test::TestDatabase t;
    const QString id = t.store().create(RecordKind::Agency, test::agencyJson());
    t.store().moveToTrash(RecordKind::Agency, id);
    t.store().purge(RecordKind::Agency, id);
    CHECK_FALSE(t.store().exists(RecordKind::Agency, id));
    CHECK(t.rows(u"agency"_s) == 0);
    CHECK(t.store().count(RecordKind::Agency, true) == 0);
    CHECK(auditLines(t, id, u"purge"_s) == 1);
    const auto error = test::errorFrom([&] { t.store().history(RecordKind::Agency, id); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::NotFound);
}

TEST_CASE("purging a mission clears a meeting's link to it and removes the notes about it", "[trash]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString noteAboutMission = t.store().create(
        RecordKind::Note,
        {{u"body"_s, u"Hotel in Tangier booked"_s}, {u"linked_kind"_s, u"mission"_s}, {u"linked_id"_s, g.mission}});
    const QString followUpOnMission = t.store().create(RecordKind::FollowUp, {{u"title"_s, u"Book the hotel"_s},
                                                                              {u"owner_id"_s, g.officer},
                                                                              {u"due_date"_s, u"2024-08-01"_s},
                                                                              {u"linked_kind"_s, u"mission"_s},
                                                                              {u"linked_id"_s, g.mission}});
    REQUIRE(t.rows(u"mission_participant"_s) == 3);
    REQUIRE(t.rows(u"mission_agenda_item"_s) == 1);

    t.store().moveToTrash(RecordKind::Mission, g.mission);
    t.clock().advanceSecs(3600);
    t.store().purge(RecordKind::Mission, g.mission);

    CHECK_FALSE(t.store().exists(RecordKind::Mission, g.mission));
    CHECK(t.rows(u"mission_participant"_s) == 0);
    CHECK(t.rows(u"mission_agenda_item"_s) == 0);
    const QVariantMap meeting = t.store().get(RecordKind::Meeting, g.meeting);
    CHECK_FALSE(meeting.value(u"mission_id"_s).isValid());
    CHECK(meeting.value(u"modified_at"_s).toString() == u"2026-11-29T10:00:00.000Z"_s);
    const HistoryEntry unlinked = t.store().history(RecordKind::Meeting, g.meeting).constLast();
    CHECK(unlinked.action == u"update"_s);
    CHECK(unlinked.field == u"mission_id"_s);
    CHECK(unlinked.oldValue == g.mission);
    CHECK(unlinked.newValue.isEmpty());

    CHECK_FALSE(t.store().exists(RecordKind::Note, noteAboutMission));
    CHECK_FALSE(t.store().exists(RecordKind::FollowUp, followUpOnMission));
    CHECK(auditLines(t, noteAboutMission, u"purge"_s) == 1);
    // Notes and follow-ups about other records stay.
    CHECK(t.store().exists(RecordKind::Note, g.note));
    CHECK(t.store().exists(RecordKind::FollowUp, g.followUp));
    // The deal loses its credit to the mission but keeps the delegate's.
    const QVariantList credits = t.store().get(RecordKind::Deal, g.deal).value(u"credits"_s).toList();
    REQUIRE(credits.size() == 1);
    CHECK(credits[0].toMap().value(u"credited_id"_s).toString() == g.delegate);
    CHECK(actionsOf(t.store().history(RecordKind::Deal, g.deal)).constLast() == u"unlink"_s);
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("purging a meeting clears the agenda items that pointed at it", "[trash]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap mission = test::missionJson(g);
    const QString missionWithMeeting = t.store().create(RecordKind::Mission, mission);
    REQUIRE(t.store()
                .get(RecordKind::Mission, missionWithMeeting)
                .value(u"agenda"_s)
                .toList()[0]
                .toMap()
                .value(u"meeting_id"_s) == QVariant(g.meeting));

    t.store().moveToTrash(RecordKind::Meeting, g.meeting);
    t.store().purge(RecordKind::Meeting, g.meeting);
    const QVariantList agenda = t.store().get(RecordKind::Mission, missionWithMeeting).value(u"agenda"_s).toList();
    REQUIRE(agenda.size() == 1);
    CHECK_FALSE(agenda[0].toMap().value(u"meeting_id"_s).isValid());
    CHECK(agenda[0].toMap().value(u"description"_s).toString() == u"Site visit"_s);
    // The follow-up raised by the meeting goes with it.
    CHECK_FALSE(t.store().exists(RecordKind::FollowUp, g.followUp));
    CHECK(t.rows(u"meeting_attendee"_s) == 0);
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("purging a delegate removes the delegate from missions, meetings and deal credits", "[trash]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    t.store().moveToTrash(RecordKind::Delegate, g.delegate);
    t.store().purge(RecordKind::Delegate, g.delegate);

    CHECK(t.rows(u"delegate_stay"_s) == 0);
    CHECK(t.rows(u"delegate_position"_s) == 0);
    CHECK(t.store().get(RecordKind::Mission, g.mission).value(u"participants"_s).toList().size() == 2);
    CHECK(t.store().get(RecordKind::Meeting, g.meeting).value(u"attendees"_s).toList().size() == 3);
    CHECK(t.store().get(RecordKind::Deal, g.deal).value(u"credits"_s).toList().size() == 1);
    for (const auto &[kind, id] : {std::pair{RecordKind::Mission, g.mission}, std::pair{RecordKind::Meeting, g.meeting},
                                   std::pair{RecordKind::Deal, g.deal}}) {
        const HistoryEntry last = t.store().history(kind, id).constLast();
        CHECK(last.action == u"unlink"_s);
        CHECK(last.oldValue == g.delegate);
    }
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("an investor cannot be purged while a contact still needs it", "[trash]")
{
    test::TestDatabase t;
    const QString investor = t.store().create(RecordKind::Investor, test::investorJson());
    const QString contact = t.store().create(RecordKind::Contact, test::contactJson(investor));
    const QString note = t.store().create(
        RecordKind::Note,
        {{u"body"_s, u"Call back in spring"_s}, {u"linked_kind"_s, u"investor"_s}, {u"linked_id"_s, investor}});
    t.store().moveToTrash(RecordKind::Investor, investor);
    const Error error = refusedPurge(t, RecordKind::Investor, investor);
    CHECK(error.message().contains(u"contact"_s));

    // A contact in the Trash still needs its investor.
    t.store().moveToTrash(RecordKind::Contact, contact);
    refusedPurge(t, RecordKind::Investor, investor);

    t.store().purge(RecordKind::Contact, contact);
    t.store().purge(RecordKind::Investor, investor);
    CHECK_FALSE(t.store().exists(RecordKind::Investor, investor));
    CHECK_FALSE(t.store().exists(RecordKind::Note, note));
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("purging a parent company leaves its subsidiaries without a parent", "[trash]")
{
    test::TestDatabase t;
    const QString parent = t.store().create(RecordKind::Investor, test::investorJson());
    const QString child =
        t.store().create(RecordKind::Investor, {{u"name"_s, u"Yazaki Morocco"_s}, {u"parent_id"_s, parent}});
    t.store().moveToTrash(RecordKind::Investor, parent);
    t.store().purge(RecordKind::Investor, parent);
    CHECK_FALSE(t.store().get(RecordKind::Investor, child).value(u"parent_id"_s).isValid());
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("purging an officer keeps the notes they wrote, without an author", "[trash]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString tanaka = t.store().create(RecordKind::Officer, test::officerJson());
    QVariantMap note = test::noteJson(g);
    note.insert(u"author_id"_s, tanaka);
    const QString noteId = t.store().create(RecordKind::Note, note);

    t.store().moveToTrash(RecordKind::Officer, tanaka);
    t.store().purge(RecordKind::Officer, tanaka);
    CHECK(t.store().exists(RecordKind::Note, noteId));
    CHECK_FALSE(t.store().get(RecordKind::Note, noteId).value(u"author_id"_s).isValid());

    // An officer who still owns follow-ups cannot be purged.
    t.store().moveToTrash(RecordKind::Officer, g.officer);
    const Error error = refusedPurge(t, RecordKind::Officer, g.officer);
    CHECK(error.message().contains(u"followup"_s));
}
