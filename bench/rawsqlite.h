#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

namespace crm::bench {

// The baseline side of a benchmark: a connection through the sqlite3 C API on the file the app
// uses, with no Qt in between. Nothing else in the project may talk to SQLite this way.
class RawSqlite final
{
public:
    enum class Mode
    {
        ReadOnly,
        // For the baseline of a save: WAL, synchronous = NORMAL and a busy timeout, as the app opens it.
        ReadWrite
    };

    // Throws std::runtime_error when the file cannot be opened.
    explicit RawSqlite(const QString &path, Mode mode = Mode::ReadOnly);
    ~RawSqlite();
    Q_DISABLE_COPY_MOVE(RawSqlite)

    // Prepares sql, binds the values to ?1, ?2... (texts), steps over every row and reads every
    // column (text as UTF-8, the form SQLite stores). Returns the number of rows; adds the bytes
    // read to checksum so the reads cannot be optimised away. With firstColumn, also keeps the first
    // column of each row there (the ids a baseline reads next).
    qint64 readAll(const char *sql, const QList<QByteArray> &values, quint64 &checksum,
                   QList<QByteArray> *firstColumn = nullptr) const;
    // Runs one statement that returns no rows; returns the rows it changed.
    qint64 exec(const char *sql, const QList<QByteArray> &values = {}) const;
    // Prepares sql once and runs it for each list of values (a bulk write); returns the rows changed.
    qint64 execEach(const char *sql, const QList<QList<QByteArray>> &rows) const;
    // The first column of every row, as UTF-8 (for choosing what to time, not for timing).
    QList<QByteArray> column(const char *sql, const QList<QByteArray> &values = {}) const;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace crm::bench
