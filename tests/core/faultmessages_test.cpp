// What the officer reads when the disk fails (issue 16, point 3), with the failures made by the fault
// VFS: tests run as root, for whom no file is ever read-only or locked by permissions.
#include "faultvfs.h"
#include "fixtures.h"
#include "sqlite/sqlitedatabase.h"

#include <QDir>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace crm;
using test::FaultKind;
using test::FaultVfs;

namespace {
// A database with one agency, closed, so that each test opens it as a command would.
struct Scene
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"office.sqlite"_s);
    QString shown = QDir::toNativeSeparators(path);
    QString agency;

    Scene()
    {
        const std::unique_ptr<Database> db = SqliteDatabase::open(path);
        agency = db->records().create(RecordKind::Agency, test::agencyJson());
    }

    qint64 investors()
    {
        const std::unique_ptr<Database> db = SqliteDatabase::open(path, Database::OpenMode::MustExist);
        return db->records().count(RecordKind::Investor);
    }
};
} // namespace

TEST_CASE("a full disk says so, names the file and how much to free, and changes nothing", "[faults][messages]")
{
    Scene s;
    std::optional<Error> error;
    {
        FaultVfs vfs;
        const std::unique_ptr<Database> db = SqliteDatabase::open(s.path, Database::OpenMode::MustExist);
        RecordStore &store = db->records();
        vfs.arm(FaultKind::Write, 0, SQLITE_FULL, true);
        error = test::errorFrom([&] { store.create(RecordKind::Investor, test::investorJson()); });
        CHECK(vfs.fired());
        vfs.disarm();
    }
    REQUIRE(error);
    const QString message = error->message();
    INFO(message.toStdString());
    CHECK(error->kind() == Error::Kind::Database);
    CHECK(message.contains(u"The disk holding "_s + s.shown + u" is full"_s));
    CHECK(message.contains(u"free at least "_s));
    CHECK(message.contains(u"Nothing was changed"_s));
    CHECK(s.investors() == 0);
}

TEST_CASE("a file another program keeps locked is reported as locked, not as damaged or missing", "[faults][messages]")
{
    Scene s;
    SECTION("when the command opens it")
    {
        FaultVfs vfs;
        vfs.arm(FaultKind::Lock, 0, SQLITE_BUSY, true);
        const std::optional<Error> error =
            test::errorFrom([&] { SqliteDatabase::open(s.path, Database::OpenMode::ReadOnly).reset(); });
        CHECK(vfs.fired());
        vfs.disarm();
        REQUIRE(error);
        INFO(error->message().toStdString());
        CHECK(error->message().startsWith(s.shown + u" is locked by another program"_s));
    }
    SECTION("when it saves (the write lock of the write-ahead log)")
    {
        std::optional<Error> error;
        {
            FaultVfs vfs;
            const std::unique_ptr<Database> db = SqliteDatabase::open(s.path, Database::OpenMode::MustExist);
            RecordStore &store = db->records();
            vfs.arm(FaultKind::ShmLock, 0, SQLITE_BUSY, true);
            error = test::errorFrom([&] { store.update(RecordKind::Agency, s.agency, {{u"notes"_s, u"x"_s}}); });
            CHECK(vfs.fired());
            vfs.disarm();
        }
        REQUIRE(error);
        INFO(error->message().toStdString());
        CHECK(error->message().startsWith(s.shown + u" is locked by another program"_s));
        const std::unique_ptr<Database> db = SqliteDatabase::open(s.path, Database::OpenMode::MustExist);
        CHECK(db->records().get(RecordKind::Agency, s.agency).value(u"notes"_s).toString().isEmpty());
    }
}

TEST_CASE("a read that fails says the file could not be read and to run check, never a shorter list",
          "[faults][messages]")
{
    Scene s;
    FaultVfs vfs;
    const std::unique_ptr<Database> db = SqliteDatabase::open(s.path, Database::OpenMode::ReadOnly);
    RecordStore &store = db->records();
    vfs.arm(FaultKind::Read, 0, SQLITE_IOERR_READ, true);
    qint64 listed = 0;
    const std::optional<Error> error = test::errorFrom([&] {
        store.forEach(RecordKind::Agency, {}, [&](const QVariantMap &) {
            ++listed;
            return true;
        });
    });
    CHECK(vfs.fired());
    vfs.disarm();
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(listed == 0);
    CHECK(error->kind() == Error::Kind::Database);
    CHECK(error->message().startsWith(u"Could not read or write "_s + s.shown));
    CHECK(error->message().contains(u"Run \"delegates-crm-cli check\""_s));
}
