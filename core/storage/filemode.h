#pragma once

#include <QString>
#include <functional>
#include <optional>

// The one place that speaks POSIX file modes: the officers' records are confidential, so every
// file and folder the application creates is readable by its owner only. On Windows, where files
// inherit the ACL of the user's profile folder, these calls do nothing.
namespace crm::storage {

// A file becomes 0600, a folder 0700. A path that does not exist is left alone.
void restrictToOwner(const QString &path);

// The database with its write-ahead log and shared-memory index, which SQLite creates with the
// mode of the database file itself.
void restrictDatabaseFiles(const QString &databasePath);

// Creates the folder and any missing parents; each folder it creates is 0700, folders that
// existed before are left as they were. Returns false when a folder could not be created.
bool makeOwnerOnlyPath(const QString &folder);

// Files created before the application restricted them (0644 database, -wal and -shm, backups):
// each that the current user owns and that its group or others may read becomes 0600. Called for
// databases opened for writing only; files of another owner are left as they are.
void tightenDatabaseFiles(const QString &databasePath, const QString &backupFolder);

// Read-only media. An archived database on a CD, a write-protected stick or a read-only mount is
// opened read-only by the desktop app rather than refused.

// What the file system says about writing a database file and the journal SQLite keeps beside it.
struct WriteAccess
{
    bool fileWritable = true;
    bool folderWritable = true; // SQLite creates its -wal and -shm beside the file
    bool mountReadOnly = false; // statvfs ST_RDONLY: nobody, root included, may write there
};

// Why a database with these facts can only be read, for the officer ("the file is read-only for
// you"); empty when it can be written.
QString readOnlyReason(const WriteAccess &access);

// The facts for an existing file (on Windows only whether the file itself may be written).
WriteAccess writeAccessOf(const QString &path);

// Tests: replaces the probe behind writeAccessOf; an empty function restores the real one. Tests
// run as root, whom permission bits do not stop, so a read-only session is made through this seam.
void setWriteAccessProbeForTesting(std::function<WriteAccess(const QString &)> probe);

// Network file systems: SQLite's write-ahead log keeps its index in shared memory, which a file
// system served by another computer does not share, so two writers can damage the file.

// The name of the network file system with this Linux statfs f_type ("NFS", "SMB", "FUSE"...),
// empty for a local one.
QString networkFileSystemName(quint64 statfsType);

// The same, told apart by the mount: FUSE serves both network file systems (sshfs, rclone, s3fs,
// gvfs) and local disks (ntfs-3g and exfat-fuse mount a USB stick as "fuseblk" from /dev/sdb1).
// fsType and source are the mount's fields in /proc/self/mountinfo ("fuse.sshfs", "host:/path").
QString networkFileSystemName(quint64 statfsType, const QString &fsType, const QString &source);

// One mount of /proc/self/mountinfo.
struct MountEntry
{
    QString mountPoint;
    QString fsType; // "ext4", "fuseblk", "fuse.sshfs"
    QString source; // "/dev/sdb1", "user@host:/home/user"
};

// The mount whose device is major:minor (stat()'s st_dev) in the text of /proc/self/mountinfo;
// nullopt when none is.
std::optional<MountEntry> mountOfDevice(const QString &mountInfo, quint32 major, quint32 minor);

// The network file system or drive that holds path (or, when path does not exist yet, its nearest
// existing folder); empty when it is local or cannot be known.
QString networkFileSystemOf(const QString &path);

// Tests: replaces the probe behind networkFileSystemOf; an empty function restores the real one.
void setFileSystemProbeForTesting(std::function<QString(const QString &)> probe);

} // namespace crm::storage
