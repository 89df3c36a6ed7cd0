// Merging records (issue 19, point 3): crm::Merges moves every link to the merged records to the
// survivor, picks or unites their fields, states the rules it applies, refuses bad input with
// nothing written, and undoes itself.
#include "fixtures.h"
#include "services/records/merges.h"
#include "services/records/records.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// Every record of every kind (the Trash too) with its lists, and the search index's rows: what a
// merge and its undo must leave as they found it. Times and officers of the last change are left
// out (an undo is a change), and so is when a record went to the Trash.
QStringList world(test::TestDatabase &t)
{
    QStringList lines;
    for (RecordKind kind : allRecordKinds()) {
        for (bool trash : {false, true}) {
            const ListQuery query = test::listQuery([trash](ListQuery &q) {
                q.trash = trash;
                q.withChildren = true;
            });
            t.store().forEach(kind, query, [&](const QVariantMap &record) {
                QVariantMap map = record;
                for (const QString &key : {u"modified_at"_s, u"modified_by"_s, u"deleted_at"_s, u"deleted_by"_s}) {
                    map.remove(key);
                }
                map.insert(u"@trash"_s, trash);
                lines << kindName(kind) + u' ' + AuditLog::text(map).toString();
                return true;
            });
        }
    }
    lines << u"search "_s + test::sqlValue(t.db(), u"SELECT group_concat(x, ' | ') FROM (SELECT d.kind || ':' || "
                                                   "d.record_id || ':' || n.names AS x FROM search_doc d JOIN "
                                                   "search_names n ON n.rowid = d.doc ORDER BY d.record_id)"_s)
                                .toString();
    lines.sort();
    return lines;
}

QStringList historyActions(test::TestDatabase &t, RecordKind kind, const QString &id)
{
    QStringList actions;
    for (const HistoryEntry &entry : t.store().history(kind, id)) {
        actions << entry.action;
    }
    return actions;
}

QString field(test::TestDatabase &t, RecordKind kind, const QString &id, const QString &name)
{
    return t.store().get(kind, id).value(name).toString();
}

MergeRequest request(RecordKind kind, const QString &keep, const QStringList &others)
{
    MergeRequest r;
    r.kind = kind;
    r.keepId = keep;
    r.otherIds = others;
    return r;
}

bool anyRuleContains(const QStringList &rules, const QString &text)
{
    return std::any_of(rules.cbegin(), rules.cend(), [&text](const QString &rule) { return rule.contains(text); });
}

// Throws when a record is merged away: a failure after the links have moved.
struct FailOnMerge final : ChangeSubscriber
{
    void onChange(const ChangeEvent &event) override
    {
        if (event.action == ChangeAction::Merge) {
            throw Error::database(u"disk gone"_s);
        }
    }
};

// The second Yazaki, typed in katakana on a mission laptop, with its own links.
struct SecondYazaki
{
    QString investor, contact, meeting, deal, note, followUp, subsidiary;
};

SecondYazaki makeSecondYazaki(test::TestDatabase &t, const test::Graph &g)
{
    SecondYazaki y;
    QVariantMap investor{{u"name"_s, u"ヤザキ"_s},
                         {u"name_latin"_s, u"Yazaki Corp"_s},
                         {u"aliases"_s, QVariantList{u"Yazaki"_s, u"YZK"_s}},
                         {u"website"_s, u"https://www.yazaki-group.com"_s},
                         {u"parent_id"_s, g.investor}}; // would become its own parent
    y.investor = t.store().create(RecordKind::Investor, investor);
    y.contact = t.store().create(RecordKind::Contact, test::contactJson(y.investor));
    test::Graph other = g;
    other.investor = y.investor;
    y.meeting = t.store().create(RecordKind::Meeting, test::meetingJson(other));
    y.deal = t.store().create(RecordKind::Deal, test::dealJson(other));
    QVariantMap note = test::noteJson(other);
    y.note = t.store().create(RecordKind::Note, note);
    QVariantMap followUp = test::followUpJson(other);
    followUp.insert(u"linked_kind"_s, u"investor"_s);
    followUp.insert(u"linked_id"_s, y.investor);
    y.followUp = t.store().create(RecordKind::FollowUp, followUp);
    QVariantMap subsidiary{{u"name"_s, u"矢崎部品"_s}, {u"parent_id"_s, y.investor}};
    y.subsidiary = t.store().create(RecordKind::Investor, subsidiary);
    return y;
}
} // namespace

TEST_CASE("merging two investors moves every link to the survivor and keeps the names as aliases", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const SecondYazaki y = makeSecondYazaki(t, g);
    Merges merges(t.db());

    const MergePreview preview = merges.preview(request(RecordKind::Investor, g.investor, {y.investor}));
    CHECK(preview.records.size() == 2);
    CHECK(preview.linksToMove == 6); // contact, meeting, deal, note, follow-up, subsidiary
    const QString before = test::tableCounts(t);
    CHECK(test::tableCounts(t) == before); // a preview writes nothing

    const MergeResult result = merges.merge(request(RecordKind::Investor, g.investor, {y.investor}));
    CHECK(result.linksMoved == 6);
    CHECK_FALSE(t.store().exists(RecordKind::Investor, y.investor));
    CHECK(field(t, RecordKind::Contact, y.contact, u"investor_id"_s) == g.investor);
    CHECK(field(t, RecordKind::Meeting, y.meeting, u"investor_id"_s) == g.investor);
    CHECK(field(t, RecordKind::Deal, y.deal, u"investor_id"_s) == g.investor);
    CHECK(field(t, RecordKind::Note, y.note, u"linked_id"_s) == g.investor);
    CHECK(field(t, RecordKind::FollowUp, y.followUp, u"linked_id"_s) == g.investor);
    CHECK(field(t, RecordKind::Investor, y.subsidiary, u"parent_id"_s) == g.investor);
    const QVariantMap survivor = t.store().get(RecordKind::Investor, g.investor);
    CHECK(survivor.value(u"name"_s).toString() == u"矢崎総業株式会社"_s);
    CHECK(survivor.value(u"website"_s).toString() == u"https://www.yazaki-group.com"_s); // was empty: filled
    CHECK(survivor.value(u"aliases"_s).toStringList() ==
          QStringList{u"Yazaki"_s, u"YZK"_s, u"ヤザキ"_s, u"Yazaki Corp"_s});
    CHECK(survivor.value(u"parent_id"_s).isNull());
    CHECK(anyRuleContains(result.rulesApplied, u"would link to itself"_s));
    CHECK(anyRuleContains(result.rulesApplied, u"aliases"_s));
    // The survivor's history shows the merged record's lines and the line saying where it went.
    const QList<HistoryEntry> history = t.store().history(RecordKind::Investor, g.investor);
    const auto merge =
        std::find_if(history.cbegin(), history.cend(), [](const HistoryEntry &e) { return e.action == u"merge"_s; });
    REQUIRE(merge != history.cend());
    CHECK(merge->recordId == y.investor);
    CHECK(merge->newValue == g.investor);
    CHECK(merge->oldValue == u"ヤザキ (Yazaki Corp)"_s);
    CHECK(test::sqlValue(t.db(), u"SELECT count(*) FROM search_doc WHERE record_id = ?"_s, {y.investor}) == 0);
    CHECK(t.db().check() == QStringList());
}

TEST_CASE("a merge undone leaves records, links and search as before; merged again, as after", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const SecondYazaki y = makeSecondYazaki(t, g);
    t.store().moveToTrash(RecordKind::Note, y.note); // a link in the Trash moves all the same
    Merges merges(t.db());
    const QStringList start = world(t);

    const MergeResult first = merges.merge(request(RecordKind::Investor, g.investor, {y.investor}));
    CHECK(field(t, RecordKind::Note, y.note, u"linked_id"_s) == g.investor);
    CHECK(t.store().get(RecordKind::Note, y.note).contains(u"deleted_at"_s));
    const QStringList merged = world(t);
    CHECK(merged != start);

    merges.unmerge(first);
    CHECK(world(t) == start);
    CHECK(t.store().survivorOf(y.investor).isEmpty());
    const QStringList actions = historyActions(t, RecordKind::Investor, y.investor);
    REQUIRE(actions.size() > 2);
    CHECK(actions.sliced(actions.size() - 2) == QStringList{u"merge"_s, u"unmerge"_s});
    CHECK_FALSE(historyActions(t, RecordKind::Investor, g.investor).contains(u"merge"_s));
    CHECK(t.db().check() == QStringList());

    const MergeResult second = merges.merge(request(RecordKind::Investor, g.investor, {y.investor}));
    CHECK(world(t) == merged);
    CHECK(second.linksMoved == first.linksMoved);
    merges.unmerge(second);
    CHECK(world(t) == start);
}

TEST_CASE("a contact attending a meeting twice after a merge is listed once, its empty cells filled", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString other = t.store().create(RecordKind::Contact, test::contactJson(g.investor));
    QVariantMap meeting = t.store().get(RecordKind::Meeting, g.meeting);
    QVariantList attendees = meeting.value(u"attendees"_s).toList();
    // The survivor's row has no role; the merged contact's row, later in the list, has one.
    QVariantMap mine = attendees.at(1).toMap();
    REQUIRE(mine.value(u"person_id"_s).toString() == g.contact);
    mine.remove(u"role"_s);
    attendees[1] = mine;
    attendees << QVariantMap{
        {u"side"_s, u"investor"_s}, {u"person_kind"_s, u"contact"_s}, {u"person_id"_s, other}, {u"role"_s, u"CFO"_s}};
    t.store().update(RecordKind::Meeting, g.meeting, {{u"attendees"_s, attendees}});
    const QStringList start = world(t);

    Merges merges(t.db());
    const MergeResult result = merges.merge(request(RecordKind::Contact, g.contact, {other}));
    const QVariantList after = t.store().get(RecordKind::Meeting, g.meeting).value(u"attendees"_s).toList();
    REQUIRE(after.size() == attendees.size() - 1);
    CHECK(after.at(1).toMap().value(u"id"_s) == mine.value(u"id"_s)); // the survivor's row, in its place
    CHECK(after.at(1).toMap().value(u"person_id"_s).toString() == g.contact);
    CHECK(after.at(1).toMap().value(u"role"_s).toString() == u"CFO"_s);
    CHECK(anyRuleContains(result.rulesApplied, u"twice"_s));
    // The mission lists only the survivor: nothing to collapse there.
    CHECK(t.store().get(RecordKind::Mission, g.mission).value(u"participants"_s).toList().size() == 3);

    merges.unmerge(result);
    CHECK(world(t) == start);
}

TEST_CASE("merging delegates unites stays and keeps one credit and one participation each", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap json = test::delegateJson(g.agency);
    json.insert(u"stays"_s, QVariantList{QVariantMap{{u"start_date"_s, u"1996-04-08"_s},
                                                     {u"end_date"_s, u"1996-06-28"_s},
                                                     {u"host_office"_s, u"ITPO Tokyo"_s},
                                                     {u"notes"_s, u"Automotive suppliers in Aichi"_s}},
                                         QVariantMap{{u"start_date"_s, u"2008-10-01"_s},
                                                     {u"end_date"_s, u"2008-12-19"_s},
                                                     {u"host_office"_s, u"ITPO Tokyo"_s}}});
    json.insert(u"phones"_s, QVariantList{u"+212 6 61 00 00 00"_s});
    const QString other = t.store().create(RecordKind::Delegate, json);
    // The other delegate is credited on the deal and takes part in the mission too.
    QVariantList credits = t.store().get(RecordKind::Deal, g.deal).value(u"credits"_s).toList();
    credits << QVariantMap{
        {u"credited_kind"_s, u"delegate"_s}, {u"credited_id"_s, other}, {u"role"_s, u"negotiation"_s}};
    t.store().update(RecordKind::Deal, g.deal, {{u"credits"_s, credits}});
    QVariantList participants = t.store().get(RecordKind::Mission, g.mission).value(u"participants"_s).toList();
    participants << QVariantMap{{u"person_kind"_s, u"delegate"_s}, {u"person_id"_s, other}};
    t.store().update(RecordKind::Mission, g.mission, {{u"participants"_s, participants}});
    const QStringList start = world(t);

    Merges merges(t.db());
    const MergeResult result = merges.merge(request(RecordKind::Delegate, g.delegate, {other}));
    const QVariantMap survivor = t.store().get(RecordKind::Delegate, g.delegate);
    CHECK(survivor.value(u"stays"_s).toList().size() == 2); // the same stay once, the other added
    CHECK(survivor.value(u"phones"_s).toStringList() == QStringList{u"+212 5 37 00 00 00"_s, u"+212 6 61 00 00 00"_s});
    const QVariantList dealCredits = t.store().get(RecordKind::Deal, g.deal).value(u"credits"_s).toList();
    CHECK(dealCredits.size() == credits.size() - 1);
    const QVariantList missionPeople = t.store().get(RecordKind::Mission, g.mission).value(u"participants"_s).toList();
    CHECK(missionPeople.size() == participants.size() - 1);
    CHECK(missionPeople.at(0).toMap().value(u"role"_s).toString() == u"host"_s);
    CHECK(result.linksMoved == 2);
    CHECK(t.db().check() == QStringList());

    merges.unmerge(result);
    CHECK(world(t) == start);
}

TEST_CASE("merging agencies moves their delegates", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString other = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString delegate = t.store().create(RecordKind::Delegate, test::delegateJson(other));
    Merges merges(t.db());
    const MergeResult result = merges.merge(request(RecordKind::Agency, g.agency, {other}));
    CHECK(field(t, RecordKind::Delegate, delegate, u"agency_id"_s) == g.agency);
    CHECK(result.linksMoved == 1);
    CHECK_FALSE(t.store().exists(RecordKind::Agency, other));
}

TEST_CASE("merging officers moves what they own and keeps the survivor's initials", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString keep = t.store().create(RecordKind::Officer, test::officerJson(u"KT"_s));
    const QString other = t.store().create(RecordKind::Officer, test::officerJson(u"TK"_s));
    QVariantMap followUp = test::followUpJson(g);
    followUp.insert(u"owner_id"_s, other);
    const QString task = t.store().create(RecordKind::FollowUp, followUp);
    QVariantMap note = test::noteJson(g);
    note.insert(u"author_id"_s, other);
    const QString written = t.store().create(RecordKind::Note, note);
    Merges merges(t.db());

    SECTION("by default the survivor keeps its own initials")
    {
        const MergeResult result = merges.merge(request(RecordKind::Officer, keep, {other}));
        CHECK(field(t, RecordKind::FollowUp, task, u"owner_id"_s) == keep);
        CHECK(field(t, RecordKind::Note, written, u"author_id"_s) == keep);
        CHECK(field(t, RecordKind::Officer, keep, u"initials"_s) == u"KT"_s);
        CHECK(anyRuleContains(result.rulesApplied, u"unique"_s));
        CHECK_FALSE(t.store().findIdBy(RecordKind::Officer, u"initials"_s, u"TK"_s).has_value());
    }
    SECTION("the other's initials when the officer picks them, and back on undo")
    {
        MergeRequest r = request(RecordKind::Officer, keep, {other});
        r.chosen.insert(u"initials"_s, u"TK"_s);
        const QStringList start = world(t);
        const MergeResult result = merges.merge(r);
        CHECK(field(t, RecordKind::Officer, keep, u"initials"_s) == u"TK"_s);
        merges.unmerge(result);
        CHECK(world(t) == start);
        CHECK(field(t, RecordKind::Officer, other, u"initials"_s) == u"TK"_s);
    }
    SECTION("the officer making the change cannot be merged away")
    {
        const QString counts = test::tableCounts(t);
        const auto error = test::errorFrom([&] { merges.merge(request(RecordKind::Officer, keep, {g.officer})); });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Conflict);
        CHECK(test::tableCounts(t) == counts);
    }
}

TEST_CASE("every kind merges with its links and comes back on undo", "[merge]")
{
    for (RecordKind kind : allRecordKinds()) {
        INFO(kindName(kind).toStdString());
        test::TestDatabase t;
        const test::Graph g = test::makeGraph(t);
        const QString keep = kind == RecordKind::Officer ? g.officer : [&] {
            QString id;
            switch (kind) {
            case RecordKind::Agency:
                return g.agency;
            case RecordKind::Delegate:
                return g.delegate;
            case RecordKind::Investor:
                return g.investor;
            case RecordKind::Contact:
                return g.contact;
            case RecordKind::Mission:
                return g.mission;
            case RecordKind::Meeting:
                return g.meeting;
            case RecordKind::Deal:
                return g.deal;
            case RecordKind::FollowUp:
                return g.followUp;
            case RecordKind::Note:
                return g.note;
            case RecordKind::Officer:
                break;
            }
            return id;
        }();
        const QString other =
            t.store().create(kind, kind == RecordKind::Officer ? test::officerJson(u"ZZ"_s) : test::validJson(kind, g));
        const QStringList start = world(t);
        Merges merges(t.db());
        const MergeResult result = merges.merge(request(kind, keep, {other}));
        CHECK_FALSE(t.store().exists(kind, other));
        CHECK(t.store().survivorOf(other) == keep);
        CHECK(t.store().referrersOf(kind, other).isEmpty());
        CHECK(t.db().check() == QStringList());
        merges.unmerge(result);
        CHECK(world(t) == start);
        CHECK(t.db().check() == QStringList());
    }
}

TEST_CASE("bad input is refused with a message naming it, and nothing is written", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const SecondYazaki y = makeSecondYazaki(t, g);
    Merges merges(t.db());
    const QString counts = test::tableCounts(t);
    const QStringList start = world(t);
    const auto refused = [&](const MergeRequest &r, Error::Kind kind, const QString &named) {
        const auto error = test::errorFrom([&] { merges.merge(r); });
        REQUIRE(error);
        INFO(error->message().toStdString());
        CHECK(error->kind() == kind);
        CHECK(error->message().contains(named));
        CHECK(test::errorFrom([&] { merges.preview(r); }));
        CHECK(test::tableCounts(t) == counts);
        CHECK(world(t) == start);
    };

    SECTION("a record with itself")
    {
        refused(request(RecordKind::Investor, g.investor, {g.investor}), Error::Kind::Invalid, g.investor);
        refused(request(RecordKind::Investor, g.investor, {y.investor, y.investor}), Error::Kind::Invalid, y.investor);
    }
    SECTION("records of two kinds")
    {
        refused(request(RecordKind::Investor, g.investor, {g.contact}), Error::Kind::Invalid, u"contact"_s);
    }
    SECTION("a record in the Trash")
    {
        t.store().moveToTrash(RecordKind::Investor, y.subsidiary);
        const QString trashed = test::tableCounts(t);
        const auto error =
            test::errorFrom([&] { merges.merge(request(RecordKind::Investor, g.investor, {y.subsidiary})); });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Conflict);
        CHECK(error->message().contains(u"矢崎部品"_s));
        CHECK(error->message().contains(u"Trash"_s));
        CHECK(test::tableCounts(t) == trashed);
    }
    SECTION("an id that does not exist")
    {
        refused(request(RecordKind::Investor, g.investor, {u"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"_s}),
                Error::Kind::NotFound, u"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"_s);
        refused(request(RecordKind::Investor, u"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"_s, {g.investor}),
                Error::Kind::NotFound, u"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"_s);
    }
    SECTION("no record to merge")
    {
        refused(request(RecordKind::Investor, g.investor, {}), Error::Kind::Invalid, g.investor);
    }
    SECTION("a record changed by another window since it was shown")
    {
        MergeRequest r = request(RecordKind::Investor, g.investor, {y.investor});
        r.seen.insert(g.investor, t.store().get(RecordKind::Investor, g.investor).value(u"modified_at"_s).toString());
        r.seen.insert(y.investor, u"2020-01-01T00:00:00.000Z"_s);
        refused(r, Error::Kind::Conflict, u"ヤザキ"_s);
    }
    SECTION("an id already merged away")
    {
        merges.merge(request(RecordKind::Investor, g.investor, {y.investor}));
        const auto error =
            test::errorFrom([&] { merges.merge(request(RecordKind::Investor, g.investor, {y.investor})); });
        REQUIRE(error);
        CHECK(error->message().contains(u"already merged"_s));
    }
}

TEST_CASE("a merge that fails after moving links leaves nothing behind", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const SecondYazaki y = makeSecondYazaki(t, g);
    const QString counts = test::tableCounts(t);
    const QStringList start = world(t);
    FailOnMerge failing;
    t.db().changes().subscribe(&failing, 50);
    Merges merges(t.db());
    CHECK(test::errorFrom([&] { merges.merge(request(RecordKind::Investor, g.investor, {y.investor})); }));
    t.db().changes().unsubscribe(&failing);
    CHECK(test::tableCounts(t) == counts);
    CHECK(world(t) == start);
    CHECK(field(t, RecordKind::Contact, y.contact, u"investor_id"_s) == y.investor);
}

TEST_CASE("a merge is not undone over a change made since", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const SecondYazaki y = makeSecondYazaki(t, g);
    Merges merges(t.db());
    const MergeResult result = merges.merge(request(RecordKind::Investor, g.investor, {y.investor}));
    t.clock().advanceSecs(60);

    SECTION("a moved link changed")
    {
        t.store().update(RecordKind::Contact, y.contact, {{u"title"_s, u"社長"_s}});
    }
    SECTION("the survivor changed")
    {
        t.store().update(RecordKind::Investor, g.investor, {{u"hq_city"_s, u"東京"_s}});
    }
    const QString counts = test::tableCounts(t);
    const QStringList now = world(t);
    const auto error = test::errorFrom([&] { merges.unmerge(result); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Conflict);
    CHECK(error->message().contains(u"changed since"_s));
    CHECK(test::tableCounts(t) == counts);
    CHECK(world(t) == now);
}

TEST_CASE("an investor merged into its own child company leaves the survivor without a parent, and back on undo",
          "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString child =
        t.store().create(RecordKind::Investor, {{u"name"_s, u"矢崎部品"_s}, {u"parent_id"_s, g.investor}});
    const QStringList start = world(t);
    Merges merges(t.db());
    // The survivor links to the record merged away until the merge rewrites it.
    const MergeResult result = merges.merge(request(RecordKind::Investor, child, {g.investor}));
    CHECK(t.store().get(RecordKind::Investor, child).value(u"parent_id"_s).isNull());
    CHECK(anyRuleContains(result.rulesApplied, u"would link to itself"_s));
    CHECK(field(t, RecordKind::Contact, g.contact, u"investor_id"_s) == child);
    CHECK(t.db().check() == QStringList());
    merges.unmerge(result);
    CHECK(world(t) == start);
    CHECK(field(t, RecordKind::Investor, child, u"parent_id"_s) == g.investor);
}

TEST_CASE("three records merge into one in one step", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const SecondYazaki y = makeSecondYazaki(t, g);
    const QString third = t.store().create(RecordKind::Investor, {{u"name"_s, u"Yazaki Corporation"_s}});
    const QString contact = t.store().create(RecordKind::Contact, test::contactJson(third));
    const QStringList start = world(t);
    Merges merges(t.db());
    const MergeResult result = merges.merge(request(RecordKind::Investor, g.investor, {y.investor, third}));
    CHECK(result.mergedIds == QStringList{y.investor, third});
    CHECK(field(t, RecordKind::Contact, contact, u"investor_id"_s) == g.investor);
    CHECK(field(t, RecordKind::Contact, y.contact, u"investor_id"_s) == g.investor);
    CHECK(t.store().mergedInto(g.investor).size() == 2);
    merges.unmerge(result);
    CHECK(world(t) == start);
}

TEST_CASE("the officer's picks win over the defaults, lists included", "[merge]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const SecondYazaki y = makeSecondYazaki(t, g);
    Merges merges(t.db());
    MergeRequest r = request(RecordKind::Investor, g.investor, {y.investor});
    r.chosen.insert(u"name_latin"_s, u"Yazaki Corp"_s);
    r.chosen.insert(u"aliases"_s, QVariantList{u"Yazaki"_s});
    const MergePreview preview = merges.preview(r);
    const auto latin = std::find_if(preview.fields.cbegin(), preview.fields.cend(),
                                    [](const MergeFieldChoice &c) { return c.field == u"name_latin"_s; });
    REQUIRE(latin != preview.fields.cend());
    CHECK(latin->values == QVariantList{u"Yazaki Corporation"_s, u"Yazaki Corp"_s});
    CHECK(latin->differs);
    CHECK(latin->proposed == u"Yazaki Corp"_s);
    merges.merge(r);
    const QVariantMap survivor = t.store().get(RecordKind::Investor, g.investor);
    CHECK(survivor.value(u"name_latin"_s).toString() == u"Yazaki Corp"_s);
    CHECK(survivor.value(u"aliases"_s).toStringList() == QStringList{u"Yazaki"_s});

    MergeRequest wrong = request(RecordKind::Investor, g.investor, {y.subsidiary});
    wrong.chosen.insert(u"colour"_s, u"red"_s);
    const QString counts = test::tableCounts(t);
    CHECK(test::invalidFields([&] { merges.merge(wrong); }) == QStringList{u"colour"_s});
    CHECK(test::tableCounts(t) == counts);
}
