#include "documents/programmereportexport.h"
#include "fixtures.h"
#include "reportfixture.h"
#include "reports/programmereport.h"
#include "services/sampledata.h"
#include "storage/ratestore.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
using Fixture = test::ReportFixture;
using test::line;
} // namespace

TEST_CASE("a programme report counts what happened in its years", "[report]")
{
    Fixture f;
    const ProgrammeReport r = f.report(2020, 2021);
    // Alpha's 2020 stay and Beta's stay "2021"; Beta's 2010 stay is outside.
    REQUIRE(r.delegates.size() == 2);
    CHECK(r.delegates[0].name == u"Amal Alpha"_s);
    CHECK(r.delegates[1].stays == QStringList{u"2021"_s});
    CHECK(r.meetings == 2); // not the 2019 one
    CHECK(r.meetingsBySector == QList<std::pair<QString, int>>{{u"automotive"_s, 1}, {u"food"_s, 1}});
    REQUIRE(r.missions.size() == 1);
    CHECK(r.missions[0].title == u"Mission M"_s);
    CHECK(r.dealsByStage == QList<std::pair<QString, int>>{{u"announced"_s, 1}, {u"operational"_s, 1}, {u"lost"_s, 1}});
}

TEST_CASE("a meeting counts in the year of the place where it was held", "[report]")
{
    Fixture f;
    // The fixture's Tokyo meeting of 2021-01-01 08:00 is 2020-12-31 in UTC.
    CHECK(f.report(2020, 2020).meetings == 1);
    CHECK(f.report(2021, 2021).meetings == 1);
    // 2022-01-01 02:00 UTC is New Year's Eve in Lima; midsummer is inside whatever the zone.
    const QString investor = f.t.store().create(RecordKind::Investor, test::investorJson());
    for (const QString &when : {u"2022-01-01T02:00:00Z"_s, u"2021-07-01T12:00:00Z"_s}) {
        f.t.store().create(RecordKind::Meeting,
                           {{u"starts_at"_s, when}, {u"time_zone"_s, u"America/Lima"_s}, {u"investor_id"_s, investor}});
    }
    CHECK(f.report(2021, 2021).meetings == 3);
    CHECK(f.report(2022, 2022).meetings == 0);
    CHECK(f.report(2020, 2022).meetings == 4);
    const ProgrammeReport r = f.report(2021, 2021);
    CHECK(r.meetingsBySector ==
          QList<std::pair<QString, int>>{{test::investorJson().value(u"sector"_s).toString(), 2}, {u"food"_s, 1}});
}

TEST_CASE("report totals count each deal once, converted where a rate exists", "[report]")
{
    Fixture f;
    const ProgrammeReport r = f.report(2020, 2021);
    CHECK(r.totals.deals == 3);
    CHECK(r.totals.lostDeals == 1);
    // X 500 + Y 120; Z is lost.
    CHECK(r.totals.jobsAnnounced == 620);
    // X's latest realised figure in the range (2021: 450), not 200 + 450.
    CHECK(r.totals.jobsRealised == 450);
    // X: 10,000,000.00 USD; Y: 3,000,000,000 JPY of 2020 has no rate and stays in yen.
    CHECK(r.totals.capexAnnounced.converted == Q_INT64_C(1000000000));
    CHECK(r.totals.capexAnnounced.notConverted == QMap<QString, qint64>{{u"JPY"_s, Q_INT64_C(3000000000)}});
    // X: 1,500,000,000 JPY / 150 (JPY 2021) = 10,000,000.00 USD.
    CHECK(r.totals.capexRealised.converted == Q_INT64_C(1000000000));
    CHECK(r.totals.capexRealised.notConverted.isEmpty());
    CHECK(r.missingRates == QList<MissingRate>{{u"JPY"_s, 2020}});

    const ImpactLine &morocco = line(r.byCountry, u"MA"_s);
    CHECK(morocco.deals == 1);
    CHECK(morocco.jobsRealised == 450);
    CHECK(line(r.byCountry, u"EG"_s).lostDeals == 1);
    const ImpactLine &automotive = line(r.bySector, u"automotive"_s);
    CHECK(automotive.deals == 2); // X and lost Z
    CHECK(automotive.jobsAnnounced == 500);
}

TEST_CASE("a deal credited to two delegates counts once for each of them", "[report]")
{
    Fixture f;
    const ProgrammeReport r = f.report(2020, 2021);
    REQUIRE(r.byDelegate.size() == 2);
    // Alpha: X (credited twice, counted once) and lost Z.
    const ImpactLine &alpha = line(r.byDelegate, f.alpha);
    CHECK(alpha.deals == 2);
    CHECK(alpha.lostDeals == 1);
    CHECK(alpha.jobsAnnounced == 500);
    CHECK(alpha.jobsRealised == 450);
    CHECK(alpha.capexAnnounced.converted == Q_INT64_C(1000000000));
    // Beta: X and Y.
    const ImpactLine &beta = line(r.byDelegate, f.beta);
    CHECK(beta.deals == 2);
    CHECK(beta.jobsAnnounced == 620);
    CHECK(beta.capexAnnounced.notConverted == QMap<QString, qint64>{{u"JPY"_s, Q_INT64_C(3000000000)}});
    // Per delegate, X counts twice: 500 + 620 = 1,120 announced jobs against 620 in the totals.
    CHECK(alpha.jobsAnnounced + beta.jobsAnnounced == 1120);
    REQUIRE(r.byMission.size() == 1);
    CHECK(r.byMission[0].code == f.mission);
    CHECK(r.byMission[0].deals == 1);
}

TEST_CASE("figures count in the year of their date", "[report]")
{
    Fixture f;
    // 2020 alone: X's 2020 realised jobs (200), no realised capex yet; Beta's stay is in 2021.
    const ProgrammeReport first = f.report(2020, 2020);
    CHECK(first.delegates.size() == 1);
    CHECK(first.totals.deals == 3); // Z has 2020 figures
    CHECK(first.totals.jobsRealised == 200);
    CHECK(first.totals.capexRealised == ReportAmount{});
    // 2021 alone: X (2021 figures) and Z (lost in 2021); nothing announced in 2021.
    const ProgrammeReport second = f.report(2021, 2021);
    CHECK(second.totals.deals == 2);
    CHECK(second.totals.jobsAnnounced == 0);
    CHECK(second.totals.jobsRealised == 450);
    CHECK(second.missingRates.isEmpty());
}

TEST_CASE("a report in yen converts dollars with the yen rate of their year", "[report]")
{
    Fixture f;
    const ProgrammeReport r = f.report(2020, 2021, u"jpy"_s);
    CHECK(r.currency == u"JPY"_s);
    // Y's yen need no rate; X's 2020 dollars need JPY 2020, which is missing.
    CHECK(r.totals.capexAnnounced.converted == Q_INT64_C(3000000000));
    CHECK(r.totals.capexAnnounced.notConverted == QMap<QString, qint64>{{u"USD"_s, Q_INT64_C(1000000000)}});
    CHECK(r.totals.capexRealised.converted == Q_INT64_C(1500000000));
    CHECK(r.missingRates == QList<MissingRate>{{u"JPY"_s, 2020}});
}

TEST_CASE("a range with no data gives an honest empty report", "[report]")
{
    Fixture f;
    const ProgrammeReport r = f.report(1960, 1961);
    CHECK(r.isEmpty());
    CHECK(r.totals.deals == 0);
    CHECK(r.dealsByStage.isEmpty());
    CHECK(r.missingRates.isEmpty());
    const QString html = programmeReportHtml(r, QLocale(QLocale::English));
    CHECK(html.contains(u"Nothing was recorded for this period"_s));
    const QByteArray csv = programmeReportCsv(r);
    CHECK(csv.startsWith("\xEF\xBB\xBFprogramme_report,1960,1961,USD\r\n"));
}

TEST_CASE("a report range must be years in order and a known currency", "[report]")
{
    Fixture f;
    CHECK(test::invalidFields([&] { f.report(2021, 2020); }) == QStringList{u"to"_s});
    CHECK(test::invalidFields([&] { f.report(1900, 2020, u"XYZ1"_s); }) == QStringList{u"from"_s, u"currency"_s});
}

TEST_CASE("the sample data's 2000-2020 report gives the Yazaki figures", "[report]")
{
    test::TestDatabase t;
    loadSampleData(t.db());
    const ProgrammeReport r = ProgrammeReportBuilder(t.db()).build(2000, 2020);
    // Only the Yazaki deal moved in those years; its figures are all in USD.
    CHECK(r.totals.deals == 1);
    CHECK(r.totals.jobsAnnounced == 3000);
    CHECK(r.totals.jobsRealised == 12500);
    CHECK(r.totals.capexAnnounced.converted == Q_INT64_C(10000000000));
    CHECK(r.totals.capexRealised.converted == Q_INT64_C(25000000000));
    CHECK(r.missingRates.isEmpty());
    REQUIRE(r.byDelegate.size() == 1);
    CHECK(r.byDelegate[0].label == u"Mohamed Aref Hassani"_s);
    CHECK(r.byDelegate[0].jobsRealised == 12500);
    CHECK(line(r.byCountry, u"MA"_s).deals == 1);
}

TEST_CASE("the report CSV has a section per table and states the attribution rule", "[report]")
{
    Fixture f;
    const QString csv = QString::fromUtf8(programmeReportCsv(f.report(2020, 2021)));
    CHECK(csv.contains(u"\r\nsection,impact_totals\r\nscope,label,deals,lost_deals,jobs_announced,jobs_realised,"
                       u"capex_announced_USD,capex_announced_not_converted,capex_realised_USD,"
                       u"capex_realised_not_converted\r\n,,3,1,620,450,10000000.00,3000000000 JPY,10000000.00,\r\n"_s));
    CHECK(csv.contains(u"section,missing_rates\r\ncurrency,year\r\nJPY,2020\r\n"_s));
    CHECK(csv.contains(u"counts once in the totals"_s));
    const QString html = programmeReportHtml(f.report(2020, 2021), QLocale(QLocale::English));
    CHECK(html.contains(u"Missing exchange rates:"_s));
    CHECK(html.contains(u"JPY 2020"_s));
}
