// duplicates through the real binary: groups with reason and score, --json, kinds refused.
#include "clirunner.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
const QString kDuplicates = u"duplicates"_s;

struct Fixture
{
    Cli cli;
    QString yazaki;
    QString katakana;
    QString denso;

    Fixture()
    {
        cli.init();
        yazaki = cli.add(u"investor"_s, crm::test::investorJson());
        katakana = cli.add(u"investor"_s, {{u"name"_s, u"ヤザキ"_s}, {u"hq_country"_s, u"JP"_s}});
        denso = cli.add(u"investor"_s, {{u"name"_s, u"デンソー"_s}, {u"hq_country"_s, u"JP"_s}});
    }
};
} // namespace

TEST_CASE("duplicates lists each group: its score and reason, then its records as ID and title", "[cli][duplicates]")
{
    Fixture f;
    const CliResult result = f.cli.run({kDuplicates, u"investor"_s});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    QStringList ids{f.yazaki, f.katakana};
    ids.sort();
    const QString title = u"矢崎総業株式会社 (Yazaki Corporation)"_s;
    const QStringList lines = result.outLines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == u"Group 1, score 70: same name (Yazaki Corporation)"_s);
    CHECK(lines[1] == u"  "_s + ids[0] + u'\t' + (ids[0] == f.yazaki ? title : u"ヤザキ"_s));
    CHECK(lines[2] == u"  "_s + ids[1] + u'\t' + (ids[1] == f.yazaki ? title : u"ヤザキ"_s));
    CHECK(result.errText().contains(u"1 group"_s));
}

TEST_CASE("duplicates --json gives kind, score, reasons and records", "[cli][duplicates]")
{
    Fixture f;
    f.cli.add(u"investor"_s,
              {{u"name"_s, u"Denso Corporation"_s}, {u"name_reading"_s, u"でんそー"_s}, {u"hq_country"_s, u"JP"_s}});
    const CliResult result = f.cli.run({kDuplicates, u"investor"_s, u"--json"_s});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray groups = result.jsonArray();
    REQUIRE(groups.size() == 2);
    const QJsonObject first = groups[0].toObject();
    CHECK(first[u"kind"_s].toString() == u"investor"_s);
    CHECK(first[u"score"_s].toInt() == 80); // デンソー and でんそー: the same name folded
    CHECK(first[u"reasons"_s].toArray()[0].toObject()[u"reason"_s].toString() == u"name"_s);
    const QJsonArray records = first[u"records"_s].toArray();
    REQUIRE(records.size() == 2);
    CHECK(records[0].toObject()[u"id"_s].toString() == f.denso); // oldest first
    CHECK(records[0].toObject()[u"title"_s].toString() == u"デンソー"_s);
    CHECK(groups[1].toObject()[u"score"_s].toInt() == 70); // ヤザキ romanised meets Yazaki Corporation
    CHECK(groups[1].toObject()[u"reasons"_s].toArray()[0].toObject()[u"value"_s].toString() == u"Yazaki Corporation"_s);
}

TEST_CASE("duplicates of a kind without the check, or of an unknown kind, is a usage error", "[cli][duplicates]")
{
    Fixture f;
    const CliResult meetings = f.cli.run({kDuplicates, u"meeting"_s});
    CHECK(meetings.exitCode == 1);
    CHECK(meetings.errText().contains(u"investor, contact, agency, delegate"_s));
    CHECK(f.cli.run({kDuplicates, u"nonsense"_s}).exitCode == 1);
    const CliResult none = f.cli.run({kDuplicates, u"contact"_s, u"--json"_s});
    REQUIRE(none.exitCode == 0);
    CHECK(none.jsonArray().isEmpty());
}
