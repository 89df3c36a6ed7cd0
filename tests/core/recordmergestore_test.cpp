// RecordStore's storage side of merging records (issue 19): mergeAway, unmerge, where a merged
// record went, the links to a record, and the history of a survivor.
#include "fixtures.h"
#include "storage/database.h"
#include "storage/recordstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
qint64 searchRows(test::TestDatabase &t, const QString &id)
{
    return test::sqlValue(t.db(), u"SELECT count(*) FROM search_doc WHERE record_id = ?"_s, {id}).toLongLong();
}

struct Heard final : ChangeSubscriber
{
    QList<ChangeEvent> events;
    void onChange(const ChangeEvent &event) override { events.append(event); }
};

QStringList referrerKeys(const QList<Referrer> &referrers)
{
    QStringList keys;
    for (const Referrer &r : referrers) {
        keys << kindName(r.kind) + u':' + r.field;
    }
    keys.sort();
    return keys;
}
} // namespace

TEST_CASE("a record merged away leaves its table for record_merge and comes back as it was", "[merge][storage]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap otherJson = test::delegateJson(g.agency);
    otherJson.insert(u"stays"_s, QVariantList{QVariantMap{{u"start_date"_s, u"2019-04-01"_s},
                                                          {u"end_date"_s, u"2019-06-30"_s},
                                                          {u"host_office"_s, u"Tokyo"_s}}});
    const QString other = t.store().create(RecordKind::Delegate, otherJson);
    const QVariantMap stored = t.store().get(RecordKind::Delegate, other, MapFormat::Storage);
    REQUIRE(searchRows(t, other) == 1);
    const qint64 stays = t.rows(u"delegate_stay"_s);

    Heard heard;
    t.db().changes().subscribe(&heard, 1000);
    t.clock().advanceSecs(60);
    t.store().mergeAway(RecordKind::Delegate, other, g.delegate);
    CHECK_FALSE(t.store().exists(RecordKind::Delegate, other));
    CHECK(t.rows(u"delegate_stay"_s) == stays - 1);
    CHECK(t.rows(u"record_merge"_s) == 1);
    CHECK(searchRows(t, other) == 0);
    CHECK(t.store().survivorOf(other) == g.delegate);
    CHECK(t.store().survivorOf(g.delegate).isEmpty());
    CHECK(t.store().mergedInto(g.delegate) == QStringList{other});
    REQUIRE(heard.events.size() == 1);
    CHECK(heard.events.at(0).action == ChangeAction::Merge);
    CHECK(heard.events.at(0).mergedInto == g.delegate);
    CHECK(heard.events.at(0).before == stored);
    CHECK(heard.events.at(0).after.isEmpty());

    // The survivor's history holds the merged record's lines, the merge line last.
    const QList<HistoryEntry> history = t.store().history(RecordKind::Delegate, g.delegate);
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).recordId == g.delegate);
    CHECK(history.at(1).recordId == other);
    CHECK(history.at(1).action == u"create"_s);
    CHECK(history.at(2).action == u"merge"_s);
    CHECK(history.at(2).newValue == g.delegate);
    CHECK(history.at(2).oldValue == t.store().title(RecordKind::Delegate, g.delegate));
    CHECK(std::is_sorted(history.cbegin(), history.cend(),
                         [](const HistoryEntry &a, const HistoryEntry &b) { return a.sequence < b.sequence; }));

    t.store().unmerge(RecordKind::Delegate, other, stored);
    CHECK(t.store().get(RecordKind::Delegate, other, MapFormat::Storage) == stored);
    CHECK(t.rows(u"delegate_stay"_s) == stays);
    CHECK(t.rows(u"record_merge"_s) == 0);
    CHECK(searchRows(t, other) == 1);
    CHECK(t.store().survivorOf(other).isEmpty());
    CHECK(t.store().mergedInto(g.delegate).isEmpty());
    REQUIRE(heard.events.size() == 2);
    CHECK(heard.events.at(1).action == ChangeAction::Unmerge);
    const QList<HistoryEntry> own = t.store().history(RecordKind::Delegate, other);
    CHECK(own.last().action == u"unmerge"_s);
    CHECK(t.db().check() == QStringList());
    t.db().changes().unsubscribe(&heard);
}

TEST_CASE("where a merged record went follows chains of merges", "[merge][storage]")
{
    test::TestDatabase t;
    const QString a = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString b = t.store().create(RecordKind::Agency, test::agencyJson());
    const QString c = t.store().create(RecordKind::Agency, test::agencyJson());
    t.store().mergeAway(RecordKind::Agency, a, b);
    t.store().mergeAway(RecordKind::Agency, b, c);
    CHECK(t.store().survivorOf(a) == c);
    CHECK(t.store().survivorOf(b) == c);
    QStringList merged = t.store().mergedInto(c);
    merged.sort();
    QStringList expected{a, b};
    expected.sort();
    CHECK(merged == expected);
    // c's history shows the creation of all three and both merges.
    qint64 merges = 0;
    for (const HistoryEntry &entry : t.store().history(RecordKind::Agency, c)) {
        merges += entry.action == u"merge"_s ? 1 : 0;
    }
    CHECK(merges == 2);
}

TEST_CASE("a record still linked to cannot be merged away: nothing is written", "[merge][storage]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString survivor = t.store().create(RecordKind::Investor, test::investorJson());
    const QString before = test::tableCounts(t);
    // The contact, meeting and deal still point at g.investor.
    CHECK(test::errorFrom([&] { t.store().mergeAway(RecordKind::Investor, g.investor, survivor); }));
    CHECK(test::tableCounts(t) == before);
    CHECK(t.store().exists(RecordKind::Investor, g.investor));
    CHECK(searchRows(t, g.investor) == 1);
    CHECK(test::errorFrom([&] { t.store().mergeAway(RecordKind::Investor, survivor, survivor); }));
    CHECK(test::errorFrom([&] { t.store().mergeAway(RecordKind::Investor, u"nope"_s, survivor); }));
    CHECK(test::tableCounts(t) == before);
}

TEST_CASE("the links to a record are found in columns, kind-and-id pairs and lists", "[merge][storage]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(referrerKeys(t.store().referrersOf(RecordKind::Investor, g.investor)) ==
          QStringList{u"contact:investor_id"_s, u"deal:investor_id"_s, u"meeting:investor_id"_s, u"note:linked_id"_s});
    CHECK(referrerKeys(t.store().referrersOf(RecordKind::Delegate, g.delegate)) ==
          QStringList{u"deal:credits"_s, u"meeting:attendees"_s, u"mission:participants"_s});
    CHECK(referrerKeys(t.store().referrersOf(RecordKind::Officer, g.officer)) ==
          QStringList{u"followup:owner_id"_s, u"meeting:attendees"_s, u"mission:participants"_s, u"note:author_id"_s});
    CHECK(referrerKeys(t.store().referrersOf(RecordKind::Meeting, g.meeting)) == QStringList{u"followup:linked_id"_s});
    t.store().moveToTrash(RecordKind::Deal, g.deal);
    const QList<Referrer> referrers = t.store().referrersOf(RecordKind::Investor, g.investor);
    const auto deal = std::find_if(referrers.cbegin(), referrers.cend(),
                                   [](const Referrer &r) { return r.kind == RecordKind::Deal; });
    REQUIRE(deal != referrers.cend());
    CHECK(deal->inTrash);
    CHECK(deal->id == g.deal);
}
