#include "fixtures.h"
#include "reportfixture.h"
#include "reports/dashboard.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
DashboardFilter filter(int from, int to, const QString &country = {}, const QString &currency = u"USD"_s)
{
    DashboardFilter f;
    f.fromYear = from;
    f.toYear = to;
    f.hostCountry = country;
    f.currency = currency;
    return f;
}

// The report's small world (see reportfixture.h) and follow-ups around the test clock's today,
// 2026-11-29: 佐藤 花子 has three overdue (1, 7 and 8 days late), one due today and one done;
// 田中 健一 has two (45 and 120 days late) and one in the Trash.
struct Fixture : test::ReportFixture
{
    QString tanaka;

    Fixture()
    {
        RecordStore &store = t.store();
        tanaka = store.create(RecordKind::Officer, test::officerJson(u"KT"_s));
        const auto followUp = [&](const QString &owner, const QString &due, bool done = false) {
            return store.create(RecordKind::FollowUp, {{u"title"_s, u"Send the figures"_s},
                                                       {u"owner_id"_s, owner},
                                                       {u"due_date"_s, due},
                                                       {u"done"_s, done},
                                                       {u"linked_kind"_s, u"deal"_s},
                                                       {u"linked_id"_s, dealX}});
        };
        for (const QString &due : {u"2026-11-28"_s, u"2026-11-22"_s, u"2026-11-21"_s, u"2026-11-29"_s}) {
            followUp(t.officerId(), due);
        }
        followUp(t.officerId(), u"2026-01-01"_s, true);
        followUp(tanaka, u"2026-10-15"_s);
        followUp(tanaka, u"2026-08-01"_s);
        store.moveToTrash(RecordKind::FollowUp, followUp(tanaka, u"2026-11-01"_s));
    }

    DashboardData build(const DashboardFilter &f) { return Dashboard(t.db()).build(f); }
};
} // namespace

TEST_CASE("the dashboard counts deals by their stage today", "[dashboard]")
{
    Fixture f;
    const DashboardData d = f.build(filter(2020, 2021));
    CHECK(d.deals.dealsByStage ==
          QList<std::pair<QString, int>>{{u"announced"_s, 1}, {u"operational"_s, 1}, {u"lost"_s, 1}});
    CHECK(d.deals.totals.deals == 3);
    CHECK(d.deals.totals.lostDeals == 1);
    // The deal part only: the people and meetings of the printed report are not read.
    CHECK(d.deals.delegates.isEmpty());
    CHECK(d.deals.meetings == 0);
}

TEST_CASE("the dashboard gives capex and jobs announced against realised by country and sector", "[dashboard]")
{
    Fixture f;
    const DashboardData d = f.build(filter(2020, 2021));
    REQUIRE(d.deals.byCountry.size() == 3);
    // Morocco: X alone. Jobs: 500 announced, 450 realised (the latest of 2021, not 200 + 450).
    const ImpactLine &morocco = test::line(d.deals.byCountry, u"MA"_s);
    CHECK(morocco.deals == 1);
    CHECK(morocco.jobsAnnounced == 500);
    CHECK(morocco.jobsRealised == 450);
    // 10,000,000.00 USD announced; 1,500,000,000 JPY of 2021 / 150 = 10,000,000.00 USD realised.
    CHECK(morocco.capexAnnounced == ReportAmount{Q_INT64_C(1000000000), {}});
    CHECK(morocco.capexRealised == ReportAmount{Q_INT64_C(1000000000), {}});
    // Senegal: Y's yen of 2020 have no rate: kept in yen, not guessed.
    const ImpactLine &senegal = test::line(d.deals.byCountry, u"SN"_s);
    CHECK(senegal.jobsAnnounced == 120);
    CHECK(senegal.capexAnnounced == ReportAmount{0, {{u"JPY"_s, Q_INT64_C(3000000000)}}});
    // Egypt: Z was lost, so it is counted as a deal and adds nothing.
    const ImpactLine &egypt = test::line(d.deals.byCountry, u"EG"_s);
    CHECK(egypt.deals == 1);
    CHECK(egypt.lostDeals == 1);
    CHECK(egypt.jobsAnnounced == 0);
    CHECK(egypt.capexAnnounced == ReportAmount{});

    const ImpactLine &automotive = test::line(d.deals.bySector, u"automotive"_s);
    CHECK(automotive.deals == 2); // X and the lost Z
    CHECK(automotive.jobsAnnounced == 500);
    CHECK(automotive.capexRealised.converted == Q_INT64_C(1000000000));
    CHECK(test::line(d.deals.bySector, u"food"_s).jobsAnnounced == 120);
    CHECK(d.deals.missingRates == QList<MissingRate>{{u"JPY"_s, 2020}});
}

TEST_CASE("the dashboard's year lines are what each year alone would report", "[dashboard]")
{
    Fixture f;
    const DashboardData d = f.build(filter(2020, 2021));
    REQUIRE(d.deals.byYear.size() == 2);
    // 2020: X (figures), Y (stage change and figures) and Z (figures, lost later).
    const ImpactLine &y2020 = test::line(d.deals.byYear, u"2020"_s);
    CHECK(y2020.label == u"2020"_s);
    CHECK(y2020.deals == 3);
    CHECK(y2020.lostDeals == 1);
    CHECK(y2020.jobsAnnounced == 620); // X 500 + Y 120
    CHECK(y2020.jobsRealised == 200);  // X's figure of 2020
    CHECK(y2020.capexAnnounced == ReportAmount{Q_INT64_C(1000000000), {{u"JPY"_s, Q_INT64_C(3000000000)}}});
    CHECK(y2020.capexRealised == ReportAmount{});
    // 2021: X (stage change, realised figures) and Z (lost).
    const ImpactLine &y2021 = test::line(d.deals.byYear, u"2021"_s);
    CHECK(y2021.deals == 2);
    CHECK(y2021.jobsAnnounced == 0);
    CHECK(y2021.jobsRealised == 450);
    CHECK(y2021.capexRealised == ReportAmount{Q_INT64_C(1000000000), {}});

    // The same rules as the report of that year alone, from one pass.
    for (int year : {2020, 2021}) {
        const ImpactLine alone = f.report(year, year).totals;
        const ImpactLine &inRange = test::line(d.deals.byYear, QString::number(year));
        CHECK(inRange.deals == alone.deals);
        CHECK(inRange.jobsAnnounced == alone.jobsAnnounced);
        CHECK(inRange.jobsRealised == alone.jobsRealised);
        CHECK(inRange.capexAnnounced == alone.capexAnnounced);
        CHECK(inRange.capexRealised == alone.capexRealised);
    }
    // A range of one year has one year line.
    CHECK(f.build(filter(2021, 2021)).deals.byYear.size() == 1);
}

TEST_CASE("a deal credited to two delegates counts once in the totals and once for each", "[dashboard]")
{
    Fixture f;
    const DashboardData d = f.build(filter(2020, 2021));
    REQUIRE(d.deals.byDelegate.size() == 2);
    const ImpactLine &alpha = test::line(d.deals.byDelegate, f.alpha); // X (credited twice) and lost Z
    const ImpactLine &beta = test::line(d.deals.byDelegate, f.beta);   // X and Y
    CHECK(alpha.deals == 2);
    CHECK(beta.deals == 2);
    CHECK(alpha.jobsAnnounced == 500);
    CHECK(beta.jobsAnnounced == 620);
    // X is in both delegates' lines, once in the totals.
    CHECK(alpha.deals + beta.deals == 4);
    CHECK(d.deals.totals.deals == 3);
    CHECK(alpha.jobsAnnounced + beta.jobsAnnounced == 1120);
    CHECK(d.deals.totals.jobsAnnounced == 620);
}

TEST_CASE("the dashboard's country filter keeps the deals hosted there", "[dashboard]")
{
    Fixture f;
    const DashboardData morocco = f.build(filter(2020, 2021, u"ma"_s));
    CHECK(morocco.deals.hostCountry == u"MA"_s);
    CHECK(morocco.deals.dealsByStage == QList<std::pair<QString, int>>{{u"operational"_s, 1}});
    CHECK(morocco.deals.totals.deals == 1);
    CHECK(morocco.deals.totals.jobsAnnounced == 500);
    REQUIRE(morocco.deals.byCountry.size() == 1);
    CHECK(morocco.deals.byCountry[0].code == u"MA"_s);
    // X is credited to both delegates; Beta's Senegalese deal Y is left out.
    REQUIRE(morocco.deals.byDelegate.size() == 2);
    CHECK(test::line(morocco.deals.byDelegate, f.beta).deals == 1);
    CHECK(test::line(morocco.deals.byDelegate, f.beta).jobsAnnounced == 500);
    CHECK(morocco.deals.missingRates.isEmpty()); // only Y needed the missing JPY 2020 rate

    const DashboardData senegal = f.build(filter(2020, 2021, u"SN"_s));
    CHECK(senegal.deals.totals.deals == 1);
    CHECK(senegal.deals.missingRates == QList<MissingRate>{{u"JPY"_s, 2020}});
    CHECK(f.build(filter(2020, 2021, u"JP"_s)).deals.totals.deals == 0);
    // The countries on offer are those of live deals.
    CHECK(Dashboard(f.t.db()).hostCountries() == QStringList{u"EG"_s, u"MA"_s, u"SN"_s});
}

TEST_CASE("the dashboard in yen lists the rate it misses", "[dashboard]")
{
    Fixture f;
    const DashboardData d = f.build(filter(2020, 2021, {}, u"JPY"_s));
    CHECK(d.deals.currency == u"JPY"_s);
    // Y's yen need no rate; X's dollars of 2020 need JPY 2020.
    CHECK(d.deals.totals.capexAnnounced == ReportAmount{Q_INT64_C(3000000000), {{u"USD"_s, Q_INT64_C(1000000000)}}});
    CHECK(d.deals.missingRates == QList<MissingRate>{{u"JPY"_s, 2020}});
}

TEST_CASE("the dashboard refuses what the report refuses, and an unknown country", "[dashboard]")
{
    Fixture f;
    CHECK(test::invalidFields([&] { f.build(filter(2021, 2020)); }) == QStringList{u"to"_s});
    CHECK(test::invalidFields([&] { f.build(filter(2020, 2021, u"XX"_s)); }) == QStringList{u"host_country"_s});
    CHECK(test::invalidFields([&] { f.build(filter(2020, 2021, {}, u"YEN"_s)); }) == QStringList{u"currency"_s});
}

TEST_CASE("the dashboard's years span the deals' stage changes and figures", "[dashboard]")
{
    Fixture f;
    CHECK(Dashboard(f.t.db()).activityYears() == std::pair{2020, 2021});
    test::TestDatabase empty;
    CHECK_FALSE(Dashboard(empty.db()).activityYears().has_value());
    const DashboardData nothing = Dashboard(empty.db()).build(filter(2020, 2021));
    CHECK(nothing.deals.totals.deals == 0);
    CHECK(nothing.deals.byYear.isEmpty());
    CHECK(nothing.overdue.total == 0);
}

TEST_CASE("overdue follow-ups are counted per officer by how late they are", "[dashboard]")
{
    Fixture f;
    const OverdueFollowUps overdue = f.build(filter(2020, 2021)).overdue;
    CHECK(overdue.today == QDate(2026, 11, 29));
    CHECK(OverdueFollowUps::ageLabels().size() == 4);
    // Due today is not late; done and trashed ones do not count.
    CHECK(overdue.total == 5);
    CHECK(overdue.byAge == QList<int>{2, 1, 1, 1});
    REQUIRE(overdue.byOwner.size() == 2);
    CHECK(overdue.byOwner[0].officerId == f.t.officerId()); // the most overdue first
    CHECK(overdue.byOwner[0].name == u"佐藤 花子"_s);
    CHECK(overdue.byOwner[0].byAge == QList<int>{2, 1, 0, 0}); // 1 and 7 days, 8 days
    CHECK(overdue.byOwner[0].total == 3);
    CHECK(overdue.byOwner[1].officerId == f.tanaka);
    CHECK(overdue.byOwner[1].byAge == QList<int>{0, 0, 1, 1}); // 45 days, 120 days
    // Not filtered by the years or the country: they are about today.
    CHECK(f.build(filter(1990, 1991, u"MA"_s)).overdue.total == 5);
}

TEST_CASE("overdue follow-ups follow the clock", "[dashboard]")
{
    Fixture f;
    f.t.clock().set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    const OverdueFollowUps overdue = Dashboard(f.t.db()).overdueFollowUps();
    CHECK(overdue.today == QDate(2026, 12, 1));
    // The one due on 29 November is now 2 days late; 22 November is 9 days late.
    CHECK(overdue.total == 6);
    CHECK(overdue.byOwner[0].byAge == QList<int>{2, 2, 0, 0});
}
