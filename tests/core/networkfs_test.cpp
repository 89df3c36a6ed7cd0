// A database is never written over a network file system: SQLite's write-ahead log needs shared
// memory that NFS, SMB, sshfs and the like do not provide. Reading stays possible.
#include "fixtures.h"
#include "sqlite/sqlitedatabase.h"
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
        SqliteDatabase::open(path, mode);
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
        auto db = SqliteDatabase::open(existing);
        db->records().create(RecordKind::Agency, test::agencyJson());
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

    auto reader = SqliteDatabase::open(existing, Database::OpenMode::ReadOnly);
    CHECK(reader->records().count(RecordKind::Agency) == 1);
}

namespace {
// Lines of /proc/self/mountinfo: this machine's root and a read-only tmpfs, proc(5)'s example, and
// the FUSE mounts of sshfs, rclone, gvfs, ntfs-3g and exfat-fuse as Debian 12 shows them.
const QString kMountInfo = uR"(27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard,resv_strict
45 27 0:40 / /tmp/og-ro ro,relatime - tmpfs tmpfs ro
36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
50 27 0:45 / /home/kt/office rw,nosuid,nodev,relatime shared:100 - fuse.sshfs kt@office.example:/srv/crm rw,user_id=1000,group_id=1000
51 27 0:46 / /home/kt/Drive rw,nosuid,nodev,relatime shared:101 - fuse.rclone gdrive: rw,user_id=1000,group_id=1000
52 27 0:47 / /run/user/1000/gvfs rw,nosuid,nodev,relatime shared:102 - fuse.gvfsd-fuse gvfsd-fuse rw,user_id=1000,group_id=1000
60 27 8:17 / /media/kt/USB\040STICK rw,nosuid,nodev,relatime shared:200 - fuseblk /dev/sdb1 rw,user_id=0,group_id=0,default_permissions,allow_other,blksize=4096
61 27 8:33 / /media/kt/CARD rw,nosuid,nodev,relatime shared:201 - fuseblk /dev/sdc1 rw,user_id=0,group_id=0,allow_other,blksize=4096
62 27 0:48 / /mnt/plain rw,relatime - fuse somefs rw,user_id=0,group_id=0
)"_s;
constexpr quint64 kFuse = 0x65735546;
} // namespace

TEST_CASE("the mount of a device is found in mountinfo, its escaped path read back", "[networkfs]")
{
    const auto root = storage::mountOfDevice(kMountInfo, 254, 0);
    REQUIRE(root);
    CHECK(root->mountPoint == u"/"_s);
    CHECK(root->fsType == u"ext4"_s);
    CHECK(root->source == u"/dev/vda"_s);

    const auto example = storage::mountOfDevice(kMountInfo, 98, 0); // an optional field before "-"
    REQUIRE(example);
    CHECK(example->fsType == u"ext3"_s);
    CHECK(example->source == u"/dev/root"_s);

    const auto stick = storage::mountOfDevice(kMountInfo, 8, 17);
    REQUIRE(stick);
    CHECK(stick->mountPoint == u"/media/kt/USB STICK"_s);
    CHECK(stick->fsType == u"fuseblk"_s);

    const auto sshfs = storage::mountOfDevice(kMountInfo, 0, 45);
    REQUIRE(sshfs);
    CHECK(sshfs->fsType == u"fuse.sshfs"_s);
    CHECK(sshfs->source == u"kt@office.example:/srv/crm"_s);

    CHECK_FALSE(storage::mountOfDevice(kMountInfo, 0, 99));
    CHECK_FALSE(storage::mountOfDevice(u"garbage without fields\n"_s, 0, 0));
}

TEST_CASE("a FUSE disk over a block device is local, a FUSE file system of another computer is network", "[networkfs]")
{
    const auto nameOf = [](quint32 major, quint32 minor) {
        const auto mount = storage::mountOfDevice(kMountInfo, major, minor);
        REQUIRE(mount);
        return storage::networkFileSystemName(kFuse, mount->fsType, mount->source);
    };
    // NTFS and exFAT USB sticks mounted by ntfs-3g and exfat-fuse.
    CHECK(nameOf(8, 17).isEmpty());
    CHECK(nameOf(8, 33).isEmpty());
    CHECK(storage::networkFileSystemName(kFuse, u"fuse.fuse-overlayfs"_s, u"fuse-overlayfs"_s).isEmpty());

    CHECK(nameOf(0, 45).contains(u"sshfs"_s));
    CHECK(nameOf(0, 46).contains(u"rclone"_s));
    CHECK(nameOf(0, 47).contains(u"gvfsd-fuse"_s));
    CHECK(storage::networkFileSystemName(kFuse, u"fuse.s3fs"_s, u"s3fs"_s).contains(u"s3fs"_s));
    // Plain FUSE or an unknown kind without a disk under it: it may be served by another computer.
    CHECK_FALSE(nameOf(0, 48).isEmpty());
    CHECK_FALSE(storage::networkFileSystemName(kFuse, u"fuse.unknownfs"_s, u"unknownfs"_s).isEmpty());

    // Other types keep their statfs verdict, whatever the mount says.
    CHECK(storage::networkFileSystemName(0x6969, u"nfs4"_s, u"server:/export"_s) == u"NFS"_s);
    CHECK(storage::networkFileSystemName(0xEF53, u"ext4"_s, u"/dev/vda"_s).isEmpty());
}
