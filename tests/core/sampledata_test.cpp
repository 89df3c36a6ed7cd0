#include "fixtures.h"
#include "services/sampledata.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;
using namespace crm;

TEST_CASE("the sample dataset loads into an empty database", "[sample]")
{
    test::TestDatabase t;
    const int loaded = loadSampleData(t.db());
    CHECK(loaded == 85);
    for (RecordKind kind : allRecordKinds()) {
        INFO("kind: " << kindName(kind).toStdString());
        CHECK(t.store().count(kind) > 0);
    }
    // The sample's officer HS is the fixture's own officer, not a second one.
    CHECK(t.store().count(RecordKind::Officer) == 3);
    CHECK(t.store().totalCount() == loaded);
    CHECK(t.db().check() == QStringList());
    CHECK(t.db().transactionDepth() == 0);
}

TEST_CASE("the sample dataset holds the programme's seed example", "[sample]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const auto amdie = t.store().findIdBy(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s);
    REQUIRE(amdie.has_value());
    CHECK(t.store().get(RecordKind::Agency, *amdie).value(u"country"_s).toString() == u"MA"_s);
    const auto yazaki = t.store().findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    REQUIRE(yazaki.has_value());
    CHECK(t.store().get(RecordKind::Investor, *yazaki).value(u"name"_s).toString() == u"矢崎総業株式会社"_s);
    const auto deal = t.store().findIdBy(RecordKind::Deal, u"investor_id"_s, *yazaki);
    REQUIRE(deal.has_value());
    CHECK(t.store().get(RecordKind::Deal, *deal).value(u"host_country"_s).toString() == u"MA"_s);
}

TEST_CASE("the sample dataset is refused by a database that holds records", "[sample]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QString before = test::tableCounts(t);
    const auto again = test::errorFrom([&] { loadSampleData(t.db()); });
    REQUIRE(again);
    CHECK(again->kind() == Error::Kind::Conflict);
    CHECK(again->message().contains(t.path()));
    CHECK(test::tableCounts(t) == before);

    test::TestDatabase other;
    t.store().create(RecordKind::Agency, test::agencyJson());
    other.store().create(RecordKind::Agency, test::agencyJson());
    other.store().moveToTrash(RecordKind::Agency,
                              other.store().findIdBy(RecordKind::Agency, u"acronym"_s, u"AMDIE"_s).value());
    const QString otherBefore = test::tableCounts(other);
    const auto trashOnly = test::errorFrom([&] { loadSampleData(other.db()); });
    REQUIRE(trashOnly);
    CHECK(trashOnly->kind() == Error::Kind::Conflict);
    CHECK(test::tableCounts(other) == otherBefore);
}

TEST_CASE("the sample dataset survives a reopen", "[sample]")
{
    test::TestDatabase t;
    const int loaded = loadSampleData(t.db());
    t.reopen();
    CHECK(t.store().totalCount() == loaded);
    CHECK(t.db().check() == QStringList());
}
