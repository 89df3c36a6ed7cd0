#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "support/commandline.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
// A real database file, as a file manager would pass it.
QString makeDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(SqliteDatabase::open(path, Database::OpenMode::CreateIfMissing));
    return path;
}
} // namespace

TEST_CASE("a database file given alone on the command line is the one opened, and must exist", "[ui][commandline]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, u"mission laptop.sqlite"_s);
    CommandLine commandLine;
    REQUIRE(commandLine.parse({u"delegates-crm"_s, path}));
    CHECK(commandLine.error().isEmpty());
    CHECK(commandLine.databasePath() == path);
    CHECK(commandLine.openMode() == Database::OpenMode::MustExist);
    CHECK(commandLine.databasePath() != SqliteDatabase::defaultPath());
}

TEST_CASE("without a file the default database opens, and --db still names another", "[ui][commandline]")
{
    CommandLine commandLine;
    REQUIRE(commandLine.parse({u"delegates-crm"_s}));
    CHECK(commandLine.databasePath() == SqliteDatabase::defaultPath());
    CHECK(commandLine.openMode() == Database::OpenMode::CreateIfMissing);

    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"new.sqlite"_s);
    REQUIRE(commandLine.parse({u"delegates-crm"_s, u"--db"_s, fresh}));
    CHECK(commandLine.databasePath() == fresh);
    CHECK(commandLine.openMode() == Database::OpenMode::CreateIfMissing); // as before: --db may create it
}

TEST_CASE("two files, a file with --db, a missing file or an unknown option are refused with a message",
          "[ui][commandline]")
{
    QTemporaryDir dir;
    const QString one = makeDatabase(dir, u"one.sqlite"_s);
    const QString two = makeDatabase(dir, u"two.sqlite"_s);
    CommandLine commandLine;

    CHECK_FALSE(commandLine.parse({u"delegates-crm"_s, one, two}));
    CHECK(commandLine.error().contains(u"one database at a time"_s));
    CHECK(commandLine.error().contains(QDir::toNativeSeparators(two)));

    CHECK_FALSE(commandLine.parse({u"delegates-crm"_s, u"--db"_s, one, two}));
    CHECK(commandLine.error().contains(u"not both"_s));

    const QString missing = dir.filePath(u"typo.sqlite"_s);
    CHECK_FALSE(commandLine.parse({u"delegates-crm"_s, missing}));
    CHECK(commandLine.error() == u"There is no file %1."_s.arg(QDir::toNativeSeparators(missing)));
    CHECK_FALSE(QFile::exists(missing));

    CHECK_FALSE(commandLine.parse({u"delegates-crm"_s, dir.path()}));
    CHECK(commandLine.error().contains(u"folder"_s));

    CHECK_FALSE(commandLine.parse({u"delegates-crm"_s, u"--bogus"_s}));
    CHECK(commandLine.error().contains(u"bogus"_s));

    REQUIRE(commandLine.parse({u"delegates-crm"_s, one})); // and a good line afterwards is clean again
    CHECK(commandLine.error().isEmpty());
}

TEST_CASE("the application started with a file opens that file, not the default database", "[ui][commandline]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, u"opened with.sqlite"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s)); // where the default database would go
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(CRM_GUI_PATH), {path});
    REQUIRE(app.waitForStarted());

    // Opening a database switches it to WAL mode, which puts its -wal file beside it. The app then
    // waits for the officer (the window stays up): a generous ceiling, not a measure of speed.
    QDeadlineTimer deadline(60'000);
    while (!QFile::exists(path + u"-wal"_s) && app.state() == QProcess::Running && !deadline.hasExpired()) {
        QTest::qWait(50);
    }
    CHECK(QFile::exists(path + u"-wal"_s));
    CHECK(app.state() == QProcess::Running);
    CHECK(QDir(dir.filePath(u"data"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    app.kill();
    app.waitForFinished();
}
