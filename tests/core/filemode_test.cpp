// Files readable by their owner only: the database with its -wal and -shm, the folders the
// application creates, backups, laptop replicas and sync packages (POSIX; Windows has no modes).
#include "fixtures.h"
#include "services/backups.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqliteengine.h"
#include "storage/backupfolder.h"
#include "storage/database.h"
#include "storage/engine.h"
#include "syncfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace crm;
using namespace Qt::StringLiterals;

#ifndef Q_OS_WIN
namespace {
// The usual umask, under which files are created 0644 and folders 0755 unless the code says otherwise.
struct UsualUmask
{
    mode_t previous = ::umask(022);
    ~UsualUmask() { ::umask(previous); }
};

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// "path: 0600" style, so a failure names the file and what it got.
QString modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return path + u": missing"_s;
    }
    return QFileInfo(path).fileName() + u": "_s + QString::number(st.st_mode & 0777, 8);
}

QString ownerOnly(const QString &path)
{
    return QFileInfo(path).fileName() + (QFileInfo(path).isDir() ? u": 700"_s : u": 600"_s);
}
} // namespace

TEST_CASE("a new database, its -wal and -shm are 0600 and the folders created for it 0700", "[filemode]")
{
    UsualUmask umask;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"data/crm"_s);
    const QString path = folder + u"/office.sqlite"_s;
    auto db = SqliteDatabase::open(path);
    db->records().create(RecordKind::Agency, test::agencyJson());
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s, folder, dir.filePath(u"data"_s)}) {
        CHECK(modeOf(file) == ownerOnly(file));
    }
    CHECK((QFileInfo(path).permissions() & kOthers) == 0);
}

TEST_CASE("a backup and the backup folder it creates are readable by their owner only", "[filemode]")
{
    UsualUmask umask;
    test::TestDatabase office;
    test::makeGraph(office);
    const QString folder = office.dir() + u"/kept/backups"_s;
    const QString backup = backUp(office.db(), folder + u"/copy.sqlite"_s, BackupReason::Manual);
    CHECK(modeOf(backup) == ownerOnly(backup));
    CHECK(modeOf(folder) == ownerOnly(folder));
    CHECK(modeOf(office.dir() + u"/kept"_s) == ownerOnly(office.dir() + u"/kept"_s));

    // A restored database is a new file too.
    const QString restored = office.dir() + u"/restored/office.sqlite"_s;
    REQUIRE(restoreBackup(storage::sqliteEngine(), restored, backup, office.clock()).has_value());
    CHECK(modeOf(restored) == ownerOnly(restored));
    CHECK(modeOf(office.dir() + u"/restored"_s) == ownerOnly(office.dir() + u"/restored"_s));
}

TEST_CASE("a laptop replica and a sync package are readable by their owner only", "[filemode]")
{
    UsualUmask umask;
    test::TestDatabase office;
    test::makeGraph(office);
    test::Laptop laptop(office, u"laptop"_s);
    CHECK(modeOf(laptop.path()) == ownerOnly(laptop.path()));
    laptop.store().create(RecordKind::Agency, test::agencyJson());
    CHECK(modeOf(laptop.path() + u"-wal"_s) == ownerOnly(laptop.path() + u"-wal"_s));

    const QString package = office.dir() + u"/to-laptop.dcrmsync"_s;
    Synchronizer(office.db()).exportTo(u"laptop"_s, package);
    CHECK(modeOf(package) == ownerOnly(package));
    const QString sealed = office.dir() + u"/sealed.dcrmsync"_s;
    laptop.sync().exportTo(u"Office"_s, sealed, u"correct horse"_s);
    CHECK(modeOf(sealed) == ownerOnly(sealed));
}

namespace {
void setMode(const QString &path, mode_t mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}
} // namespace

TEST_CASE("a database from before owner-only files is tightened to 0600 when opened for writing", "[filemode]")
{
    UsualUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"office.sqlite"_s);
    auto writer = SqliteDatabase::open(path);
    writer->records().create(RecordKind::Agency, test::agencyJson());
    const QString backup = backUp(*writer, {}, BackupReason::Manual); // into backups/ beside the file
    const QString keptAside = path + u".before-restore-20240101T000000Z"_s;
    QFile(backup).copy(keptAside);
    // The -wal and -shm stay while a connection is open.
    const QStringList files{path, path + u"-wal"_s, path + u"-shm"_s, backup, keptAside};
    for (const QString &file : files) {
        setMode(file, 0644);
    }

    // A reading session changes nothing, not even the modes.
    SqliteDatabase::open(path, Database::OpenMode::ReadOnly).reset();
    for (const QString &file : files) {
        CHECK(modeOf(file) == QFileInfo(file).fileName() + u": 644"_s);
    }

    SqliteDatabase::open(path, Database::OpenMode::MustExist).reset();
    for (const QString &file : files) {
        CHECK(modeOf(file) == ownerOnly(file));
    }
    // The officer's own folder is theirs to share: it is left as it was.
    CHECK(modeOf(dir.path()) == QFileInfo(dir.path()).fileName() + u": 700"_s);
}

TEST_CASE("a database file of another user is never chmod-ed", "[filemode]")
{
    if (::geteuid() != 0) {
        WARN("needs root to give the file to another user");
        return;
    }
    UsualUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.sqlite"_s);
    SqliteDatabase::open(path).reset();
    setMode(path, 0664);
    REQUIRE(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
    SqliteDatabase::open(path, Database::OpenMode::MustExist).reset();
    CHECK(modeOf(path) == u"shared.sqlite: 664"_s);
}
#endif
