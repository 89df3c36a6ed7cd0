#include "rawsqlite.h"

#include <sqlite3.h>
#include <stdexcept>
#include <string>

namespace crm::bench {

namespace {

// Prepares sql and binds the values to ?1, ?2... as texts; the caller finalizes.
sqlite3_stmt *prepare(sqlite3 *db, const char *sql, const QList<QByteArray> &values)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("prepare: ") + sqlite3_errmsg(db) + "\n" + sql);
    }
    for (int i = 0; i < values.size(); ++i) {
        sqlite3_bind_text(statement, i + 1, values[i].constData(), static_cast<int>(values[i].size()), SQLITE_STATIC);
    }
    return statement;
}

} // namespace

RawSqlite::RawSqlite(const QString &path, Mode mode)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw std::runtime_error("cannot open " + path.toStdString() + ": " + message);
    }
    // The app's connection settings that change how fast a read or a write is (storage::dialect::
    // openPragmas()): a baseline with SQLite's 2 MB default cache would re-read pages the app keeps.
    exec("PRAGMA cache_size = -32768");
    exec("PRAGMA temp_store = MEMORY");
    if (mode == Mode::ReadWrite) {
        sqlite3_busy_timeout(m_db, 5000);
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = NORMAL");
    }
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

qint64 RawSqlite::readAll(const char *sql, const QList<QByteArray> &values, quint64 &checksum,
                          QList<QByteArray> *firstColumn) const
{
    sqlite3_stmt *statement = prepare(m_db, sql, values);
    qint64 rows = 0;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        const int columns = sqlite3_column_count(statement);
        if (firstColumn) {
            firstColumn->append(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                                           sqlite3_column_bytes(statement, 0)));
        }
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_NULL:
                break;
            case SQLITE_INTEGER:
                checksum += static_cast<quint64>(sqlite3_column_int64(statement, c));
                break;
            default: {
                const unsigned char *text = sqlite3_column_text(statement, c);
                const int bytes = sqlite3_column_bytes(statement, c);
                checksum += static_cast<quint64>(bytes) + (bytes > 0 ? text[bytes - 1] : 0);
                break;
            }
            }
        }
        ++rows;
    }
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) {
        throw std::runtime_error(std::string("step: ") + sqlite3_errmsg(m_db));
    }
    return rows;
}

qint64 RawSqlite::exec(const char *sql, const QList<QByteArray> &values) const
{
    sqlite3_stmt *statement = prepare(m_db, sql, values);
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) {
        throw std::runtime_error(std::string("step: ") + sqlite3_errmsg(m_db) + "\n" + sql);
    }
    return sqlite3_changes64(m_db);
}

qint64 RawSqlite::execEach(const char *sql, const QList<QList<QByteArray>> &rows) const
{
    sqlite3_stmt *statement = prepare(m_db, sql, {});
    qint64 changed = 0;
    for (const QList<QByteArray> &values : rows) {
        sqlite3_reset(statement);
        for (int i = 0; i < values.size(); ++i) {
            sqlite3_bind_text(statement, i + 1, values[i].constData(), static_cast<int>(values[i].size()),
                              SQLITE_STATIC);
        }
        if (sqlite3_step(statement) != SQLITE_DONE) {
            const std::string message = sqlite3_errmsg(m_db);
            sqlite3_finalize(statement);
            throw std::runtime_error("step: " + message + "\n" + sql);
        }
        changed += sqlite3_changes64(m_db);
    }
    sqlite3_finalize(statement);
    return changed;
}

QList<QByteArray> RawSqlite::column(const char *sql, const QList<QByteArray> &values) const
{
    sqlite3_stmt *statement = prepare(m_db, sql, values);
    QList<QByteArray> result;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        result << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                             sqlite3_column_bytes(statement, 0));
    }
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) {
        throw std::runtime_error(std::string("step: ") + sqlite3_errmsg(m_db) + "\n" + sql);
    }
    return result;
}

} // namespace crm::bench
