// merge through the real binary (issue 19): links move, history shows it, bad input is refused
// with the exit codes of the other commands and nothing written.
#include "clirunner.h"
#include "testdatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
struct Pair
{
    QString keep, other, contact, meeting;
};

Pair twoYazakis(const Cli &cli)
{
    Pair p;
    QVariantMap keep = crm::test::investorJson();
    keep.insert(u"hq_city"_s, u"Tokyo"_s);
    p.keep = cli.add(u"investor"_s, keep);
    p.other = cli.add(u"investor"_s, {{u"name"_s, u"ヤザキ"_s}, {u"hq_city"_s, u"Shinagawa"_s}});
    p.contact = cli.add(u"contact"_s,
                        {{u"family_name"_s, u"山田"_s}, {u"given_name"_s, u"太郎"_s}, {u"investor_id"_s, p.other}});
    p.meeting = cli.add(u"meeting"_s, {{u"starts_at"_s, u"2024-05-10T10:00:00+09:00"_s}, {u"investor_id"_s, p.other}});
    return p;
}

// What a refused merge must leave as it was.
QByteArray everything(const Cli &cli, const Pair &p)
{
    QByteArray all;
    for (const QString &kind : {u"investor"_s, u"contact"_s, u"meeting"_s}) {
        all += cli.run({u"list"_s, kind, u"--json"_s}).out;
    }
    all += cli.run({u"history"_s, u"investor"_s, p.keep, u"--json"_s}).out;
    all += cli.run({u"history"_s, u"investor"_s, p.other, u"--json"_s}).out;
    return all;
}
} // namespace

TEST_CASE("merge moves the links to the kept record and says what it did", "[cli][merge]")
{
    Cli cli;
    cli.init();
    const Pair p = twoYazakis(cli);
    const CliResult merged = cli.run({u"merge"_s, u"investor"_s, p.keep, p.other});
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.outText().contains(p.keep));
    CHECK(merged.outText().contains(u"ヤザキ"_s));
    CHECK(merged.outText().contains(u"Links moved: 2"_s));
    CHECK(merged.outText().contains(u"aliases"_s));
    CHECK(cli.show(u"contact"_s, p.contact).value(u"investor_id"_s).toString() == p.keep);
    CHECK(cli.show(u"meeting"_s, p.meeting).value(u"investor_id"_s).toString() == p.keep);
    const QJsonObject survivor = cli.show(u"investor"_s, p.keep);
    CHECK(survivor.value(u"hq_city"_s).toString() == u"Tokyo"_s);
    CHECK(survivor.value(u"aliases"_s).toArray().contains(u"ヤザキ"_s));
    CHECK(cli.run({u"show"_s, u"investor"_s, p.other}).exitCode == 3);

    // The survivor's history says which record was merged into it.
    const CliResult history = cli.run({u"history"_s, u"investor"_s, p.keep});
    REQUIRE(history.exitCode == 0);
    const QStringList lines = history.outLines();
    CHECK(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
        return line.contains(u"\tmerge\t"_s) && line.contains(u"ヤザキ"_s) && line.endsWith(p.keep);
    }));
}

TEST_CASE("merge --json and --prefer other", "[cli][merge]")
{
    Cli cli;
    cli.init();
    const Pair p = twoYazakis(cli);
    const CliResult merged =
        cli.run({u"merge"_s, u"investor"_s, p.keep, p.other, u"--prefer"_s, u"other"_s, u"--json"_s});
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    const QJsonObject json = merged.jsonObject();
    CHECK(json.value(u"kind"_s).toString() == u"investor"_s);
    CHECK(json.value(u"survivor"_s).toObject().value(u"id"_s).toString() == p.keep);
    CHECK(json.value(u"merged"_s).toArray().at(0).toObject().value(u"id"_s).toString() == p.other);
    CHECK(json.value(u"links_moved"_s).toInt() == 2);
    CHECK_FALSE(json.value(u"rules"_s).toArray().isEmpty());
    const QJsonObject survivor = cli.show(u"investor"_s, p.keep);
    CHECK(survivor.value(u"hq_city"_s).toString() == u"Shinagawa"_s);
    CHECK(survivor.value(u"name"_s).toString() == u"ヤザキ"_s);
    CHECK(survivor.value(u"aliases"_s).toArray().contains(u"矢崎総業株式会社"_s));
}

TEST_CASE("merge refuses bad input with the usual exit codes and writes nothing", "[cli][merge]")
{
    Cli cli;
    cli.init();
    const Pair p = twoYazakis(cli);
    const QByteArray before = everything(cli, p);
    const auto refused = [&](const QStringList &arguments, int exitCode, const QString &named) {
        const CliResult result = cli.run(arguments);
        INFO(result.errText().toStdString());
        CHECK(result.exitCode == exitCode);
        CHECK(result.errText().contains(named));
        CHECK(result.out.isEmpty());
        CHECK(everything(cli, p) == before);
    };
    SECTION("a record with itself")
    {
        refused({u"merge"_s, u"investor"_s, p.keep, p.keep}, 2, p.keep);
    }
    SECTION("records of two kinds")
    {
        refused({u"merge"_s, u"investor"_s, p.keep, p.contact}, 2, u"contact"_s);
    }
    SECTION("an id that does not exist")
    {
        refused({u"merge"_s, u"investor"_s, p.keep, u"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"_s}, 3,
                u"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"_s);
    }
    SECTION("a record in the Trash")
    {
        const QString third = cli.add(u"investor"_s, {{u"name"_s, u"矢崎部品"_s}});
        REQUIRE(cli.run({u"delete"_s, u"investor"_s, third}).exitCode == 0);
        const QByteArray trashed = everything(cli, p);
        const CliResult result = cli.run({u"merge"_s, u"investor"_s, p.keep, third});
        CHECK(result.exitCode == 1);
        CHECK(result.errText().contains(u"Trash"_s));
        CHECK(everything(cli, p) == trashed);
    }
    SECTION("a wrong --prefer")
    {
        refused({u"merge"_s, u"investor"_s, p.keep, p.other, u"--prefer"_s, u"mine"_s}, 1, u"mine"_s);
    }
    SECTION("no record to merge")
    {
        const CliResult result = cli.run({u"merge"_s, u"investor"_s, p.keep});
        CHECK(result.exitCode == 1);
        CHECK(everything(cli, p) == before);
    }
}
