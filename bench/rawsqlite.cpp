#include "rawsqlite.h"

#include <sqlite3.h>
#include <stdexcept>
#include <string>

namespace crm::bench {

RawSqlite::RawSqlite(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw std::runtime_error("cannot open " + path.toStdString() + ": " + message);
    }
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

qint64 RawSqlite::readAll(const char *sql, const QList<QByteArray> &values, quint64 &checksum) const
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("prepare: ") + sqlite3_errmsg(m_db) + "\n" + sql);
    }
    for (int i = 0; i < values.size(); ++i) {
        sqlite3_bind_text(statement, i + 1, values[i].constData(), static_cast<int>(values[i].size()), SQLITE_STATIC);
    }
    qint64 rows = 0;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        const int columns = sqlite3_column_count(statement);
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

} // namespace crm::bench
