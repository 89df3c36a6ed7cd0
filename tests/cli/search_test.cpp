// search through the real binary: plain lines, --kind, --limit and --json.
#include "clirunner.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
const QString kSearch = u"search"_s;

struct Fixture
{
    Cli cli;
    QString investor;
    QString note;
    QString mission;

    Fixture()
    {
        cli.init();
        investor = cli.add(u"investor"_s, crm::test::investorJson());
        note = cli.add(u"note"_s, {{u"body"_s, u"Yazaki asked for the customs clearance times at Tanger Med."_s},
                                   {u"linked_kind"_s, u"investor"_s},
                                   {u"linked_id"_s, investor}});
        mission = cli.add(u"mission"_s, {{u"kind"_s, u"investor_mission"_s},
                                         {u"title"_s, u"Yazaki business mission to Tangier"_s},
                                         {u"start_date"_s, u"2024-09-09"_s},
                                         {u"end_date"_s, u"2024-09-13"_s}});
    }
};

QStringList column(const CliResult &result, int index)
{
    QStringList values;
    for (const QString &line : result.outLines()) {
        values << line.section(u'\t', index, index);
    }
    return values;
}
} // namespace

TEST_CASE("search prints one line per hit: kind, id, title, field and what matched", "[cli][search]")
{
    Fixture f;
    const CliResult result = f.cli.run({kSearch, u"ＹＡＺＡＫＩ Co., Ltd."_s});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.outLines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          u"investor\t"_s + f.investor + u"\t矢崎総業株式会社 (Yazaki Corporation)\tname_latin\tYazaki Corporation"_s);
    CHECK(column(result, 0) == QStringList{u"investor"_s, u"mission"_s, u"note"_s});
    CHECK(column(result, 1) == QStringList{f.investor, f.mission, f.note});
    CHECK(lines[2].endsWith(u"\tbody\tYazaki asked for the customs clearance times at Tanger Med."_s));
    for (const QString &line : lines) {
        CHECK(line.count(u'\t') == 4);
    }
}

TEST_CASE("search --kind keeps to the kinds named, --limit to N of each", "[cli][search]")
{
    Fixture f;
    CHECK(column(f.cli.run({kSearch, u"yazaki"_s, u"--kind"_s, u"note"_s}), 1) == QStringList{f.note});
    CHECK(column(f.cli.run({kSearch, u"yazaki"_s, u"--kind"_s, u"note,mission"_s}), 1) ==
          QStringList{f.mission, f.note});
    CHECK(column(f.cli.run({kSearch, u"yazaki"_s, u"--kind"_s, u"note"_s, u"--kind"_s, u"investor"_s}), 1) ==
          QStringList{f.investor, f.note});

    f.cli.add(
        u"note"_s,
        {{u"body"_s, u"Second call with Yazaki."_s}, {u"linked_kind"_s, u"investor"_s}, {u"linked_id"_s, f.investor}});
    CHECK(f.cli.run({kSearch, u"yazaki"_s, u"--kind"_s, u"note"_s}).outLines().size() == 2);
    const CliResult limited = f.cli.run({kSearch, u"yazaki"_s, u"--limit"_s, u"1"_s});
    CHECK(column(limited, 0) == QStringList{u"investor"_s, u"mission"_s, u"note"_s});
}

TEST_CASE("search --json prints an array of hits with the record a note is about", "[cli][search]")
{
    Fixture f;
    const CliResult result = f.cli.run({kSearch, u"customs clearance"_s, u"--json"_s});
    REQUIRE(result.exitCode == 0);
    const QJsonArray hits = result.jsonArray();
    REQUIRE(hits.size() == 1);
    const QJsonObject hit = hits[0].toObject();
    CHECK(hit.value(u"kind"_s).toString() == u"note"_s);
    CHECK(hit.value(u"id"_s).toString() == f.note);
    CHECK(hit.value(u"field"_s).toString() == u"body"_s);
    CHECK(hit.value(u"matched"_s).toString().contains(u"customs clearance"_s));
    CHECK(hit.value(u"rank"_s).isDouble());
    CHECK(hit.value(u"owner_kind"_s).toString() == u"investor"_s);
    CHECK(hit.value(u"owner_id"_s).toString() == f.investor);
    CHECK(hit.value(u"owner_title"_s).toString() == u"矢崎総業株式会社 (Yazaki Corporation)"_s);

    const QJsonObject investor = f.cli.run({kSearch, u"やざき"_s, u"--json"_s}).jsonArray()[0].toObject();
    CHECK(investor.value(u"owner_kind"_s).isNull());
    CHECK(f.cli.run({kSearch, u"nothing like this"_s, u"--json"_s}).outText() == u"[]\n"_s);
}

TEST_CASE("search follows deletes and restores", "[cli][search]")
{
    Fixture f;
    REQUIRE(f.cli.run({u"delete"_s, u"mission"_s, f.mission}).exitCode == 0);
    CHECK(column(f.cli.run({kSearch, u"tangier"_s}), 1) == QStringList{});
    REQUIRE(f.cli.run({u"restore"_s, u"mission"_s, f.mission}).exitCode == 0);
    CHECK(column(f.cli.run({kSearch, u"tangier"_s}), 1) == QStringList{f.mission});
}

TEST_CASE("search takes any text literally; mistakes on the command line are usage errors", "[cli][search]")
{
    Fixture f;
    for (const QString &text : {u"\""_s, u"*"_s, u"NEAR("_s, u"yazaki AND"_s, u"(株)"_s, u"^:"_s}) {
        INFO(text.toStdString());
        const CliResult result = f.cli.run({kSearch, u"--"_s, text});
        CHECK(result.exitCode == 0);
        CHECK(result.errText().isEmpty());
    }
    CHECK(f.cli.run({kSearch, u"--"_s, u"-"_s}).outText().isEmpty());
    CHECK(f.cli.run({kSearch, u"  "_s}).exitCode == 1);
    CHECK(f.cli.run({kSearch}).exitCode == 1);
    CHECK(f.cli.run({kSearch, u"yazaki"_s, u"--kind"_s, u"officer"_s}).exitCode == 1);
    CHECK(f.cli.run({kSearch, u"yazaki"_s, u"--kind"_s, u"investors"_s}).exitCode == 1);
    CHECK(f.cli.run({kSearch, u"yazaki"_s, u"--limit"_s, u"0"_s}).exitCode == 1);
    CHECK(f.cli.run({kSearch, u"yazaki"_s, u"--limit"_s, u"ten"_s}).exitCode == 1);
    CHECK(f.cli.runRaw({u"--db"_s, f.cli.filePath(u"missing.sqlite"_s), kSearch, u"yazaki"_s}).exitCode == 4);
}

TEST_CASE("search finds variant kanji from the common form typed", "[cli][search][kanji]")
{
    Cli cli;
    cli.init();
    const QString yamazaki = cli.add(u"delegate"_s, {{u"family_name"_s, u"山﨑"_s}, {u"given_name"_s, u"髙志"_s}});
    const QString takasaki = cli.add(u"investor"_s, {{u"name"_s, u"髙﨑精工株式会社"_s}});
    const CliResult person = cli.run({kSearch, u"山崎"_s});
    INFO("stderr: " << person.errText().toStdString());
    REQUIRE(person.exitCode == 0);
    CHECK(column(person, 1) == QStringList{yamazaki});
    CHECK(column(person, 2) == QStringList{u"山﨑 髙志"_s}); // printed as written
    const CliResult company = cli.run({kSearch, u"高崎精工"_s});
    CHECK(column(company, 1) == QStringList{takasaki});
    CHECK(company.outLines().value(0).endsWith(u"\tname\t髙﨑精工株式会社"_s));
}
