#include "filemode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
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
    return networkFileSystemName(static_cast<quint64>(static_cast<unsigned int>(fs.f_type)));
#else
    return {};
#endif
}

void setFileSystemProbeForTesting(std::function<QString(const QString &)> probe)
{
    testProbe() = std::move(probe);
}

} // namespace crm::storage
