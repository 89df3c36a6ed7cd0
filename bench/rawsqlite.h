#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

namespace crm::bench {

// The baseline side of a benchmark: a read-only connection through the sqlite3 C API on the file
// the app uses, with no Qt in between. Nothing else in the project may talk to SQLite this way.
class RawSqlite final
{
public:
    // Throws std::runtime_error when the file cannot be opened.
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    Q_DISABLE_COPY_MOVE(RawSqlite)

    // Prepares sql, binds the values to ?1, ?2... (texts), steps over every row and reads every
    // column (text as UTF-8, the form SQLite stores). Returns the number of rows; adds the bytes
    // read to checksum so the reads cannot be optimised away.
    qint64 readAll(const char *sql, const QList<QByteArray> &values, quint64 &checksum) const;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace crm::bench
