// init, check, demo and generate through the real binary.
#include "clirunner.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"

#include <QFile>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
// "kind: count" lines of the generate summary.
qint64 summaryValue(const CliResult &result, const QString &key)
{
    for (const QString &line : result.outLines()) {
        if (line.startsWith(key + u": "_s)) {
            return line.section(u": "_s, 1).section(u' ', 0, 0).toLongLong();
        }
    }
    FAIL("no \"" << key.toStdString() << "\" line in the summary");
    return -1;
}
} // namespace

TEST_CASE("init creates the database and prints its path and schema version", "[cli][init]")
{
    Cli cli;
    const CliResult created = cli.run({u"init"_s});
    CHECK(created.exitCode == 0);
    CHECK(QFile::exists(cli.dbPath()));
    CHECK(created.outText().contains(cli.dbPath()));
    CHECK(
        created.outText().contains(u"schema version: %1 (created)"_s.arg(crm::SqliteDatabase::latestSchemaVersion())));

    const CliResult again = cli.run({u"init"_s});
    CHECK(again.exitCode == 0);
    CHECK(again.outText().contains(u"(up to date)"_s));
}

TEST_CASE("check prints ok on a fresh database", "[cli][check]")
{
    Cli cli;
    cli.init();
    const CliResult result = cli.run({u"check"_s});
    CHECK(result.exitCode == 0);
    CHECK(result.outText() == u"ok\n"_s);
}

TEST_CASE("demo loads the sample dataset, then refuses a second time", "[cli][demo]")
{
    Cli cli;
    const CliResult first = cli.run({u"demo"_s});
    INFO("stderr: " << first.errText().toStdString());
    CHECK(first.exitCode == 0);
    const qsizetype investors = cli.run({u"list"_s, u"investor"_s}).outLines().size();
    CHECK(investors > 0);
    CHECK(cli.run({u"check"_s}).exitCode == 0);

    const CliResult second = cli.run({u"demo"_s});
    CHECK(second.exitCode == 1);
    CHECK(second.errText().contains(u"already holds records"_s));
    CHECK(cli.run({u"list"_s, u"investor"_s}).outLines().size() == investors);
}

TEST_CASE("generate --scale 200 --seed 7 produces the documented counts", "[cli][generate]")
{
    Cli cli;
    const CliResult result = cli.run({u"generate"_s, u"--scale"_s, u"200"_s, u"--seed"_s, u"7"_s});
    INFO("stdout: " << result.outText().toStdString());
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    // N investors, 3N contacts, N/100 delegates (at least 1), 10N meetings, N/10 deals.
    const QList<std::pair<QString, qint64>> expected{
        {u"investor"_s, 200}, {u"contact"_s, 600}, {u"delegate"_s, 2}, {u"meeting"_s, 2000}, {u"deal"_s, 20}};
    for (const auto &[kind, count] : expected) {
        INFO(kind.toStdString());
        CHECK(summaryValue(result, kind) == count);
        CHECK(cli.run({u"list"_s, kind}).outLines().size() == count);
    }
    CHECK(summaryValue(result, u"file_size"_s) == QFile(cli.dbPath()).size());
    CHECK(cli.run({u"check"_s}).exitCode == 0);
}

TEST_CASE("generate refuses a database that already holds records", "[cli][generate]")
{
    Cli cli;
    REQUIRE(cli.run({u"demo"_s}).exitCode == 0);
    const qsizetype investors = cli.run({u"list"_s, u"investor"_s}).outLines().size();
    const CliResult result = cli.run({u"generate"_s, u"--scale"_s, u"10"_s});
    CHECK(result.exitCode == 1);
    CHECK(result.errText().contains(u"empty database"_s));
    CHECK(cli.run({u"list"_s, u"investor"_s}).outLines().size() == investors);
}
