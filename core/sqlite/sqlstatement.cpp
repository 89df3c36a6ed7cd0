#include "sqlstatement.h"

#include "domain/error.h"
#include "sqliteerror.h"
#include "storage/filemode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <memory>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace crm::storage {

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db), m_sql(sql), m_path(fileOfDatabaseName(db.databaseName()))
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        throw sqliteError(m_query.lastError(), m_path);
    }
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    m_query.bindValue(m_nextIndex++, value);
    return *this;
}

SqlStatement &SqlStatement::bind(const QList<QVariant> &values)
{
    for (const QVariant &v : values) {
        bind(v);
    }
    return *this;
}

SqlStatement &SqlStatement::exec()
{
    m_nextIndex = 0;
    if (!m_query.exec()) {
        throw sqliteError(m_query.lastError(), m_path);
    }
    return *this;
}

bool SqlStatement::next()
{
    if (m_query.next()) {
        return true;
    }
    // Qt's driver reports a failed step (SQLITE_CORRUPT, SQLITE_IOERR...) only through lastError();
    // without this check a damaged page looks exactly like the end of the rows.
    if (m_query.lastError().isValid()) {
        const QSqlError error = m_query.lastError();
        m_query.finish();
        throw sqliteError(error, m_path);
    }
    return false;
}

namespace {
using StatementMap = QHash<QString, std::shared_ptr<SqlStatement>>;
QHash<QString, StatementMap> &statementCache()
{
    static QHash<QString, StatementMap> cache; // core is used from the GUI thread only
    return cache;
}
} // namespace

SqlStatement &cachedStatement(const QString &connectionName, const QString &sql)
{
    StatementMap &map = statementCache()[connectionName];
    auto it = map.find(sql);
    if (it == map.end()) {
        it = map.insert(sql, std::make_shared<SqlStatement>(QSqlDatabase::database(connectionName, false), sql));
    }
    return **it;
}

void dropCachedStatements(const QString &connectionName)
{
    statementCache().remove(connectionName);
}

void execScript(const QSqlDatabase &db, const QString &script)
{
    const QVariant handle = db.driver()->handle();
    sqlite3 *raw = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    if (!raw) {
        throw Error::database(QCoreApplication::translate("crm::Database", "The database is not open."));
    }
    char *message = nullptr;
    if (const int rc = sqlite3_exec(raw, script.toUtf8().constData(), nullptr, nullptr, &message); rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw sqliteError(rc, text, fileOfDatabaseName(db.databaseName()));
    }
}

bool copyDatabase(const QSqlDatabase &db, const QString &path, const std::function<bool(qint64, qint64)> &progress)
{
    const QVariant handle = db.driver()->handle();
    sqlite3 *source = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    sqlite3 *target = nullptr;
    const auto fail = [&](const QString &text) {
        sqlite3_close(target);
        QFile::remove(path);
        throw Error::database(QCoreApplication::translate("crm::Database", "Could not copy the database to %1: %2")
                                  .arg(QDir::toNativeSeparators(path), text));
    };
    if (!source) {
        fail(QCoreApplication::translate("crm::Database", "the database is not open"));
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(target)));
    }
    restrictDatabaseFiles(path); // a backup or a laptop's replica holds every confidential record
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        fail(QString::fromUtf8(sqlite3_errmsg(target)));
    }
    int rc = SQLITE_OK;
    bool cancelled = false;
    // 1,024 pages (4 MiB) a step: a progress report every few milliseconds.
    while ((rc = sqlite3_backup_step(backup, 1024)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = true;
            break;
        }
    }
    sqlite3_backup_finish(backup);
    if (cancelled) {
        sqlite3_close(target);
        QFile::remove(path);
        return false;
    }
    if (rc != SQLITE_DONE) {
        fail(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    sqlite3_close(target);
    return true;
}

namespace dialect {
QString beginWrite()
{
    return u"BEGIN IMMEDIATE"_s;
}

QStringList openPragmas()
{
    // synchronous=NORMAL with WAL: a crash of the app or OS never corrupts the file; a power cut can
    // lose the last transactions but not older ones. FULL would fsync every commit and make bulk
    // entry on mission laptops noticeably slower for little gain.
    // temp_store=MEMORY: every record write opens a savepoint whose journal would otherwise go to a
    // temporary file; measured 29-33% less CPU for bulk writes (generate, imports).
    // cache_size: 32 MB instead of 2 MB, so a delegate's rows spread over a large file are read
    // from disk once, not again on each timeline (bench/ saw a quarter of raw SQL time in pread).
    return {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
            u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA cache_size = -32768"_s};
}

QStringList readPragmas()
{
    // journal_mode would write the header of a file not yet in WAL mode; foreign keys and
    // synchronous only matter to writes.
    return {u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA cache_size = -32768"_s};
}
} // namespace dialect

} // namespace crm::storage
