#include "backups.h"

#include "domain/clock.h"
#include "domain/error.h"
#include "domain/officerzone.h"
#include "storage/database.h"
#include "storage/filemode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct BackupsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Backups)
};

QString stemOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// The files of this database in its backup folder, with what their names say.
QList<BackupEntry> namedBackups(const QString &databasePath)
{
    const QDir folder(storage::backupFolder(databasePath));
    const QString stem = stemOf(databasePath);
    QList<BackupEntry> entries;
    const QFileInfoList files = folder.entryInfoList({stem + u"-*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (const std::optional<BackupName> name = parseBackupFileName(stem, file.fileName())) {
            entries.append({file.absoluteFilePath(), name->takenUtc, name->reason, file.size(), 0, -1, {}});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const BackupEntry &a, const BackupEntry &b) { return a.takenUtc > b.takenUtc; });
    return entries;
}

const QString kStampFormat = u"yyyyMMdd'T'HHmmss'Z'"_s;
} // namespace

QList<BackupEntry> listBackups(const storage::Engine &engine, const QString &databasePath)
{
    QList<BackupEntry> entries = namedBackups(databasePath);
    for (BackupEntry &entry : entries) {
        try {
            const BackupContents contents = engine.inspectBackup(entry.path, false);
            entry.schemaVersion = contents.schemaVersion;
            entry.records = contents.records;
        } catch (const Error &error) {
            entry.problem = error.message();
        }
    }
    return entries;
}

QString backUp(Database &db, const QString &out, BackupReason reason, const storage::CopyProgress &progress)
{
    QString path = out;
    if (path.isEmpty()) {
        const QString name = backupFileName(stemOf(db.path()), db.clock().nowUtc(), reason);
        path = QDir(storage::backupFolder(db.path())).filePath(name);
    }
    return db.engine().writeBackup(db, path, progress) ? QFileInfo(path).absoluteFilePath() : QString();
}

QString dailyBackupIfDue(Database &db, const storage::CopyProgress &progress, const BackupRotation &rotation)
{
    if (db.isReadOnly()) {
        // Opened read-only (an archive on read-only media): this session changed nothing since the
        // last backup, and the folder beside the file may take no writing.
        return {};
    }
    const QDate today = db.clock().today();
    const QList<BackupEntry> existing = namedBackups(db.path());
    const bool taken = std::any_of(existing.cbegin(), existing.cend(), [&](const BackupEntry &entry) {
        return entry.reason == BackupReason::Daily && toOfficerTime(entry.takenUtc).date() == today;
    });
    if (taken) {
        return {};
    }
    const QString written = backUp(db, {}, BackupReason::Daily, progress);
    if (!written.isEmpty()) {
        rotateBackups(db.path(), db.clock().nowUtc(), rotation);
    }
    return written;
}

QStringList rotateBackups(const QString &databasePath, const QDateTime &nowUtc, const BackupRotation &rotation)
{
    QList<BackupEntry> daily = namedBackups(databasePath);
    daily.removeIf([](const BackupEntry &entry) { return entry.reason != BackupReason::Daily; });
    QList<QDateTime> times;
    for (const BackupEntry &entry : std::as_const(daily)) {
        times << entry.takenUtc;
    }
    const QList<bool> keep = backupsToKeep(times, nowUtc, rotation);
    QStringList removed;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        if (!keep.at(i)) {
            if (!QFile::remove(daily.at(i).path)) {
                throw Error::database(BackupsTr::tr("Could not delete the old backup %1.")
                                          .arg(QDir::toNativeSeparators(daily.at(i).path)));
            }
            removed << daily.at(i).path;
        }
    }
    return removed;
}

std::optional<QString> restoreBackup(const storage::Engine &engine, const QString &databasePath,
                                     const QString &backupPath, const Clock &clock,
                                     const storage::CopyProgress &progress)
{
    const QFileInfo target(databasePath);
    if (QFileInfo(backupPath).absoluteFilePath() == target.absoluteFilePath()) {
        throw Error(
            Error::Kind::Conflict,
            BackupsTr::tr("%1 is the database itself, not a backup of it.").arg(QDir::toNativeSeparators(backupPath)));
    }
    engine.inspectBackup(backupPath, true);            // refuses another file, a newer schema, a damaged one
    storage::makeOwnerOnlyPath(target.absolutePath()); // restoring onto a new machine: the folder may not exist yet
    const QString part = databasePath + u".restoring"_s;
    QFile::remove(part);
    if (!engine.copyBackup(backupPath, part, progress)) {
        return std::nullopt;
    }
    const QString aside = databasePath + u".before-restore-"_s + clock.nowUtc().toUTC().toString(kStampFormat);
    QStringList moved;
    const auto undo = [&] {
        for (const QString &suffix : std::as_const(moved)) {
            QFile::rename(aside + suffix, databasePath + suffix);
        }
        QFile::remove(part);
    };
    // The database with its write-ahead log and index: the three names move together, so the
    // copy kept aside opens with every change it had.
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (!QFileInfo::exists(databasePath + suffix)) {
            continue;
        }
        if (!QFile::rename(databasePath + suffix, aside + suffix)) {
            undo();
            throw Error::database(BackupsTr::tr("Could not move %1 aside; nothing was restored.")
                                      .arg(QDir::toNativeSeparators(databasePath + suffix)));
        }
        moved << suffix;
    }
    if (!QFile::rename(part, databasePath)) {
        undo();
        throw Error::database(
            BackupsTr::tr("Could not write %1; nothing was restored.").arg(QDir::toNativeSeparators(databasePath)));
    }
    if (progress) {
        progress(1, 1);
    }
    return moved.isEmpty() ? std::optional<QString>(QString()) : std::optional<QString>(aside);
}

} // namespace crm
