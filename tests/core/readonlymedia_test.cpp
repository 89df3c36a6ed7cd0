// An archived database on read-only media (a disc, a write-protected stick, a read-only mount or
// folder) is opened read-only by the desktop app instead of being refused. Which facts make a
// file read-only is decided here; tests run as root, whom permission bits do not stop, so the
// facts are injected through the probe's seam.
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "storage/filemode.h"
#include "storage/recordstore.h"

#include <QTemporaryDir>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {
struct FakeWriteAccess
{
    explicit FakeWriteAccess(storage::WriteAccess access)
    {
        storage::setWriteAccessProbeForTesting([access](const QString &) { return access; });
    }
    ~FakeWriteAccess() { storage::setWriteAccessProbeForTesting({}); }
};
} // namespace

TEST_CASE("a file that can be written has no read-only reason", "[readonlymedia]")
{
    CHECK(storage::readOnlyReason({}).isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"office.sqlite"_s);
    SqliteDatabase::open(path).reset();
    const storage::WriteAccess access = storage::writeAccessOf(path);
    CHECK(access.fileWritable);
    CHECK(access.folderWritable);
    CHECK_FALSE(access.mountReadOnly);
    CHECK(SqliteDatabase::readOnlyReason(path).isEmpty());
}

TEST_CASE("a read-only mount, file or folder each make the database read-only and say which", "[readonlymedia]")
{
    const QString mount =
        storage::readOnlyReason({.fileWritable = false, .folderWritable = false, .mountReadOnly = true});
    CHECK(mount.contains(u"read-only media"_s));
    const QString file =
        storage::readOnlyReason({.fileWritable = false, .folderWritable = true, .mountReadOnly = false});
    CHECK(file.contains(u"file is read-only"_s));
    const QString folder =
        storage::readOnlyReason({.fileWritable = true, .folderWritable = false, .mountReadOnly = false});
    CHECK(folder.contains(u"folder is read-only"_s));
    CHECK(folder.contains(u"journal"_s));
}

TEST_CASE("Database::readOnlyReason asks the file system through the probe", "[readonlymedia]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"archive.sqlite"_s);
    SqliteDatabase::open(path).reset();
    FakeWriteAccess readOnlyMount({.fileWritable = false, .folderWritable = false, .mountReadOnly = true});
    CHECK(SqliteDatabase::readOnlyReason(path).contains(u"read-only media"_s));
    // What the GUI then does: open it read-only; every read works, nothing is written.
    auto db = SqliteDatabase::open(path, Database::OpenMode::ReadOnly);
    CHECK(db->isReadOnly());
    CHECK(db->records().count(RecordKind::Agency) == 0);
}
