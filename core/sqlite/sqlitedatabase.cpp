#include "sqlitedatabase.h"

#include "domain/error.h"
#include "migrations.h"
#include "sqliteauditlog.h"
#include "sqlitebackupstore.h"
#include "sqlitebriefingquery.h"
#include "sqlitecreditquery.h"
#include "sqlitedashboardquery.h"
#include "sqliteduplicatekeys.h"
#include "sqliteengine.h"
#include "sqliteerror.h"
#include "sqliteimportlog.h"
#include "sqlitepipelinequery.h"
#include "sqliteratestore.h"
#include "sqliterecordquery.h"
#include "sqliterecordstore.h"
#include "sqlitereplicacopy.h"
#include "sqlitereportquery.h"
#include "sqlitesearchindex.h"
#include "sqlitesynclog.h"
#include "sqlitetimelinequery.h"
#include "sqlstatement.h"
#include "storage/filemode.h"
#include "storage/reportqueries.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <cstring>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct DatabaseTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Database)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"crm-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

// Reads a PRAGMA or a count; a failure says what happened to the file (damaged, locked, ...).
int queryInt(const QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        throw storage::sqliteError(q.lastError(), path);
    }
    return q.value(0).toInt();
}

// Every SQLite file starts with these 16 bytes. Looking at them before SQLite does keeps SQLite
// from treating an empty or short file as a new database it may write to.
void requireSqliteHeader(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        throw Error::database(DatabaseTr::tr("Cannot read %1: %2").arg(file, input.errorString()));
    }
    if (input.size() == 0) {
        throw Error::database(DatabaseTr::tr("%1 is an empty file (0 bytes), not a Delegates CRM database. It has "
                                             "been left as it is; to create a new database, give a path that does "
                                             "not exist yet.")
                                  .arg(file));
    }
    static const QByteArray header("SQLite format 3\0", 16);
    constexpr qint64 kHeaderSize = 100; // SQLite's database header
    if (input.size() < kHeaderSize || input.read(header.size()) != header) {
        throw Error::database(
            DatabaseTr::tr("%1 is not a Delegates CRM database (it is not an SQLite file). It has been left as it is.")
                .arg(file));
    }
}

// WAL keeps its index in memory shared by the programs that open the file; a file system served by
// another computer does not share it, so writers there can damage the file. Reading is safe.
void refuseNetworkFileSystem(const QString &path)
{
    const QString network = storage::networkFileSystemOf(path);
    if (network.isEmpty()) {
        return;
    }
    throw Error::database(
        DatabaseTr::tr("%1 is on a network file system (%2). Delegates CRM does not write to a database over the "
                       "network: SQLite's write-ahead log needs memory shared between the programs using the file, "
                       "which network file systems do not provide, and the file could be damaged. Keep the "
                       "database on this computer's own disk and exchange changes with sync packages, or work on "
                       "the office server's copy from the office server itself. The file can still be opened "
                       "read-only.")
            .arg(QDir::toNativeSeparators(path), network));
}

// A read-only open fails this way when SQLite can create neither the -shm nor the -wal beside the
// file (read-only media, a folder without write access).
bool cannotOpenShared(const QSqlError &error)
{
    const int code = storage::sqliteResultCode(error) & 0xff;
    return code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_IOERR;
}
} // namespace

// The repositories and queries, made once with the connection.
struct SqliteDatabase::Parts
{
    explicit Parts(SqliteDatabase &db)
        : records(db), queries(db), audit(db), rates(db), timeline(db), programme(db), credits(db), pipeline(db),
          dashboard(db), briefing(db), search(db.connectionName()), syncLog(db), replicaCopy(db), imports(db),
          duplicateKeys(db.connectionName()), reports{timeline, programme, credits, pipeline, dashboard, briefing}
    {}
    SqliteRecordStore records;
    SqliteRecordQuery queries;
    SqliteAuditLog audit;
    SqliteRateStore rates;
    SqliteTimelineQuery timeline;
    SqliteReportQuery programme;
    SqliteCreditQuery credits;
    SqlitePipelineQuery pipeline;
    SqliteDashboardQuery dashboard;
    SqliteBriefingQuery briefing;
    storage::SqliteSearchIndex search;
    storage::SqliteSyncLog syncLog;
    storage::SqliteReplicaCopy replicaCopy;
    storage::SqliteImportLog imports;
    storage::SqliteDuplicateKeys duplicateKeys;
    ReportQueries reports;
};

QString SqliteDatabase::readOnlyReason(const QString &path)
{
    return storage::readOnlyReason(storage::writeAccessOf(path));
}

int SqliteDatabase::latestSchemaVersion()
{
    return storage::migrations().constLast().version;
}

QString SqliteDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/delegates-crm.sqlite"_s;
}

SqliteDatabase::SqliteDatabase(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    auto audit = std::make_unique<AuditLogSubscriber>(*this);
    auto search = std::make_unique<storage::SearchIndexSubscriber>(m_connectionName);
    changes().subscribe(audit.get(), ChangeFeed::kAuditOrder);
    changes().subscribe(search.get(), ChangeFeed::kSearchOrder);
    // Derived like the search index, and after it (before the sync log).
    auto duplicateKeys = std::make_unique<storage::DuplicateKeysSubscriber>(m_connectionName);
    changes().subscribe(duplicateKeys.get(), ChangeFeed::kSearchOrder + 1);
    m_storageSubscribers.push_back(std::move(audit));
    m_storageSubscribers.push_back(std::move(search));
    m_storageSubscribers.push_back(std::move(duplicateKeys));
    m_parts = std::make_unique<Parts>(*this);
}

SqliteDatabase::~SqliteDatabase()
{
    storage::dropCachedStatements(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            while (m_depth > 0) {
                rollbackTransaction();
            }
            if (m_wrote) {
                // Gathers the statistics the query planner lacks, for the tables this session used
                // (SQLite's advice for long-lived connections). It writes, so only a session that
                // wrote runs it: a reading session leaves the file exactly as it was.
                QSqlQuery optimize(db);
                optimize.exec(u"PRAGMA optimize"_s);
                optimize.finish();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteDatabase::connect(bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    }
    db.close();
    m_readOnly = readOnly;
    if (immutable) {
        // immutable=1: no locks, no -shm, no -wal; only for a file nobody can change (read-only media).
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                           u"?mode=ro&immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        throw storage::sqliteError(db.lastError(), m_path);
    }
    const QVariant handle = db.driver()->handle();
    m_handle = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    if (sqlite3 *raw = m_handle) {
        // Whatever writes database_info on this connection (sync turned on, a merge, a test's SQL)
        // makes the cached sync flag be read again; PRAGMA data_version covers other connections.
        sqlite3_update_hook(
            raw,
            [](void *self, int, const char *, const char *table, sqlite3_int64) {
                if (std::strcmp(table, "database_info") == 0) {
                    static_cast<SqliteDatabase *>(self)->m_syncEnabled = -1;
                }
            },
            this);
    }
    m_syncEnabled = -1;
}

std::unique_ptr<SqliteDatabase> SqliteDatabase::open(const QString &path, OpenMode mode, int targetVersion)
{
    const QFileInfo info(path);
    const bool existed = info.exists(); // QFileInfo may look again once SQLite has created the file
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (mode != OpenMode::CreateIfMissing && !info.exists()) {
        throw Error::notFound(DatabaseTr::tr("The file %1 does not exist.").arg(path));
    }
    if (info.exists() && info.isDir()) {
        throw Error::database(DatabaseTr::tr("%1 is a folder, not a database file.").arg(path));
    }
    if (info.exists()) {
        requireSqliteHeader(path);
    }
    if (info.exists() && !readOnly) {
        // SQLite would open it and fail at the first save (or, in a read-only folder, at the first
        // read with a terse "disk I/O error"); say so before the officer types anything.
        if (const QString reason = readOnlyReason(path); !reason.isEmpty()) {
            throw Error::database(DatabaseTr::tr("%1 can only be read: %2. Delegates CRM writes to its database: "
                                                 "copy the file to a folder you can write to, or ask for write "
                                                 "access.")
                                      .arg(QDir::toNativeSeparators(path), reason));
        }
    }
    if (!readOnly) {
        refuseNetworkFileSystem(path);
    }
    if (!info.exists()) {
        storage::makeOwnerOnlyPath(info.absolutePath());
    }
    const int latest = latestSchemaVersion();
    if (targetVersion < 0 || targetVersion > latest) {
        targetVersion = latest;
    }

    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(path, nextConnectionName()));
    database->connect(readOnly, false);
    if (!existed) {
        // SQLite has just created the file; its -wal and -shm will take the same owner-only mode.
        storage::restrictDatabaseFiles(path);
    }
    QSqlDatabase db = QSqlDatabase::database(database->m_connectionName, false);

    // Look before touching: switching to WAL or migrating would write to a file we must refuse.
    int version = 0;
    QSqlError probeError;
    {
        QSqlQuery probe(db);
        if (probe.exec(u"PRAGMA user_version"_s) && probe.next()) {
            version = probe.value(0).toInt();
        } else {
            probeError = probe.lastError();
        }
    }
    if (probeError.isValid()) {
        // On read-only media SQLite can create neither -shm nor -wal; without a -wal there is
        // nothing beyond the file itself to read, and an immutable open reads it as it is.
        if (!readOnly || QFileInfo::exists(path + u"-wal"_s) || !cannotOpenShared(probeError)) {
            throw storage::sqliteError(probeError, path);
        }
        database->connect(true, true);
        db = QSqlDatabase::database(database->m_connectionName, false);
        version = queryInt(db, u"PRAGMA user_version"_s, path);
    }
    const int objects = queryInt(db, u"SELECT count(*) FROM sqlite_master"_s, path);
    const int application = queryInt(db, u"PRAGMA application_id"_s, path);
    if ((version == 0 && objects > 0) || (version > 0 && application != storage::kApplicationId)) {
        throw Error::database(
            DatabaseTr::tr("%1 is an SQLite database of another program, not a Delegates CRM database.").arg(path));
    }
    if (version == 0 && existed) {
        throw Error::database(DatabaseTr::tr("%1 is an empty SQLite file, not a Delegates CRM database. It has been "
                                             "left as it is; to create a new database, give a path that does not "
                                             "exist yet.")
                                  .arg(path));
    }
    if (version > latest) {
        throw Error::database(
            DatabaseTr::tr("%1 was written by a newer version of Delegates CRM (schema %2; this version "
                           "reads up to schema %3). It has not been changed; please update the application.")
                .arg(path)
                .arg(version)
                .arg(latest));
    }
    if (readOnly && version < targetVersion) {
        // An older schema cannot be read by this version: upgrade it once through a write open.
        database.reset();
        try {
            open(path, OpenMode::MustExist, targetVersion).reset();
        } catch (const Error &error) {
            throw Error::database(DatabaseTr::tr("%1 was written by an older version of Delegates CRM (schema %2) "
                                                 "and must be upgraded before it can be read: %3")
                                      .arg(path)
                                      .arg(version)
                                      .arg(error.message()));
        }
        return open(path, OpenMode::ReadOnly, targetVersion);
    }
    const QStringList pragmas = readOnly ? storage::dialect::readPragmas() : storage::dialect::openPragmas();
    for (const QString &pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(pragma)) {
            throw storage::sqliteError(q.lastError(), path);
        }
    }
    if (!readOnly) {
        database->migrate(targetVersion);
        if (existed) {
            // Files from before they were made owner-only; a reading session changes nothing.
            storage::tightenDatabaseFiles(path, storage::backupFolder(path));
        }
    }
    return database;
}

void SqliteDatabase::migrate(int targetVersion)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const int current = schemaVersion();
    if (current >= targetVersion) {
        return;
    }
    if (current > 0) {
        storage::backupBeforeMigration(*this); // an upgrade that goes wrong can be undone from it
    }
    Transaction transaction(*this);
    for (const storage::Migration &m : storage::migrations()) {
        if (m.version > current && m.version <= targetVersion) {
            m.apply(db);
        }
    }
    // PRAGMA takes no bound parameters; the number is ours, not user input.
    storage::execScript(db, u"PRAGMA user_version = "_s + QString::number(targetVersion));
    transaction.commit();
}

int SqliteDatabase::schemaVersion() const
{
    return queryInt(QSqlDatabase::database(m_connectionName, false), u"PRAGMA user_version"_s, m_path);
}

qint64 SqliteDatabase::dataVersion() const
{
    storage::SqlStatement q(QSqlDatabase::database(m_connectionName, false), u"PRAGMA data_version"_s);
    q.exec();
    if (!q.next()) {
        throw Error::database(DatabaseTr::tr("Cannot read whether %1 changed.").arg(QDir::toNativeSeparators(m_path)));
    }
    return q.value(0).toLongLong();
}

bool SqliteDatabase::readSyncFlag() const
{
    storage::SqlStatement &flag =
        storage::cachedStatement(m_connectionName, u"SELECT value FROM database_info WHERE key = 'sync_enabled'"_s);
    flag.exec();
    m_syncEnabled = flag.next() && flag.value(0).toString() == u"1"_s ? 1 : 0;
    flag.query().finish();
    return m_syncEnabled == 1;
}

qint64 SqliteDatabase::pagerDataVersion() const
{
    unsigned int version = 0;
    if (!m_handle || sqlite3_file_control(m_handle, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK) {
        return -1;
    }
    return version;
}

bool SqliteDatabase::syncEnabled() const
{
    // Inside a write transaction (BEGIN IMMEDIATE: the pager took in other connections' commits
    // when it began, and none can commit until it ends) the pager's data version says without a
    // statement whether the file changed since the flag was read. It also counts this
    // connection's own commits; commitTransaction() carries the flag over those, since its own
    // writes to database_info clear the flag (the update hook).
    if (m_depth > 0) {
        const qint64 pager = pagerDataVersion();
        if (pager >= 0) {
            if (m_syncEnabled < 0 || pager != m_syncEnabledPager) {
                readSyncFlag();
                m_syncEnabledPager = pager;
            }
            return m_syncEnabled == 1;
        }
    }
    // Outside a transaction the pager has not looked at the file yet: PRAGMA data_version does,
    // and changes only when another connection committed.
    storage::SqlStatement &version = storage::cachedStatement(m_connectionName, u"PRAGMA data_version"_s);
    version.exec();
    const qint64 seen = version.next() ? version.value(0).toLongLong() : -1;
    version.query().finish();
    if (m_syncEnabled < 0 || seen != m_syncEnabledVersion) {
        readSyncFlag();
        m_syncEnabledVersion = seen;
        m_syncEnabledPager = -1;
    }
    return m_syncEnabled == 1;
}

QString SqliteDatabase::replicaId() const
{
    storage::SqlStatement q(QSqlDatabase::database(m_connectionName, false),
                            u"SELECT value FROM database_info WHERE key = 'replica_id'"_s);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

QStringList SqliteDatabase::check() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QStringList problems;
    storage::SqlStatement integrity(db, u"PRAGMA integrity_check"_s);
    integrity.exec();
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok"_s) {
            problems << DatabaseTr::tr("Integrity: %1").arg(line);
        }
    }
    storage::SqlStatement foreignKeys(db, u"PRAGMA foreign_key_check"_s);
    foreignKeys.exec();
    while (foreignKeys.next()) {
        problems << DatabaseTr::tr("Broken link: a row of %1 refers to a missing row of %2")
                        .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString());
    }
    if (schemaVersion() != latestSchemaVersion()) {
        problems << DatabaseTr::tr("Schema version %1, expected %2").arg(schemaVersion()).arg(latestSchemaVersion());
    }
    return problems;
}

void SqliteDatabase::beginTransaction()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    storage::execScript(db,
                        m_depth == 0 ? storage::dialect::beginWrite() : u"SAVEPOINT sp"_s + QString::number(m_depth));
    ++m_depth;
}

void SqliteDatabase::commitTransaction()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const int depth = m_depth - 1;
    // Only a commit that succeeded closes the level: after a failed COMMIT (disk full, busy) the
    // transaction is still open, and the guard's rollback must find the depth unchanged.
    const qint64 pagerBefore = depth == 0 ? pagerDataVersion() : -1;
    storage::execScript(db, depth == 0 ? u"COMMIT"_s : u"RELEASE sp"_s + QString::number(depth));
    // The commit moved the pager's data version on, but changed nothing the flag depends on
    // unless it wrote database_info (then the update hook has cleared the flag).
    if (depth == 0 && m_syncEnabled >= 0 && pagerBefore >= 0 && m_syncEnabledPager == pagerBefore) {
        m_syncEnabledPager = pagerDataVersion();
    }
    m_depth = depth;
    m_wrote = m_wrote || depth == 0;
}

void SqliteDatabase::rollbackTransaction()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    --m_depth;
    // What was read of database_info inside the transaction may be undone now, and a rollback
    // need not move the data versions on.
    m_syncEnabled = -1;
    if (m_depth == 0) {
        storage::execScript(db, u"ROLLBACK"_s);
    } else {
        const QString name = u"sp"_s + QString::number(m_depth);
        storage::execScript(db, u"ROLLBACK TO "_s + name + u"; RELEASE "_s + name);
    }
}

const storage::Engine &SqliteDatabase::engine() const
{
    return storage::sqliteEngine();
}

RecordStore &SqliteDatabase::records() const
{
    return m_parts->records;
}

RecordQuery &SqliteDatabase::queries() const
{
    return m_parts->queries;
}

AuditLog &SqliteDatabase::audit() const
{
    return m_parts->audit;
}

RateStore &SqliteDatabase::rates() const
{
    return m_parts->rates;
}

const ReportQueries &SqliteDatabase::reports() const
{
    return m_parts->reports;
}

storage::SearchIndex &SqliteDatabase::search() const
{
    return m_parts->search;
}

storage::SyncLog &SqliteDatabase::syncLog() const
{
    return m_parts->syncLog;
}

storage::ReplicaCopy &SqliteDatabase::replicaCopy() const
{
    return m_parts->replicaCopy;
}

storage::ImportLog &SqliteDatabase::imports() const
{
    return m_parts->imports;
}

storage::DuplicateKeys &SqliteDatabase::duplicateKeys() const
{
    return m_parts->duplicateKeys;
}

} // namespace crm
