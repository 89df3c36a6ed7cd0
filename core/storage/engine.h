#pragma once

#include "openmode.h"

#include <QString>
#include <functional>
#include <memory>

namespace crm {

class Database;

// What a backup file holds, read without changing it.
struct BackupContents
{
    int schemaVersion = 0;
    qint64 records = 0; // records of every kind, the Trash included
};

namespace storage {

// Called between steps of a copy with (done, total); false stops it and removes the partial file.
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;

// A database engine: what opens databases and works on whole database files. SQLite is the only one
// today (core/sqlite, reached through crm_session); the layers above see this interface only.
class Engine
{
public:
    virtual ~Engine() = default;

    // Opens (or creates) a database and migrates it to targetVersion (the latest by default; tests
    // ask for older versions to exercise the migration path). Throws crm::Error with a message for
    // the user; the file is left untouched when it is refused. Only a path that does not exist is
    // ever created. ReadOnly opens the file read-only (on read-only media too); a file of an older
    // schema is first upgraded through a write open, the one write a reading session may cause.
    virtual std::unique_ptr<Database> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
                                           int targetVersion = -1) const = 0;
    virtual int latestSchemaVersion() const = 0;
    // Where a program keeps its database when none is named.
    virtual QString defaultPath() const = 0;
    // Why the existing file at path can only be read (read-only media, a file or folder the user may
    // not write to); empty when it can be written.
    virtual QString readOnlyReason(const QString &path) const = 0;

    // Writes a copy of the open database to path (a new file), a closed single file safe to keep on
    // a network drive. Returns false when progress cancelled it (no file is left). Throws crm::Error.
    virtual bool writeBackup(Database &db, const QString &path, const CopyProgress &progress = {}) const = 0;
    // Reads a backup's schema and record count without changing it; throws crm::Error when it is not
    // a Delegates CRM database, comes from a newer schema or (with checkIntegrity) is damaged.
    virtual BackupContents inspectBackup(const QString &path, bool checkIntegrity) const = 0;
    // Copies the backup at from to a new file at to. Returns false when cancelled (no file is left).
    virtual bool copyBackup(const QString &from, const QString &to, const CopyProgress &progress = {}) const = 0;
    // Copies the open database to path as it is (the start of a replica). Returns false when cancelled.
    virtual bool copyDatabase(Database &source, const QString &path, const CopyProgress &progress) const = 0;
};

} // namespace storage
} // namespace crm
