// backup, backups and restore FILE through the real binary.
#include "clirunner.h"
#include "domain/recordkind.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
// Every record of every kind, live and in the Trash, as the CLI lists them in JSON.
QByteArray everything(const Cli &cli)
{
    QByteArray all;
    for (crm::RecordKind kind : crm::allRecordKinds()) {
        for (const QStringList &extra : {QStringList{}, QStringList{u"--trash"_s}}) {
            const CliResult listed = cli.run(QStringList{u"list"_s, crm::kindName(kind), u"--json"_s} + extra);
            REQUIRE(listed.exitCode == 0);
            all += listed.out;
        }
    }
    return all;
}
} // namespace

TEST_CASE("backup, then restore, gives back every record the database had", "[cli][backup]")
{
    Cli cli;
    REQUIRE(cli.run({u"demo"_s}).exitCode == 0);
    const QByteArray before = everything(cli);
    const QString out = cli.filePath(u"copy.sqlite"_s);

    const CliResult backedUp = cli.run({u"backup"_s, u"--out"_s, out});
    INFO("stderr: " << backedUp.errText().toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(backedUp.outText().contains(QDir::toNativeSeparators(out)));
    CHECK(QFileInfo(out).size() > 0);
    // An existing file is never overwritten.
    CHECK(cli.run({u"backup"_s, u"--out"_s, out}).exitCode == 1);

    const QString agency = cli.run({u"list"_s, u"agency"_s}).outLines().first().section(u'\t', 0, 0);
    REQUIRE(cli.run({u"delete"_s, u"agency"_s, agency}).exitCode == 0);
    REQUIRE(everything(cli) != before);

    const CliResult restored = cli.run({u"restore"_s, out});
    INFO("stderr: " << restored.errText().toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(everything(cli) == before);
    CHECK(cli.run({u"check"_s}).exitCode == 0);
    const QStringList aside =
        QDir(QFileInfo(cli.dbPath()).absolutePath()).entryList({u"crm.sqlite.before-restore-*"_s});
    REQUIRE_FALSE(aside.isEmpty());
    CHECK(restored.outText().contains(aside.first()));
    // restore KIND ID still brings a record back from the Trash.
    CHECK(cli.run({u"restore"_s, u"agency"_s}).exitCode == 1);
}

TEST_CASE("backup without --out writes into the backup folder, and backups lists it", "[cli][backup]")
{
    Cli cli;
    REQUIRE(cli.run({u"demo"_s}).exitCode == 0);
    CHECK(cli.run({u"backups"_s}).outLines().isEmpty());
    const CliResult backedUp = cli.run({u"backup"_s});
    REQUIRE(backedUp.exitCode == 0);
    const QStringList files = QDir(cli.filePath(u"backups"_s)).entryList({u"crm-*-manual.sqlite"_s});
    REQUIRE(files.size() == 1);

    const CliResult listed = cli.run({u"backups"_s});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.outLines().size() == 1);
    const QStringList fields = listed.outLines().first().split(u'\t');
    REQUIRE(fields.size() == 6);
    CHECK(fields.at(1) == u"manual"_s);
    CHECK(fields.at(3) == QString::number(crm::SqliteDatabase::latestSchemaVersion()));
    CHECK(fields.at(4).toLongLong() > 50);
    CHECK(fields.at(5).endsWith(files.first()));

    const QJsonArray json = cli.run({u"backups"_s, u"--json"_s}).jsonArray();
    REQUIRE(json.size() == 1);
    CHECK(json.at(0)[u"reason"_s].toString() == u"manual"_s);
    CHECK(json.at(0)[u"schema"_s].toInt() == crm::SqliteDatabase::latestSchemaVersion());
    CHECK(json.at(0)[u"records"_s].toInteger() == fields.at(4).toLongLong());
    CHECK(json.at(0)[u"bytes"_s].toInteger() == QFileInfo(cli.filePath(u"backups/"_s + files.first())).size());
}

TEST_CASE("restore refuses a file that is not a Delegates CRM database, with exit code 4", "[cli][backup]")
{
    Cli cli;
    cli.init();
    const QByteArray database = crm::test::fileBytes(cli.dbPath());
    const QString text = cli.filePath(u"notes.txt"_s);
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database at all\n");
    }
    const CliResult refused = cli.run({u"restore"_s, text});
    CHECK(refused.exitCode == 4);
    CHECK(refused.errText().contains(u"not a Delegates CRM database"_s));
    CHECK(crm::test::fileBytes(cli.dbPath()) == database);

    const CliResult missing = cli.run({u"restore"_s, cli.filePath(u"nowhere.sqlite"_s)});
    CHECK(missing.exitCode == 4);
    CHECK(missing.errText().contains(u"does not exist"_s));
}
