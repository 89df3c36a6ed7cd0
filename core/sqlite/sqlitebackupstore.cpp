#include "sqlitebackupstore.h"

#include "domain/backuprotation.h"
#include "domain/error.h"
#include "migrations.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"
#include "storage/filemode.h"
#include "tablespec.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {
struct BackupStoreTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::BackupStore)
};

// A connection of its own to a file that is not the open database (a backup, or a copy being
// finished); closed and removed when it goes out of scope.
class FileConnection final
{
public:
    FileConnection(const QString &path, bool readOnly)
    {
        static QAtomicInt counter;
        m_name = u"crm-backup-"_s + QString::number(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY"_s : QString());
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = {};
            QSqlDatabase::removeDatabase(m_name);
            throw Error::database(BackupStoreTr::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), text));
        }
    }
    ~FileConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(FileConnection)
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// One number from a PRAGMA or a count; "not a database" and damage surface here as Error.
qint64 readNumber(const QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        throw Error::database(BackupStoreTr::tr("%1 is not a Delegates CRM database, or it is damaged (%2).")
                                  .arg(QDir::toNativeSeparators(path), q.lastError().databaseText()));
    }
    return q.value(0).toLongLong();
}

QString cancelledPart(const QString &path)
{
    return path + u".part"_s;
}
} // namespace

bool writeBackup(SqliteDatabase &db, const QString &path, const CopyProgress &progress)
{
    if (QFileInfo::exists(path)) {
        throw Error(Error::Kind::Conflict,
                    BackupStoreTr::tr("%1 already exists; choose a new file.").arg(QDir::toNativeSeparators(path)));
    }
    const QFileInfo info(path);
    if (!makeOwnerOnlyPath(info.absolutePath())) {
        throw Error::database(
            BackupStoreTr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const QString part = cancelledPart(path);
    QFile::remove(part);
    if (!copyDatabase(QSqlDatabase::database(db.connectionName(), false), part, progress)) {
        return false;
    }
    try {
        // The copy carries the WAL flag of the live file; a backup is one closed file instead.
        FileConnection copy(part, false);
        QSqlQuery q(copy.db());
        if (!q.exec(u"PRAGMA journal_mode = DELETE"_s)) {
            throw Error::database(BackupStoreTr::tr("Could not finish the backup %1: %2")
                                      .arg(QDir::toNativeSeparators(path), q.lastError().text()));
        }
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        throw Error::database(BackupStoreTr::tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

BackupContents inspectBackup(const QString &path, bool checkIntegrity)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        throw Error::database(BackupStoreTr::tr("The file %1 does not exist.").arg(shown));
    }
    if (!info.isFile()) {
        throw Error::database(BackupStoreTr::tr("%1 is not a file.").arg(shown));
    }
    const FileConnection file(path, true);
    const QSqlDatabase db = file.db();
    BackupContents contents;
    contents.schemaVersion = static_cast<int>(readNumber(db, u"PRAGMA user_version"_s, path));
    const qint64 application = readNumber(db, u"PRAGMA application_id"_s, path);
    // An empty file reads as an empty database: version 0, which no Delegates CRM file has.
    if (contents.schemaVersion <= 0 || application != kApplicationId) {
        throw Error::database(BackupStoreTr::tr("%1 is not a Delegates CRM database.").arg(shown));
    }
    if (contents.schemaVersion > SqliteDatabase::latestSchemaVersion()) {
        throw Error::database(BackupStoreTr::tr("%1 was written by a newer version of Delegates CRM (schema %2; this "
                                                "version reads up to schema %3). Update the application first.")
                                  .arg(shown)
                                  .arg(contents.schemaVersion)
                                  .arg(SqliteDatabase::latestSchemaVersion()));
    }
    if (checkIntegrity) {
        QSqlQuery q(db);
        QStringList problems;
        if (!q.exec(u"PRAGMA integrity_check"_s)) {
            problems << q.lastError().databaseText();
        }
        while (q.next()) {
            if (q.value(0).toString() != u"ok"_s) {
                problems << q.value(0).toString();
            }
        }
        if (q.lastError().isValid() && problems.isEmpty()) {
            problems << q.lastError().databaseText();
        }
        if (!problems.isEmpty()) {
            throw Error::database(BackupStoreTr::tr("%1 is damaged (%2); it cannot be restored.")
                                      .arg(shown, problems.mid(0, 3).join(u"; "_s)));
        }
    }
    // Tables of kinds a schema did not have yet are simply not counted.
    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
        throw Error::database(BackupStoreTr::tr("%1 is damaged (%2).").arg(shown, tables.lastError().databaseText()));
    }
    QStringList present;
    while (tables.next()) {
        present << tables.value(0).toString();
    }
    for (RecordKind kind : allRecordKinds()) {
        const QString &table = tableSpec(kind).table;
        if (present.contains(table)) {
            // The table name is ours (the table specs), not user input.
            contents.records += readNumber(db, u"SELECT count(*) FROM "_s + table, path);
        }
    }
    return contents;
}

bool copyBackup(const QString &from, const QString &to, const CopyProgress &progress)
{
    const FileConnection source(from, true);
    return copyDatabase(source.db(), to, progress);
}

void backupBeforeMigration(SqliteDatabase &db)
{
    if (db.path().isEmpty() || db.path() == u":memory:"_s) {
        return;
    }
    const QString stem = QFileInfo(db.path()).completeBaseName();
    const QString name = backupFileName(stem, db.clock().nowUtc(), BackupReason::Migration);
    const QString chosen = backupFolder(db.path());
    try {
        writeBackup(db, QDir(chosen).filePath(name));
        return;
    } catch (const Error &) {
        // A network folder that is not there today must not keep the officer out of the database:
        // the copy goes next to it instead, and only when that fails too is the upgrade refused.
    }
    const QString beside = QFileInfo(db.path()).absoluteDir().filePath(u"backups"_s);
    try {
        writeBackup(db, QDir(beside).filePath(name));
    } catch (const Error &error) {
        throw Error::database(BackupStoreTr::tr("%1 needs an upgrade of its schema, but no backup could be written "
                                                "first, so it was not upgraded: %2")
                                  .arg(QDir::toNativeSeparators(db.path()), error.message()));
    }
}

} // namespace crm::storage
