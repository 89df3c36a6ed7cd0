#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace crm {

// How many automatic backups the backup folder keeps: the newest of each of the last `daily`
// days, `weekly` ISO weeks and `monthly` months that have one (grandfather-father-son).
struct BackupRotation
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// Which of the backups taken at `times` (UTC) to keep at `now`; the rest may be deleted. Pure:
// the days, weeks and months are the officer's local calendar. The newest backup is always
// kept, and so is one dated after now (a clock set wrong must not erase what it cannot place).
// Returns one flag per entry of times, in the same order.
QList<bool> backupsToKeep(const QList<QDateTime> &times, const QDateTime &now, const BackupRotation &rotation = {});

// Why a backup was taken; part of its file name.
enum class BackupReason
{
    Daily,     // when the app closes, at most once a day; rotated
    Migration, // before the schema is upgraded; kept
    Manual     // Back Up Now or "backup" without --out; kept
};

// A backup's file name in the backup folder: "<database name>-<yyyyMMddTHHmmssZ>-<reason>.sqlite",
// so that a folder shared by several databases (or machines) still sorts and tells them apart.
QString backupFileName(const QString &databaseStem, const QDateTime &takenUtc, BackupReason reason);

struct BackupName
{
    QDateTime takenUtc;
    BackupReason reason = BackupReason::Manual;
};
// Reads a name written by backupFileName for that database; nullopt for any other file.
std::optional<BackupName> parseBackupFileName(const QString &databaseStem, const QString &fileName);

QString backupReasonName(BackupReason reason); // "daily", "migration", "manual": fixed, for scripts

} // namespace crm
