// timeline through the real binary, on the sample dataset (demo).
#include "clirunner.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
const QString kTimeline = u"timeline"_s;

// The id on the line of `list KIND` whose title contains text.
QString idOf(const Cli &cli, const QString &kind, const QString &text)
{
    const CliResult listed = cli.run({u"list"_s, kind});
    REQUIRE(listed.exitCode == 0);
    for (const QString &line : listed.outLines()) {
        if (line.section(u'\t', 1).contains(text)) {
            return line.section(u'\t', 0, 0);
        }
    }
    FAIL("no " << kind.toStdString() << " titled " << text.toStdString());
    return {};
}

struct Sample
{
    Cli cli;
    QString hassani;
    QString yazaki;
    QString deal;

    Sample()
    {
        cli.demo();
        hassani = idOf(cli, u"delegate"_s, u"Hassani"_s);
        yazaki = idOf(cli, u"investor"_s, u"Yazaki Corporation"_s);
        deal = idOf(cli, u"deal"_s, u"Wire-harness plants, Morocco"_s);
    }

    CliResult timeline(const QStringList &arguments) const { return cli.run(QStringList{kTimeline} + arguments); }

    QJsonArray json(const QStringList &arguments) const
    {
        const CliResult result = timeline(arguments + QStringList{u"--json"_s});
        INFO("stderr: " << result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        return result.jsonArray();
    }
};

QStringList values(const QJsonArray &events, const QString &field)
{
    QStringList found;
    for (const QJsonValue &e : events) {
        found << e.toObject().value(field).toString();
    }
    return found;
}

bool descending(const QStringList &dates)
{
    return std::is_sorted(dates.crbegin(), dates.crend());
}
} // namespace

TEST_CASE("timeline prints a delegate's story, newest first, one tab-separated line per event", "[cli][timeline]")
{
    const Sample s;
    const CliResult result = s.timeline({u"--delegate"_s, s.hassani});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    const QStringList lines = result.outLines();
    REQUIRE(lines.size() > 20);
    for (const QString &line : lines) {
        CHECK(line.count(u'\t') == 4);
    }
    // The first programme stay, a span with both dates; empty columns show "-".
    CHECK(lines.contains(u"1996-09-02–1996-12-20\tstay\tProgramme stay – ITPO Tokyo\t-\t"
                         "First stay; automotive components focus."_s));
    // The Yazaki deal's stage changes, with his credit roles.
    CHECK(lines.contains(u"1996-10-15\tstage_change\tWire-harness plants, Morocco: Lead\t"
                         "Promotion, Facilitation, Implementation support\tIdentified during first programme stay"_s));
    CHECK(std::count_if(lines.cbegin(), lines.cend(), [](const QString &line) {
              return line.contains(u"\tstage_change\tWire-harness plants, Morocco: "_s);
          }) == 9);
    // His first post is known to the month only; his current one is still open.
    CHECK(lines.contains(u"1991-03–2009-06\tposition\tChargé de mission, Asia desk, Direction des Investissements "
                         "(Department of Investments), Rabat\t-\t-"_s));
    CHECK(std::any_of(lines.cbegin(), lines.cend(),
                      [](const QString &line) { return line.startsWith(u"2019-09-01–\tposition\t"_s); }));
    QStringList dates;
    for (const QString &line : lines) {
        dates << line.section(u'\t', 0, 0).section(u'–', 0, 0);
    }
    CHECK(descending(dates));
}

TEST_CASE("timeline --json --kind gives only those events, newest first unless --oldest-first", "[cli][timeline]")
{
    const Sample s;
    const QJsonArray newest = s.json({u"--delegate"_s, s.hassani, u"--kind"_s, u"stage_change"_s});
    REQUIRE(newest.size() >= 9);
    for (const QJsonValue &value : newest) {
        const QJsonObject e = value.toObject();
        CHECK(e.value(u"kind"_s).toString() == u"stage_change"_s);
        CHECK(!e.value(u"code"_s).toString().isEmpty());
        CHECK(e.value(u"record_kind"_s).toString() == u"deal"_s);
        CHECK(e.value(u"end"_s).isNull());
        CHECK(e.value(u"open"_s).isBool());
        CHECK(e.value(u"setback"_s).isBool());
        for (const QString &field : {u"start"_s, u"title"_s, u"summary"_s, u"role"_s, u"record_id"_s}) {
            CHECK(e.contains(field));
        }
    }
    CHECK(descending(values(newest, u"start"_s)));

    const QJsonArray oldest = s.json({u"--delegate"_s, s.hassani, u"--kind"_s, u"stage_change"_s, u"--oldest-first"_s});
    CHECK(values(oldest, u"start"_s) == [&] {
        QStringList dates = values(newest, u"start"_s);
        std::reverse(dates.begin(), dates.end());
        return dates;
    }());
    QStringList yazakiStages;
    for (const QJsonValue &value : oldest) {
        if (value.toObject().value(u"record_id"_s).toString() == s.deal) {
            yazakiStages << value.toObject().value(u"code"_s).toString();
        }
    }
    CHECK(yazakiStages == QStringList{u"lead"_s, u"contacted"_s, u"visit"_s, u"negotiation"_s, u"decision"_s,
                                      u"announced"_s, u"implementation"_s, u"operational"_s, u"aftercare"_s});

    // Kinds may be repeated or separated by commas.
    const QJsonArray repeated = s.json({u"--delegate"_s, s.hassani, u"--kind"_s, u"stay"_s, u"--kind"_s, u"meeting"_s});
    const QJsonArray commas = s.json({u"--delegate"_s, s.hassani, u"--kind"_s, u"stay,meeting"_s});
    CHECK(repeated == commas);
    const QStringList kinds = values(repeated, u"kind"_s);
    CHECK(kinds.contains(u"stay"_s));
    CHECK(kinds.contains(u"meeting"_s));
    CHECK(QSet<QString>(kinds.cbegin(), kinds.cend()).size() == 2);
}

TEST_CASE("timeline --from and --to keep the events touching the period", "[cli][timeline]")
{
    const Sample s;
    const QJsonArray in1999 =
        s.json({u"--delegate"_s, s.hassani, u"--from"_s, u"1999-01-01"_s, u"--to"_s, u"1999-12-31"_s});
    REQUIRE(!in1999.isEmpty());
    for (const QJsonValue &value : in1999) {
        const QJsonObject e = value.toObject();
        INFO(e.value(u"title"_s).toString().toStdString());
        // ISO dates, even reduced ones ("1991-03"), compare as text.
        CHECK(e.value(u"start"_s).toString() <= u"1999-12-31"_s);
        const QString last = e.value(u"end"_s).isNull() ? e.value(u"start"_s).toString() : e.value(u"end"_s).toString();
        CHECK((e.value(u"open"_s).toBool() || last >= u"1999"_s));
    }
    const QStringList kinds = values(in1999, u"kind"_s);
    CHECK(kinds.contains(u"mission"_s));
    CHECK(kinds.contains(u"position"_s)); // 1991-03 to 2009-06 spans 1999
    CHECK(!kinds.contains(u"stay"_s));    // the stays of 1998 and 2003 do not

    // A year or a month stands for the whole period.
    CHECK(s.json({u"--delegate"_s, s.hassani, u"--from"_s, u"1999"_s, u"--to"_s, u"1999"_s}) == in1999);
    CHECK(s.json({u"--delegate"_s, s.hassani, u"--from=1999-01"_s, u"--to=1999-12"_s}) == in1999);
}

TEST_CASE("timeline works for an investor and for a deal", "[cli][timeline]")
{
    const Sample s;
    const QStringList investorKinds = values(s.json({u"--investor"_s, s.yazaki}), u"kind"_s);
    CHECK(investorKinds.contains(u"meeting"_s));
    CHECK(investorKinds.contains(u"contact_joined"_s));
    CHECK(investorKinds.count(u"stage_change"_s) >= 9);

    const QJsonArray deal = s.json({u"--deal"_s, s.deal, u"--kind"_s, u"stage_change"_s, u"--oldest-first"_s});
    CHECK(values(deal, u"code"_s).first() == u"lead"_s);
    CHECK(deal.size() == 9);

    const CliResult text = s.timeline({u"--deal"_s, s.deal, u"--text"_s, u"tanger"_s});
    REQUIRE(text.exitCode == 0);
    REQUIRE(!text.outLines().isEmpty());
    for (const QString &line : text.outLines()) {
        CHECK(line.contains(u"tang"_s, Qt::CaseInsensitive));
    }
}

TEST_CASE("timeline refuses bad arguments with exit code 1 before opening the database", "[cli][timeline][usage]")
{
    Cli cli; // no database: each mistake is found first
    const auto refused = [&](const QStringList &arguments, const QStringList &named) {
        const CliResult result = cli.run(QStringList{kTimeline} + arguments);
        INFO("arguments: " << arguments.join(u' ').toStdString() << "\nstderr: " << result.errText().toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.out.isEmpty());
        for (const QString &text : named) {
            CHECK(result.errText().contains(text));
        }
    };
    refused({}, {u"--delegate"_s, u"--investor"_s, u"--deal"_s});
    refused({u"--delegate"_s, u"a"_s, u"--deal"_s, u"b"_s}, {u"only one"_s});
    refused({u"--delegate"_s, u"a"_s, u"--delegate"_s, u"b"_s}, {u"only one"_s});
    refused({u"--delegate"_s, u"a"_s, u"--kind"_s, u"meetings"_s},
            {u"\"meetings\""_s, u"stage_change"_s, u"followup_done"_s});
    refused({u"--delegate"_s, u"a"_s, u"--kind"_s, u"stay,nonsense"_s}, {u"\"nonsense\""_s});
    refused({u"--delegate"_s, u"a"_s, u"--from"_s, u"1999-13-01"_s}, {u"--from"_s, u"1999-13-01"_s});
    refused({u"--delegate"_s, u"a"_s, u"--to"_s, u"last week"_s}, {u"--to"_s, u"last week"_s});
    refused({u"--delegate"_s, u"a"_s, u"--from"_s, u"2001"_s, u"--to"_s, u"1999"_s}, {u"--from 2001"_s});
    refused({u"--delegate"_s, u"a"_s, u"--json"_s, u"--csv"_s, u"x.csv"_s}, {u"--json"_s, u"--csv"_s});
    refused({u"--delegate"_s, u"a"_s, u"--pdf"_s, u"/nonexistent-dir/x.pdf"_s}, {u"/nonexistent-dir/x.pdf"_s});
    CHECK_FALSE(QFile::exists(cli.dbPath()));
}

TEST_CASE("timeline of an id that is not of that kind exits 3 naming it", "[cli][timeline]")
{
    const Sample s;
    const CliResult unknown = s.timeline({u"--delegate"_s, u"01a22748-0000-7000-8000-000000000000"_s});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.errText().contains(u"01a22748-0000-7000-8000-000000000000"_s));
    CHECK(unknown.out.isEmpty());

    const CliResult wrongKind = s.timeline({u"--deal"_s, s.hassani});
    CHECK(wrongKind.exitCode == 3);
    CHECK(wrongKind.errText().contains(u"deal"_s));
    CHECK(wrongKind.errText().contains(s.hassani));
}

TEST_CASE("timeline --csv and --pdf write the exports and say where", "[cli][timeline][export]")
{
    const Sample s;
    const QString csv = s.cli.filePath(u"hassani.csv"_s);
    const QString pdf = s.cli.filePath(u"hassani.pdf"_s);
    const CliResult result = s.timeline({u"--delegate"_s, s.hassani, u"--csv"_s, csv, u"--pdf"_s, pdf});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.outLines();
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(u"events: "_s));
    const int count = lines.at(0).section(u' ', 1).toInt();
    CHECK(count > 20);
    CHECK(lines.at(1) == u"csv: "_s + csv);
    CHECK(lines.at(2) == u"pdf: "_s + pdf);

    const QByteArray csvBytes = crm::test::fileBytes(csv);
    CHECK(csvBytes.startsWith("\xEF\xBB\xBF"
                              "kind,start,end,open,title,summary,role,code,setback,record_kind,record_id\r\n"));
    CHECK(csvBytes.contains("stay,1996-09-02,1996-12-20,false,Programme stay – ITPO Tokyo,"));
    CHECK(csvBytes.contains("position,1991-03,2009-06,false,"));
    CHECK(crm::test::fileBytes(pdf).startsWith("%PDF"));

    // The filters apply to the exports too.
    const CliResult stays = s.timeline({u"--delegate"_s, s.hassani, u"--kind"_s, u"stay"_s, u"--csv"_s, csv});
    REQUIRE(stays.exitCode == 0);
    CHECK(stays.outLines().at(0) == u"events: 4"_s);
    CHECK(crm::test::fileBytes(csv).count("\r\n") == 5);
}

TEST_CASE("--help lists timeline and its kinds", "[cli][timeline][usage]")
{
    Cli cli;
    const CliResult result = cli.runRaw({u"--help"_s});
    CHECK(result.exitCode == 0);
    CHECK(result.outText().contains(u"  timeline --delegate ID"_s));
    CHECK(result.outText().contains(u"stage_change"_s));
}
