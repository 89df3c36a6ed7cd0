#pragma once

#include "storage/backupfolder.h"
#include "storage/engine.h"

#include <QString>

namespace crm {

class SqliteDatabase;

namespace storage {

// Writes a copy of the open database to path (a new file) through SQLite's online backup, page by
// page (the mechanism that prepares mission laptops), and leaves it a closed single file with no
// write-ahead log, safe to keep on a network drive or a synced folder. Returns false when progress
// cancelled it (no file is left). Throws crm::Error.
bool writeBackup(SqliteDatabase &db, const QString &path, const CopyProgress &progress = {});

// Opens a file read-only and reads its schema and record count. Throws crm::Error (Database) when
// it is not a Delegates CRM database, comes from a newer schema, or (with checkIntegrity) fails
// PRAGMA integrity_check; the message names the file and says what is wrong.
BackupContents inspectBackup(const QString &path, bool checkIntegrity);

// Copies the backup at from to a new file at to, through the same online backup. Returns false
// when cancelled (no file is left).
bool copyBackup(const QString &from, const QString &to, const CopyProgress &progress = {});

// Called by Database before it upgrades a file's schema: a copy in the backup folder (or, when
// that folder cannot be written, next to the database). Throws crm::Error when no copy could be
// written, so that the upgrade does not happen without one.
void backupBeforeMigration(SqliteDatabase &db);

} // namespace storage
} // namespace crm
