// report and rate through the real binary, on the sample dataset (demo).
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
struct Sample
{
    Cli cli;

    Sample() { cli.demo(); }

    CliResult run(const QStringList &arguments) const
    {
        const CliResult result = cli.run(arguments);
        INFO("stderr: " << result.errText().toStdString());
        return result;
    }
};
} // namespace

TEST_CASE("report prints the programme figures of a range of years", "[cli][report]")
{
    Sample s;
    const CliResult result = s.run({u"report"_s, u"--from"_s, u"2000"_s, u"--to"_s, u"2020"_s});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.outLines();
    CHECK(lines.contains(u"deals: 1"_s));
    CHECK(lines.contains(u"jobs_realised: 12500"_s));
    CHECK(lines.contains(u"capex_realised: 250000000.00 USD"_s));
    CHECK(lines.contains(u"missing_rates: -"_s));
}

TEST_CASE("report --json gives every table, and a missing rate is listed", "[cli][report]")
{
    Sample s;
    // The sample's 2026 cabin-interior deal announced 4,500,000,000 JPY; there is no JPY 2026 rate.
    CliResult result = s.run({u"report"_s, u"--from"_s, u"2026"_s, u"--to"_s, u"2026"_s, u"--json"_s});
    REQUIRE(result.exitCode == 0);
    QJsonObject report = result.jsonObject();
    CHECK(report.value(u"currency"_s).toString() == u"USD"_s);
    CHECK(
        report.value(u"missing_rates"_s).toArray().contains(QJsonObject{{u"currency"_s, u"JPY"_s}, {u"year"_s, 2026}}));
    CHECK(report.value(u"totals"_s)
              .toObject()
              .value(u"capex_announced"_s)
              .toObject()
              .value(u"not_converted"_s)
              .toObject()
              .value(u"JPY"_s)
              .toString() == u"4500000000"_s);

    REQUIRE(s.run({u"rate"_s, u"set"_s, u"JPY"_s, u"2026"_s, u"150"_s, u"--source"_s, u"test"_s}).exitCode == 0);
    result = s.run({u"report"_s, u"--from"_s, u"2026"_s, u"--to"_s, u"2026"_s, u"--json"_s});
    REQUIRE(result.exitCode == 0);
    report = result.jsonObject();
    CHECK(report.value(u"missing_rates"_s).toArray().isEmpty());
    const QJsonObject announced = report.value(u"totals"_s).toObject().value(u"capex_announced"_s).toObject();
    CHECK(announced.value(u"not_converted"_s).toObject().isEmpty());
    CHECK(announced.value(u"converted"_s).toString() == u"30000000.00"_s); // 4.5e9 JPY / 150
}

TEST_CASE("report writes CSV and PDF files, and an empty range is no error", "[cli][report]")
{
    Sample s;
    const QString csv = s.cli.filePath(u"report.csv"_s);
    const QString pdf = s.cli.filePath(u"report.pdf"_s);
    const CliResult result =
        s.run({u"report"_s, u"--from"_s, u"1960"_s, u"--to"_s, u"1961"_s, u"--csv"_s, csv, u"--pdf"_s, pdf});
    REQUIRE(result.exitCode == 0);
    CHECK(result.outLines().contains(u"deals: 0"_s));
    CHECK(crm::test::fileBytes(csv).startsWith("\xEF\xBB\xBFprogramme_report,1960,1961,USD\r\n"));
    CHECK(crm::test::fileBytes(pdf).startsWith("%PDF"));
}

TEST_CASE("report refuses a bad range before it opens the database", "[cli][report]")
{
    Sample s;
    CHECK(s.run({u"report"_s, u"--from"_s, u"2021"_s, u"--to"_s, u"2020"_s}).exitCode == 1);
    CHECK(s.run({u"report"_s, u"--from"_s, u"20x0"_s, u"--to"_s, u"2020"_s}).exitCode == 1);
    CHECK(s.run({u"report"_s, u"--from"_s, u"2020"_s}).exitCode == 1);
    CHECK(s.run({u"report"_s, u"--from"_s, u"2020"_s, u"--to"_s, u"2020"_s, u"--currency"_s, u"ABC"_s}).exitCode == 2);
}

TEST_CASE("rate set, list and remove keep the rates table", "[cli][report]")
{
    Sample s;
    CHECK(s.run({u"rate"_s, u"set"_s, u"eur"_s, u"2024"_s, u"0.9240"_s}).exitCode == 0);
    CHECK(s.run({u"rate"_s, u"list"_s}).outLines() == QStringList{u"EUR\t2024\t0.924\t-"_s});
    const CliResult refused = s.run({u"rate"_s, u"set"_s, u"EUR"_s, u"2024"_s, u"0"_s});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errText().contains(u"per_usd"_s));
    CHECK(s.run({u"rate"_s, u"remove"_s, u"EUR"_s, u"2024"_s}).exitCode == 0);
    CHECK(s.run({u"rate"_s, u"remove"_s, u"EUR"_s, u"2024"_s}).exitCode == 3);
    CHECK(s.run({u"rate"_s, u"list"_s, u"--json"_s}).outText().trimmed() == u"[]"_s);
    CHECK(s.run({u"rate"_s}).exitCode == 1);
}

TEST_CASE("briefing writes a meeting's PDF in the chosen language and refuses an unknown one", "[cli][briefing]")
{
    Sample s;
    const CliResult list = s.run({u"list"_s, u"meeting"_s, u"--json"_s});
    REQUIRE(list.exitCode == 0);
    const QString id = list.jsonArray().first().toObject().value(u"id"_s).toString();
    const QString pdf = s.cli.filePath(u"briefing.pdf"_s);
    const CliResult result = s.run({u"briefing"_s, u"--meeting"_s, id, u"--lang"_s, u"fr"_s, u"--pdf"_s, pdf});
    REQUIRE(result.exitCode == 0);
    CHECK(result.outLines().first().startsWith(u"title: Fiche de rendez-vous – "_s));
    CHECK(crm::test::fileBytes(pdf).startsWith("%PDF"));

    CHECK(s.run({u"briefing"_s, u"--meeting"_s, id, u"--lang"_s, u"de"_s, u"--pdf"_s, pdf}).exitCode == 1);
    CHECK(s.run({u"briefing"_s, u"--meeting"_s, u"nope"_s, u"--pdf"_s, pdf}).exitCode == 3);
}

TEST_CASE("briefing writes a mission booklet and refuses two subjects or none", "[cli][briefing]")
{
    Sample s;
    const CliResult list = s.run({u"list"_s, u"mission"_s, u"--json"_s});
    REQUIRE(list.exitCode == 0);
    const QString id = list.jsonArray().first().toObject().value(u"id"_s).toString();
    const QString pdf = s.cli.filePath(u"booklet.pdf"_s);
    const CliResult result = s.run({u"briefing"_s, u"--mission"_s, id, u"--lang"_s, u"ja"_s, u"--pdf"_s, pdf});
    REQUIRE(result.exitCode == 0);
    CHECK(result.outLines().first().startsWith(u"title: ミッション資料集 – "_s));
    CHECK(crm::test::fileBytes(pdf).startsWith("%PDF"));

    const CliResult two = s.run({u"briefing"_s, u"--mission"_s, id, u"--investor"_s, id, u"--pdf"_s, pdf});
    CHECK(two.exitCode == 1);
    CHECK(two.errText().contains(u"exactly one of --meeting, --investor, --delegate or --mission"_s));
    CHECK(s.run({u"briefing"_s, u"--pdf"_s, pdf}).exitCode == 1);
    CHECK(s.run({u"briefing"_s, u"--delegate"_s, u"nope"_s, u"--pdf"_s, pdf}).exitCode == 3);
}
