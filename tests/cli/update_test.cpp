// update KIND --where FIELD=VALUE --set FIELD=VALUE: a bulk edit through the real binary.
#include "clirunner.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
const QString kUpdate = u"update"_s;
const QString kInvestor = u"investor"_s;

// Investors named after their index, in the sector given.
QStringList addInvestors(const Cli &cli, const QStringList &sectors)
{
    QStringList ids;
    for (qsizetype i = 0; i < sectors.size(); ++i) {
        QVariantMap json = crm::test::investorJson();
        json.insert(u"name"_s, u"Investor %1"_s.arg(i));
        json.insert(u"name_latin"_s, u"Investor %1"_s.arg(i));
        json.remove(u"aliases"_s);
        json.remove(u"name_reading"_s);
        json.insert(u"sector"_s, sectors.at(i));
        ids << cli.add(kInvestor, json);
    }
    return ids;
}

QStringList sectorsOf(const Cli &cli, const QStringList &ids)
{
    QStringList sectors;
    for (const QString &id : ids) {
        sectors << cli.show(kInvestor, id).value(u"sector"_s).toString();
    }
    return sectors;
}
} // namespace

TEST_CASE("update --where --set changes every matching record and says how many", "[cli][update]")
{
    Cli cli;
    cli.init();
    const QStringList ids = addInvestors(cli, {u"automotive"_s, u"food"_s, u"automotive"_s, u"automotive"_s});
    const QStringList where{
        kUpdate, kInvestor, u"--where"_s, u"sector=automotive"_s, u"--set"_s, u"sector=aerospace"_s};

    const CliResult dry = cli.run(where + QStringList{u"--dry-run"_s});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.outText().contains(u"Would change 3 of 3"_s));
    CHECK(sectorsOf(cli, ids) == QStringList{u"automotive"_s, u"food"_s, u"automotive"_s, u"automotive"_s});

    const CliResult done = cli.run(where);
    REQUIRE(done.exitCode == 0);
    CHECK(done.outText().contains(u"Changed 3 of 3"_s));
    CHECK(sectorsOf(cli, ids) == QStringList{u"aerospace"_s, u"food"_s, u"aerospace"_s, u"aerospace"_s});
    const CliResult history = cli.run({u"history"_s, kInvestor, ids.at(0), u"--json"_s});
    CHECK(history.outText().contains(u"aerospace"_s));

    const CliResult again = cli.run(where);
    REQUIRE(again.exitCode == 0);
    CHECK(again.outText().contains(u"Changed 0 of 0"_s));
}

TEST_CASE("update --where --json reports the records it changed with their old values", "[cli][update]")
{
    Cli cli;
    cli.init();
    const QStringList ids = addInvestors(cli, {u"food"_s, u"food"_s, u"textiles"_s});
    const CliResult result = cli.run({kUpdate, kInvestor, u"--where"_s, u"hq_country=jp"_s, u"--set"_s,
                                      u"sector=food"_s, u"--json"_s, u"--dry-run"_s});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.jsonObject();
    CHECK(json.value(u"matched"_s).toInt() == 3);
    CHECK(json.value(u"changed"_s).toInt() == 1);
    CHECK(json.value(u"unchanged"_s).toInt() == 2);
    CHECK(json.value(u"dry_run"_s).toBool());
    const QJsonArray records = json.value(u"records"_s).toArray();
    REQUIRE(records.size() == 1);
    CHECK(records.at(0).toObject().value(u"id"_s).toString() == ids.at(2));
    CHECK(records.at(0).toObject().value(u"before"_s).toString() == u"textiles"_s);
    CHECK(sectorsOf(cli, ids).at(2) == u"textiles"_s);

    const CliResult flagged =
        cli.run({kUpdate, kInvestor, u"--where"_s, u"sector=food"_s, u"--set"_s, u"confidential=yes"_s, u"--json"_s});
    REQUIRE(flagged.exitCode == 0);
    CHECK(flagged.jsonObject().value(u"changed"_s).toInt() == 2);
    CHECK(cli.show(kInvestor, ids.at(0)).value(u"confidential"_s).toBool());
}

TEST_CASE("update --where refuses a field it cannot set, and a bad value, naming them, writing nothing",
          "[cli][update]")
{
    Cli cli;
    cli.init();
    const QStringList ids = addInvestors(cli, {u"food"_s, u"food"_s});

    const CliResult name = cli.run({kUpdate, kInvestor, u"--where"_s, u"sector=food"_s, u"--set"_s, u"name=X"_s});
    CHECK(name.exitCode == 2);
    CHECK(name.errText().contains(u"name"_s));
    CHECK(name.out.isEmpty());

    const CliResult value =
        cli.run({kUpdate, kInvestor, u"--where"_s, u"sector=food"_s, u"--set"_s, u"sector=mining"_s});
    CHECK(value.exitCode == 2);
    CHECK(value.errText().contains(u"sector"_s));
    CHECK(value.errText().contains(u"Investor 0"_s));
    CHECK(sectorsOf(cli, ids) == QStringList{u"food"_s, u"food"_s});

    const CliResult where = cli.run({kUpdate, kInvestor, u"--where"_s, u"colour=red"_s, u"--set"_s, u"sector=food"_s});
    CHECK(where.exitCode == 2);
    CHECK(where.errText().contains(u"colour"_s));
}

TEST_CASE("update's two forms are told apart, and each says what it misses", "[cli][update][usage]")
{
    Cli cli;
    cli.init();
    const QStringList ids = addInvestors(cli, {u"food"_s});

    const CliResult noSet = cli.run({kUpdate, kInvestor, u"--where"_s, u"sector=food"_s});
    CHECK(noSet.exitCode == 1);
    CHECK(noSet.errText().contains(u"--set"_s));

    const CliResult noEquals = cli.run({kUpdate, kInvestor, u"--where"_s, u"sector"_s, u"--set"_s, u"sector=x"_s});
    CHECK(noEquals.exitCode == 1);
    CHECK(noEquals.errText().contains(u"FIELD=VALUE"_s));

    const CliResult noId = cli.run({kUpdate, kInvestor});
    CHECK(noId.exitCode == 1);
    CHECK(noId.errText().contains(u"ID"_s));

    const CliResult noJson = cli.run({kUpdate, kInvestor, ids.at(0)});
    CHECK(noJson.exitCode == 1);
    CHECK(noJson.errText().contains(u"--json"_s));

    const CliResult bareJson = cli.run({kUpdate, kInvestor, ids.at(0), u"--json"_s});
    CHECK(bareJson.exitCode == 1);
    CHECK(bareJson.errText().contains(u"--json"_s));

    // The one-record form is unchanged.
    const CliResult one = cli.run({kUpdate, kInvestor, ids.at(0), u"--json"_s, u"-"_s}, R"({"sector": "textiles"})");
    CHECK(one.exitCode == 0);
    CHECK(one.outText().trimmed() == u"updated"_s);
}
