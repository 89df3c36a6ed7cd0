#include "domain/error.h"
#include "reports/pipeline.h"
#include "services/sampledata.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
const QDate today(2026, 11, 29); // the test clock's day

QString dealId(test::TestDatabase &t, const QString &title)
{
    return t.store().findIdBy(RecordKind::Deal, u"title"_s, title).value();
}

QStringList titles(const QList<PipelineCard> &cards)
{
    QStringList list;
    for (const PipelineCard &card : cards) {
        list << card.title;
    }
    return list;
}

const PipelineCard &cardOf(const QList<PipelineCard> &cards, const QString &id)
{
    const auto it = std::find_if(cards.cbegin(), cards.cend(), [&id](const PipelineCard &c) { return c.dealId == id; });
    REQUIRE(it != cards.cend());
    return *it;
}

const QString yazakiTitle = u"Wire-harness plants, Morocco"_s;
const QString hawassaTitle = u"Workwear and technical-textile plant, Hawassa (fictional)"_s;
} // namespace

TEST_CASE("the pipeline lists every live deal with its investor and latest figures", "[pipeline]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QList<PipelineCard> cards = Pipeline(t.db()).cards();
    REQUIRE(cards.size() == 7);
    QStringList sorted = titles(cards);
    sorted.sort();
    CHECK(titles(cards) == sorted);
    const PipelineCard &yazaki = cardOf(cards, dealId(t, yazakiTitle));
    CHECK(yazaki.stage == u"aftercare"_s);
    CHECK(yazaki.investorName == u"矢崎総業株式会社"_s);
    CHECK(yazaki.investorNameLatin == u"Yazaki Corporation"_s);
    CHECK(yazaki.hostCountry == u"MA"_s);
    CHECK(yazaki.sector == u"automotive"_s);
    // The same rule as the delegate page: the latest realised figure wins (2020 over 2005).
    CHECK(yazaki.directJobs.realised == 12500);
    CHECK(yazaki.directJobs.announced == 3000);
    CHECK(yazaki.capex.realised == Q_INT64_C(25000000000));
    CHECK(yazaki.capex.realisedCurrency == u"USD"_s);
    CHECK(yazaki.lastStageDate == QDate(2008, 1, 15));
    CHECK(yazaki.createdAt == today);
    CHECK(yazaki.delegateIds.size() == 1); // credited three times, listed once
    CHECK(yazaki.stageYears.constFirst() == 1996);
    CHECK(yazaki.stageYears.constLast() == 2008);
}

TEST_CASE("the pipeline filters by host country, sector, delegate and year", "[pipeline]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const Pipeline pipeline(t.db());
    CHECK(pipeline.cards({u"MA"_s, {}, {}, 0, {}}).size() == 2);
    CHECK(pipeline.cards({{}, u"aerospace"_s, {}, 0, {}}).size() == 2);
    CHECK(pipeline.cards({u"MA"_s, u"aerospace"_s, {}, 0, {}}).size() == 1);
    const QString hassani = t.store().findIdBy(RecordKind::Delegate, u"latin_family_name"_s, u"Hassani"_s).value();
    CHECK(pipeline.cards({{}, {}, hassani, 0, {}}).size() == 2);
    // A year keeps the deals with a stage change dated in it.
    CHECK(titles(pipeline.cards({{}, {}, {}, 2000, {}})) == QStringList{yazakiTitle});
    CHECK(pipeline.cards({{}, {}, {}, 2026, {}}).size() == 6);
    CHECK(pipeline.cards({{}, {}, {}, 1990, {}}).isEmpty());
}

TEST_CASE("a trashed deal is not on the board", "[pipeline]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    t.store().moveToTrash(RecordKind::Deal, dealId(t, yazakiTitle));
    CHECK(Pipeline(t.db()).cards().size() == 6);
}

TEST_CASE("a stage move adds a dated history entry and is accepted by the store", "[pipeline]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QString id = dealId(t, hawassaTitle);
    const QVariantMap deal = t.store().get(RecordKind::Deal, id);
    const StageMove move = stageMove(deal, u"negotiation"_s, today, {}, today);
    REQUIRE(move.accepted());
    CHECK(move.warnings.isEmpty());
    t.store().update(RecordKind::Deal, id, move.changes);
    const QVariantMap after = t.store().get(RecordKind::Deal, id);
    CHECK(after.value(u"stage"_s) == u"negotiation"_s);
    const QVariantList history = after.value(u"stage_history"_s).toList();
    REQUIRE(history.size() == 4);
    CHECK(history.constLast().toMap().value(u"stage"_s) == u"negotiation"_s);
    CHECK(history.constLast().toMap().value(u"date"_s) == u"2026-11-29"_s);
    // The earlier entries keep their ids.
    CHECK(history.constFirst().toMap().value(u"id"_s) ==
          deal.value(u"stage_history"_s).toList().constFirst().toMap().value(u"id"_s));
}

TEST_CASE("a stage date before the deal was recorded or after today is a warning, not a refusal", "[pipeline]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QVariantMap deal = t.store().get(RecordKind::Deal, dealId(t, hawassaTitle));
    const StageMove past = stageMove(deal, u"negotiation"_s, QDate(2026, 10, 1), {}, today);
    CHECK(past.accepted());
    REQUIRE(past.warnings.size() == 1);
    CHECK(past.warnings.constFirst().contains(u"before the deal was recorded"_s));
    const StageMove future = stageMove(deal, u"negotiation"_s, QDate(2026, 12, 5), {}, today);
    CHECK(future.accepted());
    REQUIRE(future.warnings.size() == 1);
    CHECK(future.warnings.constFirst().contains(u"after today"_s));
}

TEST_CASE("a stage date before the previous stage change is refused", "[pipeline]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QVariantMap deal = t.store().get(RecordKind::Deal, dealId(t, hawassaTitle)); // visit on 2026-02-16
    const StageMove move = stageMove(deal, u"negotiation"_s, QDate(2026, 1, 1), {}, today);
    CHECK_FALSE(move.accepted());
    CHECK(move.changes.isEmpty());
    REQUIRE(move.errors.size() == 1);
    CHECK(move.errors.constFirst().field == u"stage_history[3].date"_s);
}

TEST_CASE("a move to lost needs a reason, and leaving lost clears it", "[pipeline]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QString id = dealId(t, hawassaTitle);
    const QVariantMap deal = t.store().get(RecordKind::Deal, id);
    const StageMove refused = stageMove(deal, u"lost"_s, today, u"  "_s, today);
    CHECK_FALSE(refused.accepted());
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.constFirst().field == u"lost_reason"_s);

    const StageMove lost = stageMove(deal, u"lost"_s, today, u"Chose another country"_s, today);
    REQUIRE(lost.accepted());
    t.store().update(RecordKind::Deal, id, lost.changes);
    CHECK(t.store().get(RecordKind::Deal, id).value(u"lost_reason"_s) == u"Chose another country"_s);

    const StageMove revived = stageMove(t.store().get(RecordKind::Deal, id), u"contacted"_s, today, {}, today);
    REQUIRE(revived.accepted());
    t.store().update(RecordKind::Deal, id, revived.changes);
    const QVariantMap after = t.store().get(RecordKind::Deal, id);
    CHECK(after.value(u"stage"_s) == u"contacted"_s);
    CHECK(after.value(u"lost_reason"_s).toString().isEmpty());
}

TEST_CASE("a move to the stage the deal is in is refused", "[pipeline]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QVariantMap deal = t.store().get(RecordKind::Deal, dealId(t, hawassaTitle));
    CHECK_FALSE(stageMove(deal, u"visit"_s, today, {}, today).accepted());
    CHECK_FALSE(stageMove(deal, u"nowhere"_s, today, {}, today).accepted());
}

TEST_CASE("adjacent stages follow the board's order and stop at its ends", "[pipeline]")
{
    CHECK(adjacentStage(u"visit"_s, 1) == u"negotiation"_s);
    CHECK(adjacentStage(u"visit"_s, -1) == u"contacted"_s);
    CHECK(adjacentStage(u"lead"_s, -1).isEmpty());
    CHECK(adjacentStage(u"lost"_s, 1).isEmpty());
}
