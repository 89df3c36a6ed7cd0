// The exit codes scripts rely on (docs/cli.md), each provoked for real through the binary.
#include "clirunner.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
QVariantMap meetingWith(const QString &investorId)
{
    return {{u"starts_at"_s, u"2024-05-10T10:00:00+09:00"_s}, {u"investor_id"_s, investorId}};
}
} // namespace

TEST_CASE("--help prints the usage of every command and exits 0", "[cli][usage]")
{
    Cli cli;
    const CliResult result = cli.runRaw({u"--help"_s});
    CHECK(result.exitCode == 0);
    for (const QString &command : {u"init"_s, u"check"_s, u"demo"_s, u"generate"_s, u"list"_s, u"show"_s, u"add"_s,
                                   u"update"_s, u"delete"_s, u"restore"_s, u"purge"_s, u"history"_s}) {
        CHECK(result.outText().contains(u"  "_s + command + u' '));
    }
    CHECK(result.err.isEmpty());
}

TEST_CASE("an unknown command exits 1 with one line naming it and a hint to --help", "[cli][usage]")
{
    Cli cli;
    const CliResult result = cli.run({u"frobnicate"_s});
    CHECK(result.exitCode == 1);
    REQUIRE(result.errLines().size() == 2);
    CHECK(result.errLines().at(0).contains(u"frobnicate"_s));
    CHECK(result.errLines().at(1).contains(u"--help"_s));
    CHECK(result.out.isEmpty());
    CHECK_FALSE(QFile::exists(cli.dbPath())); // a typo never creates a database
}

TEST_CASE("usage mistakes exit 1 before the database is opened", "[cli][usage]")
{
    Cli cli;
    SECTION("no command")
    {
        CHECK(cli.run({}).exitCode == 1);
    }
    SECTION("an unknown kind is named with the list of kinds")
    {
        const CliResult result = cli.run({u"list"_s, u"company"_s});
        CHECK(result.exitCode == 1);
        CHECK(result.errText().contains(u"company"_s));
        CHECK(result.errText().contains(u"followup"_s));
    }
    SECTION("an unknown option")
    {
        const CliResult result = cli.run({u"list"_s, u"agency"_s, u"--colour"_s});
        CHECK(result.exitCode == 1);
        CHECK(result.errText().contains(u"--colour"_s));
    }
    SECTION("an option of another command")
    {
        CHECK(cli.run({u"show"_s, u"agency"_s, u"x"_s, u"--trash"_s}).exitCode == 1);
    }
    SECTION("a missing ID")
    {
        CHECK(cli.run({u"show"_s, u"agency"_s}).exitCode == 1);
    }
    SECTION("a missing --json on add")
    {
        const CliResult result = cli.run({u"add"_s, u"agency"_s});
        CHECK(result.exitCode == 1);
        CHECK(result.errText().contains(u"--json"_s));
    }
    SECTION("--json without its FILE")
    {
        CHECK(cli.run({u"add"_s, u"agency"_s, u"--json"_s}).exitCode == 1);
    }
    SECTION("an extra argument")
    {
        CHECK(cli.run({u"check"_s, u"now"_s}).exitCode == 1);
    }
    SECTION("a limit that is not a number")
    {
        CHECK(cli.run({u"list"_s, u"deal"_s, u"--limit"_s, u"ten"_s}).exitCode == 1);
    }
    SECTION("generate without --scale")
    {
        CHECK(cli.run({u"generate"_s}).exitCode == 1);
    }
    CHECK_FALSE(QFile::exists(cli.dbPath()));
}

TEST_CASE("add with an interest level of 6 exits 2 and names each bad field", "[cli][invalid]")
{
    Cli cli;
    cli.init();
    const QString investor = cli.add(u"investor"_s, crm::test::investorJson());
    QVariantMap meeting = meetingWith(investor);
    meeting.insert(u"interest_level"_s, 6);
    meeting.insert(u"attendees"_s, QVariantList{QVariantMap{
                                       {u"side"_s, u"itpo"_s}, {u"person_kind"_s, u"other"_s}, {u"name"_s, u""_s}}});
    const CliResult result = cli.run({u"add"_s, u"meeting"_s, u"--json"_s, u"-"_s}, crm::test::toJson(meeting));
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    const QStringList errors = result.errLines();
    CHECK(errors.contains(u"interest_level: must be from 1 to 5"_s));
    CHECK(std::any_of(errors.cbegin(), errors.cend(),
                      [](const QString &line) { return line.startsWith(u"attendees[0].name: "_s); }));
    CHECK(cli.run({u"list"_s, u"meeting"_s}).out.isEmpty()); // nothing was saved
}

TEST_CASE("an empty name exits 2 and names the field", "[cli][invalid]")
{
    Cli cli;
    cli.init();
    QVariantMap investor = crm::test::investorJson();
    investor.insert(u"name"_s, u""_s);
    const CliResult result = cli.run({u"add"_s, u"investor"_s, u"--json"_s, u"-"_s}, crm::test::toJson(investor));
    CHECK(result.exitCode == 2);
    CHECK(result.errText().contains(u"\nname: "_s));
}

TEST_CASE("an unknown field exits 2 rather than being dropped", "[cli][invalid]")
{
    Cli cli;
    cli.init();
    QVariantMap agency = crm::test::agencyJson();
    agency.insert(u"acronymn"_s, u"AMDIE"_s);
    const CliResult result = cli.run({u"add"_s, u"agency"_s, u"--json"_s, u"-"_s}, crm::test::toJson(agency));
    CHECK(result.exitCode == 2);
    CHECK(result.errText().contains(u"acronymn: "_s));
}

TEST_CASE("malformed JSON exits 2 and says where the problem is", "[cli][invalid]")
{
    Cli cli;
    cli.init();
    QFile file(cli.filePath(u"agency.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"name\": \"AMDIE\",\n  \"country\": MA\n}\n");
    file.close();
    const CliResult result = cli.run({u"add"_s, u"agency"_s, u"--json"_s, file.fileName()});
    CHECK(result.exitCode == 2);
    CHECK(result.errText().contains(u"agency.json"_s));
    CHECK(result.errText().contains(u"line 3"_s));
}

TEST_CASE("JSON that is not an object exits 2", "[cli][invalid]")
{
    Cli cli;
    cli.init();
    const QByteArray input = GENERATE(QByteArray("[{\"name\": \"AMDIE\"}]"), QByteArray("42"), QByteArray("  "));
    const CliResult result = cli.run({u"add"_s, u"agency"_s, u"--json"_s, u"-"_s}, input);
    CHECK(result.exitCode == 2);
    CHECK(result.errText().contains(u"object"_s));
}

TEST_CASE("show of an id that does not exist exits 3", "[cli][notfound]")
{
    Cli cli;
    cli.init();
    const QString missing = u"01a2269b-0000-7000-8000-000000000000"_s;
    const CliResult result = cli.run({u"show"_s, u"agency"_s, missing});
    CHECK(result.exitCode == 3);
    CHECK(result.errText().contains(missing));
    CHECK(cli.run({u"update"_s, u"agency"_s, missing, u"--json"_s, u"-"_s}, "{\"acronym\": \"X\"}").exitCode == 3);
    CHECK(cli.run({u"delete"_s, u"agency"_s, missing}).exitCode == 3);
    CHECK(cli.run({u"history"_s, u"agency"_s, missing}).exitCode == 3);
}

TEST_CASE("a text file given as --db exits 4 and is left as it was", "[cli][database]")
{
    Cli cli;
    const QString path = cli.filePath(u"notes.txt"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Shopping list: rice, miso, nori.\n").repeated(200));
    file.close();
    const QByteArray before = crm::test::fileBytes(path);
    for (const QStringList &command : {QStringList{u"list"_s, u"agency"_s}, QStringList{u"init"_s},
                                       QStringList{u"check"_s}, QStringList{u"demo"_s}}) {
        const CliResult result = cli.runRaw(QStringList{u"--db"_s, path} + command);
        CHECK(result.exitCode == 4);
        CHECK(result.errText().contains(u"not a Delegates CRM database"_s));
    }
    CHECK(crm::test::fileBytes(path) == before);
}

TEST_CASE("a database written by a newer version exits 4 and its bytes are unchanged", "[cli][database]")
{
    Cli cli;
    cli.init();
    cli.add(u"agency"_s, crm::test::agencyJson());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer-version"_s);
        db.setDatabaseName(cli.dbPath());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"PRAGMA user_version = 99"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer-version"_s);
    const QByteArray before = crm::test::fileBytes(cli.dbPath());

    for (const QStringList &command : {QStringList{u"init"_s}, QStringList{u"list"_s, u"agency"_s},
                                       QStringList{u"add"_s, u"agency"_s, u"--json"_s, u"-"_s}}) {
        const CliResult result = cli.run(command, crm::test::toJson(crm::test::agencyJson()));
        CHECK(result.exitCode == 4);
        CHECK(result.errText().contains(u"newer version"_s));
    }
    CHECK(crm::test::fileBytes(cli.dbPath()) == before);
}

TEST_CASE("a database file that does not exist exits 4 and is not created, except by init", "[cli][database]")
{
    Cli cli;
    const CliResult result = cli.run({u"list"_s, u"agency"_s});
    CHECK(result.exitCode == 4);
    CHECK(result.errText().contains(u"init"_s));
    CHECK_FALSE(QFile::exists(cli.dbPath()));
}
