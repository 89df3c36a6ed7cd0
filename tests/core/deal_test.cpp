#include "domain/recordcodec.h"
#include "fixtures.h"
#include "storage/repository.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// "stage@date" for each entry of a deal's stage history.
QStringList stagesOf(const QVariantMap &deal)
{
    QStringList stages;
    for (const QVariant &entry : deal.value(u"stage_history"_s).toList()) {
        const QVariantMap e = entry.toMap();
        stages << e.value(u"stage"_s).toString() + u'@' + e.value(u"date"_s).toString();
    }
    return stages;
}

void advanceDays(test::TestDatabase &t, int days)
{
    t.clock().advanceSecs(qint64(days) * 24 * 3600);
}
} // namespace

TEST_CASE("a new deal starts its stage history today", "[deal]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(stagesOf(t.store().get(RecordKind::Deal, g.deal)) == QStringList{u"negotiation@2026-11-29"_s});

    QVariantMap lead = test::dealJson(g);
    lead.remove(u"stage"_s);
    const QString id = t.store().create(RecordKind::Deal, lead);
    const QVariantMap back = t.store().get(RecordKind::Deal, id);
    CHECK(back.value(u"stage"_s).toString() == u"lead"_s);
    CHECK(stagesOf(back) == QStringList{u"lead@2026-11-29"_s});
}

TEST_CASE("a stage change appends a dated entry to the history", "[deal]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString firstEntryId =
        t.store().get(RecordKind::Deal, g.deal).value(u"stage_history"_s).toList()[0].toMap().value(u"id"_s).toString();

    advanceDays(t, 3);
    CHECK(t.store().update(RecordKind::Deal, g.deal, {{u"stage"_s, u"decision"_s}}));
    const QVariantMap back = t.store().get(RecordKind::Deal, g.deal);
    CHECK(stagesOf(back) == QStringList{u"negotiation@2026-11-29"_s, u"decision@2026-12-02"_s});
    CHECK(back.value(u"stage_history"_s).toList()[0].toMap().value(u"id"_s).toString() == firstEntryId);

    const HistoryEntry last = t.store().history(RecordKind::Deal, g.deal).constLast();
    CHECK(last.field == u"stage_history"_s);
}

TEST_CASE("an unchanged stage adds no history entry", "[deal]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    advanceDays(t, 1);
    CHECK_FALSE(t.store().update(RecordKind::Deal, g.deal, {{u"stage"_s, u"negotiation"_s}}));
    CHECK(t.store().update(RecordKind::Deal, g.deal, {{u"notes"_s, u"Second round of talks"_s}}));
    CHECK(stagesOf(t.store().get(RecordKind::Deal, g.deal)) == QStringList{u"negotiation@2026-11-29"_s});
    CHECK(t.rows(u"deal_stage_change"_s) == 1);
}

TEST_CASE("a deal moved back to negotiation keeps its stage history", "[deal]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    advanceDays(t, 10);
    CHECK(t.store().update(RecordKind::Deal, g.deal, {{u"stage"_s, u"on_hold"_s}}));
    advanceDays(t, 30);
    CHECK(t.store().update(RecordKind::Deal, g.deal, {{u"stage"_s, u"negotiation"_s}}));
    CHECK(stagesOf(t.store().get(RecordKind::Deal, g.deal)) ==
          QStringList{u"negotiation@2026-11-29"_s, u"on_hold@2026-12-09"_s, u"negotiation@2027-01-08"_s});
}

TEST_CASE("a stage given with its own history entry is not recorded twice", "[deal]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap input = test::dealJson(g);
    input.insert(u"stage"_s, u"visit"_s);
    input.insert(u"stage_history"_s, QVariantList{QVariantMap{{u"stage"_s, u"lead"_s}, {u"date"_s, u"2026-09-01"_s}},
                                                  QVariantMap{{u"stage"_s, u"visit"_s},
                                                              {u"date"_s, u"2026-10-15"_s},
                                                              {u"note"_s, u"Visit to Tangier"_s}}});
    const QString id = t.store().create(RecordKind::Deal, input);
    const QVariantMap back = t.store().get(RecordKind::Deal, id);
    CHECK(stagesOf(back) == QStringList{u"lead@2026-09-01"_s, u"visit@2026-10-15"_s});
    CHECK(back.value(u"stage_history"_s).toList()[1].toMap().value(u"note"_s).toString() == u"Visit to Tangier"_s);
}

TEST_CASE("stage history dates do not go back in time", "[deal]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap input = test::dealJson(g);
    input.insert(u"stage_history"_s,
                 QVariantList{QVariantMap{{u"stage"_s, u"lead"_s}, {u"date"_s, u"2026-09-01"_s}},
                              QVariantMap{{u"stage"_s, u"negotiation"_s}, {u"date"_s, u"2026-08-01"_s}}});
    const QString before = test::tableCounts(t);
    CHECK(test::invalidFields([&] { t.store().create(RecordKind::Deal, input); }) ==
          QStringList{u"stage_history[1].date"_s});
    CHECK(test::tableCounts(t) == before);
}

TEST_CASE("a lost deal records the reason and the day it was lost", "[deal]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    advanceDays(t, 2);
    CHECK(t.store().update(RecordKind::Deal, g.deal,
                           {{u"stage"_s, u"lost"_s}, {u"lost_reason"_s, u"Chose a site in Romania"_s}}));
    const QVariantMap back = t.store().get(RecordKind::Deal, g.deal);
    CHECK(back.value(u"lost_reason"_s).toString() == u"Chose a site in Romania"_s);
    CHECK(stagesOf(back).constLast() == u"lost@2026-12-01"_s);
}

TEST_CASE("the typed deal records stage changes the same way", "[deal]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    DealRepository deals(t.db());
    Deal d = deals.get(g.deal);
    advanceDays(t, 7);
    d.stage = u"announced"_s;
    CHECK(deals.update(d));
    Deal back = deals.get(g.deal);
    REQUIRE(back.stageHistory.size() == 2);
    CHECK(back.stageHistory[1].stage == u"announced"_s);
    CHECK(back.stageHistory[1].date == QDate(2026, 12, 6));

    CHECK_FALSE(deals.update(back));
    back.notes = u"Announced by the Moroccan ministry"_s;
    CHECK(deals.update(back));
    CHECK(deals.get(g.deal).stageHistory.size() == 2);
}

TEST_CASE("the domain rule appends a stage change only when the stage differs", "[deal]")
{
    // The rule is the deal's hook in the catalogue; the codec runs it on every save.
    const KindCodec &codec = codecFor(RecordKind::Deal);
    FixedClock clock(QDateTime(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC));
    QVariantMap deal{{u"title"_s, u"Plant"_s},
                     {u"investor_id"_s, u"00000000-0000-4000-8000-000000000001"_s},
                     {u"host_country"_s, u"MA"_s},
                     {u"sector"_s, u"automotive"_s}};
    deal = codec.normalise(deal, MapFormat::Storage, clock);
    REQUIRE(stagesOf(deal) == QStringList{u"lead@2026-01-05"_s});
    clock.set(QDateTime(QDate(2026, 1, 6), QTime(12, 0), Qt::UTC));
    deal = codec.normalise(deal, MapFormat::Storage, clock);
    CHECK(stagesOf(deal) == QStringList{u"lead@2026-01-05"_s});
    deal.insert(u"stage"_s, u"contacted"_s);
    clock.set(QDateTime(QDate(2026, 1, 7), QTime(12, 0), Qt::UTC));
    deal = codec.normalise(deal, MapFormat::Storage, clock);
    CHECK(stagesOf(deal) == (QStringList{u"lead@2026-01-05"_s, u"contacted@2026-01-07"_s}));
}

TEST_CASE("credits and impact figures of a deal come back as given", "[deal]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QVariantMap back = t.store().get(RecordKind::Deal, g.deal);
    CHECK(test::differences(test::dealJson(g).value(u"credits"_s), back.value(u"credits"_s)) == QStringList());
    CHECK(test::differences(test::dealJson(g).value(u"impact"_s), back.value(u"impact"_s)) == QStringList());
    const QVariantMap stored = t.store().get(RecordKind::Deal, g.deal, MapFormat::Storage);
    const QVariantList impact = stored.value(u"impact"_s).toList();
    CHECK(impact[0].toMap().value(u"value"_s) == QVariant(Q_INT64_C(15000000000)));
    CHECK(impact[1].toMap().value(u"value"_s) == QVariant(qint64(3500)));
    CHECK_FALSE(impact[1].toMap().value(u"currency"_s).isValid());
}
