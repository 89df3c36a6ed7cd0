#include "fixtures.h"
#include "reports/creditsummary.h"
#include "services/sampledata.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QString delegateId(test::TestDatabase &t, const QString &latinFamily)
{
    return t.store().findIdBy(RecordKind::Delegate, u"latin_family_name"_s, latinFamily).value();
}
} // namespace

TEST_CASE("a delegate's credited deals carry their roles and latest figures", "[credits]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QList<CreditedDeal> deals = CreditSummary(t.db()).dealsOf(delegateId(t, u"Hassani"_s));
    REQUIRE(deals.size() == 2);
    // Title order: "Cabin-interior ..." before "Wire-harness ...".
    const CreditedDeal &cabin = deals[0];
    const CreditedDeal &yazaki = deals[1];
    CHECK(yazaki.title == u"Wire-harness plants, Morocco"_s);
    CHECK(yazaki.stage == u"aftercare"_s);
    CHECK(yazaki.roles == QStringList{u"promotion"_s, u"facilitation"_s, u"implementation_support"_s});
    // Realised jobs were counted in 2005 (4,200) and again in 2020 (12,500): the latest wins.
    CHECK(yazaki.directJobs.realised == 12500);
    CHECK(yazaki.directJobs.announced == 3000);
    CHECK(yazaki.capex.realised == Q_INT64_C(25000000000));
    CHECK(yazaki.capex.realisedCurrency == u"USD"_s);
    CHECK(cabin.stage == u"announced"_s);
    CHECK(cabin.directJobs.announced == 350);
    CHECK_FALSE(cabin.directJobs.realised.has_value());
    CHECK(cabin.capex.announcedCurrency == u"JPY"_s);
}

TEST_CASE("impact totals count each deal once and keep currencies apart", "[credits]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const ImpactTotals totals = CreditSummary::totals(CreditSummary(t.db()).dealsOf(delegateId(t, u"Hassani"_s)));
    CHECK(totals.deals == 2);
    CHECK(totals.lostDeals == 0);
    CHECK(totals.jobsAnnounced == 3000 + 350);
    CHECK(totals.jobsRealised == 12500);
    CHECK(totals.capexAnnounced ==
          QMap<QString, qint64>{{u"USD"_s, Q_INT64_C(10000000000)}, {u"JPY"_s, Q_INT64_C(4500000000)}});
    CHECK(totals.capexRealised == QMap<QString, qint64>{{u"USD"_s, Q_INT64_C(25000000000)}});
    CHECK(formatAmounts(totals.capexRealised, QLocale(QLocale::English)) == u"250,000,000.00 USD"_s);
    CHECK(formatAmounts(totals.capexAnnounced, QLocale(QLocale::French)) ==
          u"4\u202f500\u202f000\u202f000 JPY + 100\u202f000\u202f000,00 USD"_s);
}

TEST_CASE("a lost deal is listed but brings no impact, and a trashed deal is not listed", "[credits]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const QString mansour = delegateId(t, u"Mansour"_s);
    const QList<CreditedDeal> deals = CreditSummary(t.db()).dealsOf(mansour);
    REQUIRE(deals.size() == 2);
    const ImpactTotals totals = CreditSummary::totals(deals);
    CHECK(totals.lostDeals == 1);
    CHECK(totals.jobsAnnounced == 0);
    CHECK(totals.capexAnnounced.isEmpty());

    t.store().moveToTrash(RecordKind::Deal, deals[0].dealId);
    CHECK(CreditSummary(t.db()).dealsOf(mansour).size() == 1);
}
