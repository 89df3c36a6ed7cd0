// A database is never written over a network file system: SQLite's write-ahead log needs shared
// memory that NFS, SMB, sshfs and the like do not provide. Reading stays possible.
#include "fixtures.h"
#include "storage/database.h"
#include "storage/filemode.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {
// Pretends that every path is on the given file system, for the length of a test.
struct FakeFileSystem
{
    explicit FakeFileSystem(const QString &name)
    {
        storage::setFileSystemProbeForTesting([name](const QString &) { return name; });
    }
    ~FakeFileSystem() { storage::setFileSystemProbeForTesting({}); }
};

QString openError(const QString &path, Database::OpenMode mode)
{
    try {
        Database::open(path, mode);
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}
} // namespace

TEST_CASE("the statfs types of network file systems are recognised, local ones are not", "[networkfs]")
{
    const quint64 network[] = {0x6969,     0x517B,     0xFF534D42, 0xFE534D42, 0x65735546, 0x5346414F,
                               0x6B414653, 0x73757245, 0x01021997, 0x00C36400, 0x564C,     0x0BD00BD0};
    for (quint64 type : network) {
        INFO("f_type 0x" << QString::number(type, 16).toStdString());
        CHECK_FALSE(storage::networkFileSystemName(type).isEmpty());
    }
    // ext4, tmpfs, btrfs, xfs, overlayfs, vfat
    for (quint64 type : {0xEF53ull, 0x01021994ull, 0x9123683Eull, 0x58465342ull, 0x794C7630ull, 0x4D44ull}) {
        INFO("f_type 0x" << QString::number(type, 16).toStdString());
        CHECK(storage::networkFileSystemName(type).isEmpty());
    }
    QTemporaryDir local;
    CHECK(storage::networkFileSystemOf(local.filePath(u"not-yet/office.sqlite"_s)).isEmpty());
}

TEST_CASE("a database on a network file system is refused for writing and says why, reading proceeds", "[networkfs]")
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(u"office.sqlite"_s);
    {
        auto db = Database::open(existing);
        RecordStore(*db).create(RecordKind::Agency, test::agencyJson());
    }
    const QString fresh = dir.filePath(u"share/new.sqlite"_s);
    FakeFileSystem nfs(u"NFS"_s);

    for (const QString &path : {existing, fresh}) {
        const QString message = openError(path, Database::OpenMode::CreateIfMissing);
        INFO(message.toStdString());
        CHECK(message.contains(u"network file system (NFS)"_s));
        CHECK(message.contains(u"shared"_s));
        CHECK(message.contains(u"sync"_s));
        CHECK(message.contains(u"office server"_s));
    }
    CHECK_FALSE(QFileInfo::exists(fresh));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"share"_s)));

    auto reader = Database::open(existing, Database::OpenMode::ReadOnly);
    CHECK(RecordStore(*reader).count(RecordKind::Agency) == 1);
}
