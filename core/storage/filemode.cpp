#include "filemode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/sysmacros.h>
#include <sys/vfs.h>
#endif

using namespace Qt::StringLiterals;

namespace crm::storage {

void restrictToOwner(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        return;
    }
    ::chmod(QFile::encodeName(info.absoluteFilePath()).constData(), info.isDir() ? 0700 : 0600);
#endif
}

void restrictDatabaseFiles(const QString &databasePath)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        restrictToOwner(databasePath + suffix);
    }
}

namespace {
// A file of the current user that its group or others may read or write becomes 0600.
void tightenFile(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
#else
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid() ||
        (st.st_mode & 077) == 0) {
        return;
    }
    ::chmod(native.constData(), 0600);
#endif
}
} // namespace

void tightenDatabaseFiles(const QString &databasePath, const QString &backupFolder)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        tightenFile(databasePath + suffix);
    }
    const QFileInfo database(databasePath);
    // Backups, the files kept aside by a restore, and the replicas' copies named after the database.
    const QDir beside = database.absoluteDir();
    for (const QFileInfo &kept : beside.entryInfoList({database.fileName() + u".before-restore-*"_s}, QDir::Files)) {
        tightenFile(kept.absoluteFilePath());
    }
    if (!backupFolder.isEmpty()) {
        const QDir backups(backupFolder);
        for (const QFileInfo &backup :
             backups.entryInfoList({database.completeBaseName() + u"-*.sqlite"_s}, QDir::Files)) {
            tightenFile(backup.absoluteFilePath());
        }
    }
}

bool makeOwnerOnlyPath(const QString &folder)
{
    QStringList created;
    QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    while (!QFileInfo::exists(path)) {
        created.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path) {
            break;
        }
        path = parent;
    }
    if (!QDir().mkpath(folder)) {
        return false;
    }
    for (const QString &made : std::as_const(created)) {
        restrictToOwner(made);
    }
    return true;
}

namespace {
std::function<QString(const QString &)> &testProbe()
{
    static std::function<QString(const QString &)> probe;
    return probe;
}

QString nearestExisting(const QString &path)
{
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(current)) {
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current) {
            break;
        }
        current = parent;
    }
    return current;
}
} // namespace

QString networkFileSystemName(quint64 statfsType)
{
    switch (statfsType) {
    case 0x6969:
        return u"NFS"_s;
    case 0x517B:
        return u"SMB"_s;
    case 0xFF534D42:
        return u"CIFS"_s;
    case 0xFE534D42:
        return u"SMB2"_s;
    case 0x65735546:
        return QCoreApplication::translate("crm::Database", "FUSE (sshfs or another user-space file system)");
    case 0x5346414F:
        return u"AFS"_s;
    case 0x6B414653:
        return u"AFS (kAFS)"_s;
    case 0x73757245:
        return u"Coda"_s;
    case 0x01021997:
        return u"9P"_s;
    case 0x00C36400:
        return u"Ceph"_s;
    case 0x564C:
        return u"NCP"_s;
    case 0x0BD00BD0:
        return u"Lustre"_s;
    default:
        return {};
    }
}

QString readOnlyReason(const WriteAccess &access)
{
    if (access.mountReadOnly) {
        return QCoreApplication::translate("crm::Database",
                                           "it is on read-only media (a disc, a write-protected stick or a "
                                           "read-only mount)");
    }
    if (!access.fileWritable) {
        return QCoreApplication::translate("crm::Database", "the file is read-only for you");
    }
    if (!access.folderWritable) {
        return QCoreApplication::translate("crm::Database",
                                           "its folder is read-only for you, and the database keeps its journal "
                                           "beside the file");
    }
    return {};
}

namespace {
std::function<WriteAccess(const QString &)> &writeProbe()
{
    static std::function<WriteAccess(const QString &)> probe;
    return probe;
}
} // namespace

WriteAccess writeAccessOf(const QString &path)
{
    if (writeProbe()) {
        return writeProbe()(path);
    }
    WriteAccess access;
    const QFileInfo info(path);
#ifdef Q_OS_WIN
    access.fileWritable = info.isWritable();
#else
    // access() rather than the mode bits: it knows the user's groups, ACLs and read-only mounts.
    access.fileWritable = ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) == 0;
    access.folderWritable = ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
    struct statvfs fs
    {
    };
    access.mountReadOnly =
        ::statvfs(QFile::encodeName(info.absoluteFilePath()).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0;
#endif
    return access;
}

void setWriteAccessProbeForTesting(std::function<WriteAccess(const QString &)> probe)
{
    writeProbe() = std::move(probe);
}

namespace {
constexpr quint64 kFuseMagic = 0x65735546;

// mountinfo escapes a space, a tab, a newline and a backslash in paths as octal (\040).
QString unescapeMountField(const QString &field)
{
    QString out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == u'\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += QChar(code);
                i += 3;
                continue;
            }
        }
        out += field.at(i);
    }
    return out;
}
} // namespace

std::optional<MountEntry> mountOfDevice(const QString &mountInfo, quint32 major, quint32 minor)
{
    const QString device = QString::number(major) + u':' + QString::number(minor);
    std::optional<MountEntry> found;
    for (const QStringView line : QStringView(mountInfo).split(u'\n', Qt::SkipEmptyParts)) {
        // id parent major:minor root mount-point options [optional fields...] - fstype source super-options
        const QList<QStringView> fields = line.split(u' ', Qt::SkipEmptyParts);
        const qsizetype separator = fields.indexOf(u"-");
        if (fields.size() < 5 || separator < 5 || separator + 2 >= fields.size() || fields.at(2) != device) {
            continue;
        }
        // A later mount of the same device is the one on top.
        found = MountEntry{unescapeMountField(fields.at(4).toString()), fields.at(separator + 1).toString(),
                           unescapeMountField(fields.at(separator + 2).toString())};
    }
    return found;
}

QString networkFileSystemName(quint64 statfsType, const QString &fsType, const QString &source)
{
    if (statfsType != kFuseMagic) {
        return networkFileSystemName(statfsType);
    }
    // A FUSE file system over a block device is a local disk: ntfs-3g and exfat-fuse (fuseblk).
    if (fsType == u"fuseblk"_s || source.startsWith(u"/dev/"_s)) {
        return {};
    }
    // Local FUSE file systems that are not over a block device.
    static const QStringList local = {u"fuse.fuse-overlayfs"_s, u"fuse.ntfs-3g"_s, u"fuse.lowntfs-3g"_s,
                                      u"fuse.exfat"_s};
    if (local.contains(fsType)) {
        return {};
    }
    static const QStringList network = {u"fuse.sshfs"_s,      u"fuse.rclone"_s,    u"fuse.s3fs"_s,
                                        u"fuse.gvfsd-fuse"_s, u"fuse.davfs"_s,     u"fuse.gcsfuse"_s,
                                        u"fuse.goofys"_s,     u"fuse.glusterfs"_s, u"fuse.ceph-fuse"_s,
                                        u"fuse.curlftpfs"_s,  u"fuse.smbnetfs"_s};
    if (network.contains(fsType)) {
        return QCoreApplication::translate("crm::Database", "%1 (FUSE)").arg(fsType.mid(5));
    }
    // Any other user-space file system without a disk under it may be served by another computer.
    return networkFileSystemName(statfsType);
}

QString networkFileSystemOf(const QString &path)
{
    const QString existing = nearestExisting(path);
    if (testProbe()) {
        return testProbe()(existing);
    }
#if defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(existing);
    if (native.startsWith(u"\\\\"_s)) {
        return QCoreApplication::translate("crm::Database", "a network share"); // \\server\share
    }
    const QString root = native.left(3); // "C:\"
    if (GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE) {
        return QCoreApplication::translate("crm::Database", "a network drive");
    }
    return {};
#elif defined(Q_OS_LINUX)
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(existing).constData(), &fs) != 0) {
        return {};
    }
    const auto type = static_cast<quint64>(static_cast<unsigned int>(fs.f_type));
    if (type != kFuseMagic) {
        return networkFileSystemName(type);
    }
    struct stat st
    {
    };
    QFile mountInfo(u"/proc/self/mountinfo"_s);
    if (::stat(QFile::encodeName(existing).constData(), &st) != 0 || !mountInfo.open(QIODevice::ReadOnly)) {
        return networkFileSystemName(type);
    }
    const std::optional<MountEntry> mount =
        mountOfDevice(QString::fromUtf8(mountInfo.readAll()), ::major(st.st_dev), ::minor(st.st_dev));
    return mount ? networkFileSystemName(type, mount->fsType, mount->source) : networkFileSystemName(type);
#else
    return {};
#endif
}

void setFileSystemProbeForTesting(std::function<QString(const QString &)> probe)
{
    testProbe() = std::move(probe);
}

} // namespace crm::storage
