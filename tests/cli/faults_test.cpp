// What the officer reads at the terminal when the disk fails, through the real binary: the fault VFS
// is loaded into it with LD_PRELOAD (tests/support/faultvfspreload.cpp), and CRM_FAULT says which
// call fails ("KIND,CALL,SQLITE_RESULT_CODE[,persistent]").
#include "clirunner.h"

#include <QDir>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
const QString kDiskFull = u"write,0,13,persistent"_s;  // SQLITE_FULL on every write
const QString kLocked = u"lock,0,5,persistent"_s;      // SQLITE_BUSY: another program holds the file
const QString kReadFails = u"read,0,266,persistent"_s; // SQLITE_IOERR_READ on every read
const QVariantMap kAgency{{u"name"_s, u"AMDIE"_s}, {u"country"_s, u"MA"_s}};

// Runs the command with the fault armed, then takes the fault away again.
CliResult withFault(Cli &cli, const QString &fault, const QStringList &arguments, const QByteArray &input = {})
{
    cli.setEnv(u"LD_PRELOAD"_s, QStringLiteral(CRM_FAULTVFS_PRELOAD));
    cli.setEnv(u"CRM_FAULT"_s, fault);
    const CliResult result = cli.run(arguments, input);
    cli.setEnv(u"LD_PRELOAD"_s, {});
    return result;
}
} // namespace

TEST_CASE("add on a full disk exits 4 saying the disk is full and how much to free, and saves nothing", "[cli][faults]")
{
    Cli cli;
    cli.init();
    const CliResult result =
        withFault(cli, kDiskFull, {u"add"_s, u"agency"_s, u"--json"_s, u"-"_s}, crm::test::toJson(kAgency));
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 4);
    CHECK(result.out.isEmpty());
    CHECK(result.errText().contains(u"The disk holding "_s + QDir::toNativeSeparators(cli.dbPath()) + u" is full"_s));
    CHECK(result.errText().contains(u"free at least"_s));
    CHECK(cli.run({u"check"_s}).exitCode == 0);
    CHECK(cli.run({u"list"_s, u"agency"_s}).out.isEmpty());
}

TEST_CASE("a list of a file another program locks exits 4 saying it is locked", "[cli][faults]")
{
    Cli cli;
    cli.init();
    cli.add(u"agency"_s, kAgency);
    const CliResult result = withFault(cli, kLocked, {u"list"_s, u"agency"_s});
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 4);
    CHECK(result.out.isEmpty());
    CHECK(result.errText().contains(QDir::toNativeSeparators(cli.dbPath()) + u" is locked by another program"_s));
    CHECK(cli.run({u"list"_s, u"agency"_s}).outLines().size() == 1);
}

TEST_CASE("a list whose reads fail exits 4 saying the file could not be read and to run check", "[cli][faults]")
{
    Cli cli;
    cli.init();
    cli.add(u"agency"_s, kAgency);
    const CliResult result = withFault(cli, kReadFails, {u"list"_s, u"agency"_s});
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 4);
    CHECK(result.out.isEmpty());
    CHECK(result.errText().contains(u"Could not read or write "_s + QDir::toNativeSeparators(cli.dbPath())));
    CHECK(result.errText().contains(u"delegates-crm-cli check"_s));
}
