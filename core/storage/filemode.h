#pragma once

#include <QString>
#include <functional>

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

// Network file systems: SQLite's write-ahead log keeps its index in shared memory, which a file
// system served by another computer does not share, so two writers can damage the file.

// The name of the network file system with this Linux statfs f_type ("NFS", "SMB", "FUSE"...),
// empty for a local one.
QString networkFileSystemName(quint64 statfsType);

// The network file system or drive that holds path (or, when path does not exist yet, its nearest
// existing folder); empty when it is local or cannot be known.
QString networkFileSystemOf(const QString &path);

// Tests: replaces the probe behind networkFileSystemOf; an empty function restores the real one.
void setFileSystemProbeForTesting(std::function<QString(const QString &)> probe);

} // namespace crm::storage
