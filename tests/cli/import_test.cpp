// import, import list and import revert through the real binary.
#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
struct Office
{
    Cli cli;
    QString investorId;

    Office()
    {
        cli.init();
        investorId = cli.add(u"investor"_s, {{u"name"_s, u"矢崎総業株式会社"_s},
                                             {u"name_latin"_s, u"Yazaki Corporation"_s},
                                             {u"aliases"_s, QVariantList{u"Yazaki"_s}},
                                             {u"hq_country"_s, u"JP"_s}});
    }

    QString file(const QString &name, const QByteArray &text) const
    {
        const QString path = cli.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text);
        return path;
    }

    QStringList contacts() const { return cli.run({u"list"_s, u"contact"_s}).outLines(); }
};

const QByteArray kContacts = "family_name,given_name,investor_id,email\r\n"
                             "鈴木,一郎,Yazaki,ichiro@example.jp\r\n"
                             "佐藤,花子,Yazaki Co. Ltd.,hanako@example.jp\r\n";
const QByteArray kOneRefused = "family_name,given_name,investor_id,email\r\n"
                               "鈴木,一郎,Yazaki,ichiro@example.jp\r\n"
                               "佐藤,花子,Nissan,hanako@example.jp\r\n";
} // namespace

TEST_CASE("import writes the file's rows as one batch and says what it did", "[import]")
{
    Office office;
    const QString path = office.file(u"contacts.csv"_s, kContacts);
    const CliResult result = office.cli.run({u"import"_s, u"contact"_s, path});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.outLines();
    CHECK(lines.contains(u"file: contacts.csv"_s));
    CHECK(lines.contains(u"encoding: UTF-8"_s));
    CHECK(lines.contains(u"rows: 2"_s));
    CHECK(lines.contains(u"create: 2"_s));
    CHECK(lines.contains(u"refused: 0"_s));
    CHECK(office.contacts().size() == 2);
    const CliResult found = office.cli.run({u"search"_s, u"ichiro"_s});
    CHECK(found.outText().contains(u"鈴木"_s));

    const QJsonArray batches = office.cli.run({u"import"_s, u"list"_s, u"--json"_s}).jsonArray();
    REQUIRE(batches.size() == 1);
    CHECK(batches[0][u"file"_s] == u"contacts.csv"_s);
    CHECK(batches[0][u"created"_s] == 2);
    CHECK(batches[0][u"reverted_at"_s].isNull());
    const QString batch = batches[0][u"id"_s].toString();
    CHECK(lines.contains(u"batch: "_s + batch));
    CHECK(office.cli.run({u"import"_s, u"list"_s}).outText().contains(batch + u'\t'));

    // Again: both rows are now duplicates (same e-mail) and are skipped by default.
    const CliResult again = office.cli.run({u"import"_s, u"contact"_s, path});
    CHECK(again.exitCode == 0);
    CHECK(again.outLines().contains(u"skip: 2"_s));
    CHECK(office.contacts().size() == 2);
}

TEST_CASE("import refuses a file with refused rows: each row on stderr, exit 2, nothing written", "[import]")
{
    Office office;
    const QString path = office.file(u"contacts.csv"_s, kOneRefused);
    const CliResult refused = office.cli.run({u"import"_s, u"contact"_s, path});
    CHECK(refused.exitCode == 2);
    CHECK(
        refused.errText().contains(u"row 3, column \"investor_id\" (investor_id): no investor is named \"Nissan\""_s));
    CHECK(office.contacts().isEmpty());
    CHECK(office.cli.run({u"import"_s, u"list"_s, u"--json"_s}).jsonArray().isEmpty());

    const CliResult skipped = office.cli.run({u"import"_s, u"contact"_s, path, u"--skip-refused"_s, u"--json"_s});
    CHECK(skipped.exitCode == 0);
    const QJsonObject summary = skipped.jsonObject();
    CHECK(summary[u"create"_s] == 1);
    CHECK(summary[u"refused"_s] == 1);
    CHECK(summary[u"written"_s] == true);
    CHECK(summary[u"refused_rows"_s].toArray().at(0)[u"row"_s] == 3);
    CHECK(office.contacts().size() == 1);
}

TEST_CASE("import --dry-run shows the plan and writes nothing", "[import]")
{
    Office office;
    const CliResult dry =
        office.cli.run({u"import"_s, u"contact"_s, office.file(u"c.csv"_s, kContacts), u"--dry-run"_s, u"--json"_s});
    CHECK(dry.exitCode == 0);
    CHECK(dry.jsonObject()[u"create"_s] == 2);
    CHECK(dry.jsonObject()[u"written"_s] == false);
    CHECK(dry.jsonObject()[u"batch"_s].isNull());
    CHECK(office.contacts().isEmpty());
    CHECK(office.cli.run({u"import"_s, u"list"_s, u"--json"_s}).jsonArray().isEmpty());

    const CliResult refused =
        office.cli.run({u"import"_s, u"contact"_s, office.file(u"r.csv"_s, kOneRefused), u"--dry-run"_s});
    CHECK(refused.exitCode == 2);
    CHECK(office.contacts().isEmpty());
}

TEST_CASE("import reads a saved mapping, and --save-mapping writes one to reuse", "[import]")
{
    Office office;
    const QString path = office.file(u"odd.csv"_s, "Surname,First,Firm,Mail\r\n"
                                                   "鈴木,一郎,Yazaki,ichiro@example.jp\r\n");
    const QString mapping =
        office.file(u"mapping.json"_s, R"({"kind": "contact", "columns": [{"header": "Surname", "field": "family_name"},
            {"header": "First", "field": "given_name"}, {"header": "Firm", "field": "investor_id"},
            {"header": "Mail", "field": "email"}]})");
    const QString saved = office.cli.filePath(u"saved.json"_s);
    const CliResult result = office.cli.run(
        {u"import"_s, u"contact"_s, path, u"--mapping"_s, mapping, u"--save-mapping"_s, saved, u"--dry-run"_s});
    INFO(result.errText().toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.outLines().contains(u"create: 1"_s));
    CHECK(QFile::exists(saved));

    const CliResult reused = office.cli.run({u"import"_s, u"contact"_s, path, u"--mapping"_s, saved});
    CHECK(reused.exitCode == 0);
    const QJsonObject contact = office.cli.show(u"contact"_s, office.contacts().value(0).section(u'\t', 0, 0));
    CHECK(contact[u"email"_s] == u"ichiro@example.jp"_s);
    CHECK(contact[u"investor_id"_s] == office.investorId);

    const CliResult wrongKind = office.cli.run({u"import"_s, u"investor"_s, path, u"--mapping"_s, saved});
    CHECK(wrongKind.exitCode == 2);
}

TEST_CASE("import revert takes a batch back once, and only while its records are unchanged", "[import]")
{
    Office office;
    REQUIRE(office.cli.run({u"import"_s, u"contact"_s, office.file(u"c.csv"_s, kContacts)}).exitCode == 0);
    const QString batch = office.cli.run({u"import"_s, u"list"_s, u"--json"_s}).jsonArray().at(0)[u"id"_s].toString();

    SECTION("unchanged: reverted, then refused the second time")
    {
        const CliResult reverted = office.cli.run({u"import"_s, u"revert"_s, batch});
        CHECK(reverted.exitCode == 0);
        CHECK(office.contacts().isEmpty());
        const CliResult twice = office.cli.run({u"import"_s, u"revert"_s, batch});
        CHECK(twice.exitCode == 1);
        CHECK(twice.errText().contains(u"already reverted"_s));
    }
    SECTION("one record edited since: refused, nothing changes")
    {
        const QString id = office.contacts().value(0).section(u'\t', 0, 0);
        REQUIRE(office.cli.run({u"update"_s, u"contact"_s, id, u"--json"_s, u"-"_s}, R"({"title": "CEO"})").exitCode ==
                0);
        const CliResult refused = office.cli.run({u"import"_s, u"revert"_s, batch});
        CHECK(refused.exitCode == 1);
        CHECK(refused.errText().contains(u"changed since"_s));
        CHECK(office.contacts().size() == 2);
    }
    SECTION("an unknown batch")
    {
        CHECK(office.cli.run({u"import"_s, u"revert"_s, u"01a24e6d-0000-7000-8000-000000000000"_s}).exitCode == 3);
    }
}

TEST_CASE("import refuses mistakes on its command line and unreadable files", "[import]")
{
    Office office;
    const QString path = office.file(u"c.csv"_s, kContacts);
    CHECK(office.cli.run({u"import"_s, u"contact"_s, path, u"--on-duplicate"_s, u"merge"_s}).exitCode == 1);
    CHECK(office.cli.run({u"import"_s, u"contact"_s, path, u"--day-first"_s, u"--month-first"_s}).exitCode == 1);
    CHECK(office.cli.run({u"import"_s, u"contact"_s, office.cli.filePath(u"missing.csv"_s)}).exitCode == 1);
    CHECK(office.cli.run({u"import"_s, u"contact"_s}).exitCode == 1);
    const CliResult empty = office.cli.run({u"import"_s, u"contact"_s, office.file(u"empty.csv"_s, {})});
    CHECK(empty.exitCode == 2);
    CHECK(empty.errText().contains(u"empty.csv"_s));
    CHECK(office.contacts().isEmpty());
}
