// Merges of records travelling with sync (issue 19, point 4): a merge is a "merged_into" change on
// the merged-away record; every replica reads links through the same redirect map, so links made
// offline follow the merge, a pair merged two ways converges, and chains end at the last survivor.

#include "fixtures.h"
#include "services/records/merges.h"
#include "services/sampledata.h"
#include "sync/syncfields.h"
#include "syncfixture.h"

using namespace Qt::StringLiterals;
using namespace crm;
using test::Laptop;
using test::send;

namespace {
MergeResult mergeInto(Database &db, RecordKind kind, const QString &keep, const QString &other)
{
    MergeRequest request;
    request.kind = kind;
    request.keepId = keep;
    request.otherIds = {other};
    return Merges(db).merge(request);
}

QString createInvestor(RecordStore &store, const QString &name, const QString &latin)
{
    QVariantMap investor = test::investorJson();
    investor.insert(u"name"_s, name);
    investor.insert(u"name_latin"_s, latin);
    investor.remove(u"name_reading"_s);
    investor.insert(u"aliases"_s, QVariantList());
    return store.create(RecordKind::Investor, investor);
}

// A meeting with investor, attended by a contact of it (when given) and the graph's delegate.
QString createMeeting(RecordStore &store, const test::Graph &g, const QString &investor, const QString &contact = {})
{
    QVariantMap meeting = test::meetingJson(g);
    meeting.insert(u"investor_id"_s, investor);
    QVariantList attendees{QVariantMap{{u"side"_s, u"delegate"_s},
                                       {u"person_kind"_s, u"delegate"_s},
                                       {u"person_id"_s, g.delegate},
                                       {u"role"_s, u"presenter"_s}}};
    if (!contact.isEmpty()) {
        attendees.append(QVariantMap{{u"side"_s, u"investor"_s},
                                     {u"person_kind"_s, u"contact"_s},
                                     {u"person_id"_s, contact},
                                     {u"role"_s, u"offline guest"_s}});
    }
    meeting.insert(u"attendees"_s, attendees);
    return store.create(RecordKind::Meeting, meeting);
}

QString investorOf(RecordStore &store, RecordKind kind, const QString &id)
{
    return store.get(kind, id).value(u"investor_id"_s).toString();
}

QStringList attendeeIds(RecordStore &store, const QString &meeting)
{
    QStringList ids;
    for (const QVariant &a : store.get(RecordKind::Meeting, meeting).value(u"attendees"_s).toList()) {
        ids << a.toMap().value(u"person_id"_s).toString();
    }
    return ids;
}

// Both ways, twice: what each replica knows reaches the other; and no link then names a record
// that is not there.
void exchange(Database &a, Database &b)
{
    for (int round = 0; round < 2; ++round) {
        send(a, b);
        send(b, a);
    }
    CHECK(test::danglingLinks(a) == QStringList());
    CHECK(test::danglingLinks(b) == QStringList());
}
} // namespace

TEST_CASE("merged_into is a sync field of every kind: a record id or null", "[sync][merge]")
{
    const QString id = u"0190a2b3-c4d5-7e6f-8a9b-0c1d2e3f4a5b"_s;
    for (RecordKind kind : allRecordKinds()) {
        INFO(kindName(kind).toStdString());
        CHECK(isSyncField(kind, kSyncMergedIntoField));
        CHECK(syncValueProblem(kind, kSyncMergedIntoField, id).isEmpty());
        CHECK(syncValueProblem(kind, kSyncMergedIntoField, QJsonValue()).isEmpty());
        CHECK(!syncValueProblem(kind, kSyncMergedIntoField, u"Yazaki"_s).isEmpty());
        CHECK(!syncValueProblem(kind, kSyncMergedIntoField, true).isEmpty());
    }
}

TEST_CASE("a merge made at the office reaches the laptop: the record goes and its links move", "[sync][merge]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    const QString second = createInvestor(office.store(), u"ヤザキ"_s, u"Yazaki"_s);
    const QString meeting = createMeeting(office.store(), g, second);
    Laptop laptop(office, u"laptop"_s);

    mergeInto(office.db(), RecordKind::Investor, g.investor, second);
    send(office.db(), laptop.db());

    CHECK(!laptop.store().exists(RecordKind::Investor, second));
    CHECK(laptop.store().survivorOf(second) == g.investor);
    CHECK(investorOf(laptop.store(), RecordKind::Meeting, meeting) == g.investor);
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("links made offline to a record merged elsewhere move to the survivor", "[sync][merge]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    const QString second = createInvestor(office.store(), u"ヤザキ"_s, u"Yazaki"_s);
    const QString secondContact = office.store().create(RecordKind::Contact, test::contactJson(second));
    Laptop laptop(office, u"laptop"_s);

    // The office merges the pair (the contacts too) while the laptop, on mission, still sees both.
    mergeInto(office.db(), RecordKind::Investor, g.investor, second);
    mergeInto(office.db(), RecordKind::Contact, g.contact, secondContact);
    laptop.clock().advanceSecs(3600);
    const QString meeting = createMeeting(laptop.store(), g, second, secondContact);
    QVariantMap note = test::noteJson(g);
    note.insert(u"linked_id"_s, second);
    const QString noteId = laptop.store().create(RecordKind::Note, note);
    QVariantMap deal = test::dealJson(g);
    deal.insert(u"investor_id"_s, second);
    const QString dealId = laptop.store().create(RecordKind::Deal, deal);

    exchange(office.db(), laptop.db());

    for (Database *db : {&office.db(), &laptop.db()}) {
        RecordStore &store = db->records();
        CHECK(!store.exists(RecordKind::Investor, second));
        CHECK(!store.exists(RecordKind::Contact, secondContact));
        CHECK(investorOf(store, RecordKind::Meeting, meeting) == g.investor);
        CHECK(attendeeIds(store, meeting) == QStringList{g.delegate, g.contact});
        CHECK(store.get(RecordKind::Note, noteId).value(u"linked_id"_s).toString() == g.investor);
        CHECK(investorOf(store, RecordKind::Deal, dealId) == g.investor);
    }
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("an attendee merged into one already present is kept once", "[sync][merge]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    const QString twin = office.store().create(RecordKind::Contact, test::contactJson(g.investor));
    Laptop laptop(office, u"laptop"_s);

    // Offline, the laptop adds the twin to the meeting the contact already attends.
    QVariantList attendees = laptop.store().get(RecordKind::Meeting, g.meeting).value(u"attendees"_s).toList();
    attendees.append(QVariantMap{{u"side"_s, u"investor"_s},
                                 {u"person_kind"_s, u"contact"_s},
                                 {u"person_id"_s, twin},
                                 {u"role"_s, u"interpreter"_s}});
    laptop.store().update(RecordKind::Meeting, g.meeting, {{u"attendees"_s, attendees}});
    mergeInto(office.db(), RecordKind::Contact, g.contact, twin);
    exchange(office.db(), laptop.db());

    for (Database *db : {&office.db(), &laptop.db()}) {
        const QStringList ids = attendeeIds(db->records(), g.meeting);
        CHECK(ids.count(g.contact) == 1);
        CHECK(!ids.contains(twin));
    }
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));

    // Removing that attendee removes the twin's offline row with it: a later sync of the meeting
    // does not bring it back.
    QVariantList kept;
    for (const QVariant &a : office.store().get(RecordKind::Meeting, g.meeting).value(u"attendees"_s).toList()) {
        if (a.toMap().value(u"person_id"_s) != g.contact) {
            kept.append(a);
        }
    }
    office.clock().advanceSecs(60);
    office.store().update(RecordKind::Meeting, g.meeting, {{u"attendees"_s, kept}});
    laptop.clock().advanceSecs(120);
    laptop.store().update(RecordKind::Meeting, g.meeting, {{u"next_step"_s, u"Second visit"_s}});
    exchange(office.db(), laptop.db());
    for (Database *db : {&office.db(), &laptop.db()}) {
        const QStringList ids = attendeeIds(db->records(), g.meeting);
        CHECK(!ids.contains(g.contact));
        CHECK(!ids.contains(twin));
    }
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("a pair merged two ways on two replicas converges: the newer merge gives way", "[sync][merge]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    const QString second = createInvestor(office.store(), u"ヤザキ"_s, u"Yazaki"_s);
    const QString meeting = createMeeting(office.store(), g, second);
    Laptop laptop(office, u"laptop"_s);

    office.clock().advanceSecs(60);
    mergeInto(office.db(), RecordKind::Investor, g.investor, second); // second into the graph's
    laptop.clock().advanceSecs(120);
    mergeInto(laptop.db(), RecordKind::Investor, second, g.investor); // the other way, later
    const QString offline = createMeeting(laptop.store(), g, second);
    exchange(office.db(), laptop.db());

    // The laptop's merge is the newer one of the cycle: the graph's investor comes back there.
    for (Database *db : {&office.db(), &laptop.db()}) {
        RecordStore &store = db->records();
        CHECK(store.exists(RecordKind::Investor, g.investor));
        CHECK(!store.exists(RecordKind::Investor, second));
        CHECK(store.survivorOf(second) == g.investor);
        CHECK(store.survivorOf(g.investor).isEmpty());
        for (const QString &id : {meeting, offline, g.meeting}) {
            CHECK(investorOf(store, RecordKind::Meeting, id) == g.investor);
        }
        CHECK(investorOf(store, RecordKind::Deal, g.deal) == g.investor);
        CHECK(investorOf(store, RecordKind::Contact, g.contact) == g.investor);
    }
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("a chain A into B into C ends at C everywhere, links made offline to A included", "[sync][merge]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    const QString a = createInvestor(office.store(), u"ヤザキ"_s, u"Yazaki"_s);
    const QString b = createInvestor(office.store(), u"矢崎"_s, u"Yazaki Corp"_s);
    const QString c = g.investor;
    Laptop first(office, u"first laptop"_s);
    Laptop second(office, u"second laptop"_s);

    mergeInto(office.db(), RecordKind::Investor, b, a);
    send(office.db(), first.db());
    first.clock().advanceSecs(600);
    mergeInto(first.db(), RecordKind::Investor, c, b);
    second.clock().advanceSecs(900);
    const QString meeting = createMeeting(second.store(), g, a);

    exchange(first.db(), office.db());
    exchange(second.db(), office.db());
    exchange(first.db(), office.db());

    for (Database *db : {&office.db(), &first.db(), &second.db()}) {
        RecordStore &store = db->records();
        CHECK(!store.exists(RecordKind::Investor, a));
        CHECK(!store.exists(RecordKind::Investor, b));
        CHECK(store.survivorOf(a) == c);
        CHECK(investorOf(store, RecordKind::Meeting, meeting) == c);
    }
    CHECK(test::contentOf(first.db()) == test::contentOf(office.db()));
    CHECK(test::contentOf(second.db()) == test::contentOf(office.db()));
}

TEST_CASE("an undone merge travels too: the record and its links come back everywhere", "[sync][merge]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    const QString second = createInvestor(office.store(), u"ヤザキ"_s, u"Yazaki"_s);
    const QString meeting = createMeeting(office.store(), g, second);
    Laptop laptop(office, u"laptop"_s);

    const MergeResult merged = mergeInto(office.db(), RecordKind::Investor, g.investor, second);
    send(office.db(), laptop.db());
    REQUIRE(!laptop.store().exists(RecordKind::Investor, second));
    office.clock().advanceSecs(60);
    Merges(office.db()).unmerge(merged);
    exchange(office.db(), laptop.db());

    for (Database *db : {&office.db(), &laptop.db()}) {
        RecordStore &store = db->records();
        CHECK(store.exists(RecordKind::Investor, second));
        CHECK(store.survivorOf(second).isEmpty());
        CHECK(investorOf(store, RecordKind::Meeting, meeting) == second);
    }
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

TEST_CASE("a merge undone on one replica while another merged the record elsewhere is a conflict to resolve",
          "[sync][merge]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    const QString a = createInvestor(office.store(), u"ヤザキ"_s, u"Yazaki"_s);
    const QString b = createInvestor(office.store(), u"矢崎"_s, u"Yazaki Corp"_s);
    const QString meeting = createMeeting(office.store(), g, a);
    Laptop laptop(office, u"laptop"_s);

    const MergeResult atOffice = mergeInto(office.db(), RecordKind::Investor, b, a);
    laptop.clock().advanceSecs(60);
    mergeInto(laptop.db(), RecordKind::Investor, g.investor, a);
    office.clock().advanceSecs(120);
    Merges(office.db()).unmerge(atOffice); // the newest word on where A lives: nowhere else
    exchange(office.db(), laptop.db());

    for (Database *db : {&office.db(), &laptop.db()}) {
        CHECK(db->records().exists(RecordKind::Investor, a));
    }
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
    const QList<SyncConflict> conflicts = laptop.sync().conflicts();
    const auto merge = std::find_if(conflicts.cbegin(), conflicts.cend(), [&](const SyncConflict &c) {
        return c.recordId == a && c.field == kSyncMergedIntoField;
    });
    REQUIRE(merge != conflicts.cend());

    // The officer keeps the laptop's merge: A goes into the graph's investor, and its links follow.
    laptop.sync().resolve(*merge, g.investor);
    exchange(office.db(), laptop.db());
    for (Database *db : {&office.db(), &laptop.db()}) {
        RecordStore &store = db->records();
        CHECK(!store.exists(RecordKind::Investor, a));
        CHECK(store.survivorOf(a) == g.investor);
        CHECK(investorOf(store, RecordKind::Meeting, meeting) == g.investor);
    }
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}

// The "done when", in core: the sample data at the office, a second Yazaki typed in
// katakana on a mission laptop with a meeting, the pair merged at the office, and every meeting
// and deal under one Yazaki on both replicas after the next exchange.
TEST_CASE("sample data: a Yazaki created on a laptop and merged at the office is one Yazaki everywhere",
          "[sync][merge][sample]")
{
    test::TestDatabase office;
    loadSampleData(office.db());
    const QString yazaki =
        office.store().findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s).value();
    Laptop laptop(office, u"Tangier mission laptop"_s);

    laptop.clock().advanceSecs(3600);
    QVariantMap katakana{{u"name"_s, u"ヤザキ"_s}, {u"sector"_s, u"automotive"_s}, {u"hq_country"_s, u"JP"_s}};
    const QString second = laptop.store().create(RecordKind::Investor, katakana);
    QVariantMap meeting{{u"starts_at"_s, u"2026-11-30T10:00:00+01:00"_s},
                        {u"time_zone"_s, u"Africa/Casablanca"_s},
                        {u"place"_s, u"Tanger Med"_s},
                        {u"investor_id"_s, second},
                        {u"summary"_s, u"Met at the port, second plant."_s}};
    const QString meetingId = laptop.store().create(RecordKind::Meeting, meeting);
    send(laptop.db(), office.db());

    const auto underYazaki = [&](Database &db, RecordKind kind) {
        QStringList ids;
        db.records().forEach(kind, test::listQuery([](ListQuery &q) { q.sortField = u"id"_s; }),
                             [&](const QVariantMap &r) {
                                 const QString investor = r.value(u"investor_id"_s).toString();
                                 if (investor == yazaki || investor == second) {
                                     ids << r.value(u"id"_s).toString() + u'>' + investor;
                                 }
                                 return true;
                             });
        return ids;
    };
    const QStringList meetingsBefore = underYazaki(office.db(), RecordKind::Meeting);
    const QStringList dealsBefore = underYazaki(office.db(), RecordKind::Deal);
    REQUIRE(meetingsBefore.size() >= 2);
    REQUIRE(!dealsBefore.isEmpty());

    office.clock().advanceSecs(7200);
    mergeInto(office.db(), RecordKind::Investor, yazaki, second);
    // Through a package file, as on a USB stick: the merge needs no new package format.
    const QString stick = office.dir() + u"/to-laptop.dcrmsync"_s;
    Synchronizer(office.db()).exportTo(laptop.replicaId(), stick, u"correct horse"_s);
    CHECK(laptop.sync().importFile(stick, u"correct horse"_s).applied > 0);

    for (Database *db : {&office.db(), &laptop.db()}) {
        INFO(db->replicaId().toStdString());
        CHECK(!db->records().exists(RecordKind::Investor, second));
        const QStringList meetings = underYazaki(*db, RecordKind::Meeting);
        const QStringList deals = underYazaki(*db, RecordKind::Deal);
        CHECK(meetings.size() == meetingsBefore.size());
        CHECK(deals.size() == dealsBefore.size());
        for (const QString &entry : meetings + deals) {
            CHECK(entry.endsWith(u'>' + yazaki));
        }
        CHECK(meetings.contains(meetingId + u'>' + yazaki));
    }
    CHECK(test::contentOf(laptop.db()) == test::contentOf(office.db()));
}
