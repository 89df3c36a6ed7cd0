// The command-line tool opens its file with the sync log (crm::Session): an edit made with it on a
// file with sync on is in the sync log, exactly once (issue 17, point 2).
#include "clirunner.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
qint64 syncChangesOf(const QString &path, const QString &recordId)
{
    const std::unique_ptr<crm::Database> db = crm::SqliteDatabase::open(path, crm::Database::OpenMode::ReadOnly);
    QSqlQuery q(QSqlDatabase::database(crm::test::connectionOf(*db), false));
    q.prepare(u"SELECT count(*) FROM sync_change WHERE record_id = ?"_s);
    q.addBindValue(recordId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST_CASE("an edit with the command-line tool lands in the sync log once sync is on", "[cli][sync][changeevent]")
{
    crm::test::Cli cli;
    cli.init();
    const QString agency = cli.add(u"agency"_s, crm::test::agencyJson());
    const crm::test::CliResult prepared =
        cli.run({u"replica"_s, u"prepare"_s, u"--out"_s, cli.filePath(u"laptop.sqlite"_s), u"--name"_s, u"Laptop"_s});
    INFO("stderr: " << prepared.errText().toStdString());
    REQUIRE(prepared.exitCode == 0);
    REQUIRE(syncChangesOf(cli.dbPath(), agency) == 0); // made before sync was on

    const crm::test::CliResult updated =
        cli.run({u"update"_s, u"agency"_s, agency, u"--json"_s, u"-"_s}, "{\"acronym\": \"AMDI\"}");
    INFO("stderr: " << updated.errText().toStdString());
    REQUIRE(updated.exitCode == 0);
    CHECK(syncChangesOf(cli.dbPath(), agency) == 1);
}
