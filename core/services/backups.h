#pragma once

#include "domain/backuprotation.h"
#include "storage/backupfolder.h"
#include "storage/engine.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace crm {

class Clock;
class Database;

// One file in the backup folder.
struct BackupEntry
{
    QString path;
    QDateTime takenUtc;
    BackupReason reason = BackupReason::Manual;
    qint64 bytes = 0;
    int schemaVersion = 0; // 0 when the file could not be read
    qint64 records = -1;   // -1 when the file could not be read
    QString problem;       // why it could not be read, empty when it could
};

// Backups of the database at databasePath in its backup folder, newest first. Reading each
// file's schema and record count is cheap (a count per table); a file that cannot be read is
// listed with its problem rather than hidden.
QList<BackupEntry> listBackups(const storage::Engine &engine, const QString &databasePath);

// Writes a backup of db: to out when given (a new file), otherwise into the backup folder under a
// dated name. Returns the file written, or an empty string when progress cancelled it.
QString backUp(Database &db, const QString &out, BackupReason reason, const storage::CopyProgress &progress = {});

// The backup taken when the app closes: at most one a day (the officer's calendar day, from the
// database's clock), followed by the rotation of the daily backups. Returns the file written, or
// an empty string when today's was already taken, progress cancelled it, or db was opened
// read-only (nothing changed; the folder beside an archive on read-only media takes no files).
QString dailyBackupIfDue(Database &db, const storage::CopyProgress &progress = {}, const BackupRotation &rotation = {});

// Deletes the daily backups that the rotation does not keep at now; returns the files deleted.
QStringList rotateBackups(const QString &databasePath, const QDateTime &nowUtc, const BackupRotation &rotation = {});

// Replaces the database file at databasePath with the backup at backupPath. Nothing may have the
// database open. The backup is checked first (a Delegates CRM database, not from a newer schema,
// PRAGMA integrity_check); the current file is kept aside as
// "<database>.before-restore-<yyyyMMddTHHmmssZ>" (with its -wal and -shm), and its name returned
// (empty when there was no current file). Returns nullopt, with nothing changed, when progress
// cancelled it. Throws crm::Error.
std::optional<QString> restoreBackup(const storage::Engine &engine, const QString &databasePath,
                                     const QString &backupPath, const Clock &clock,
                                     const storage::CopyProgress &progress = {});

} // namespace crm
