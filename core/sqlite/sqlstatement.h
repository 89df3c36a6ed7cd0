#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace crm::storage {

// A prepared statement that throws crm::Error instead of returning an unchecked bool: a step that
// stops on an error (a damaged page, an I/O error) throws rather than looking like the last row.
// Internal to core/storage: no other layer sees QSql types.
class SqlStatement final
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    SqlStatement &bind(const QVariant &value);
    SqlStatement &bind(const QList<QVariant> &values);
    SqlStatement &exec();
    // The next row; false at the real end of the rows, crm::Error when reading failed.
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    QSqlQuery &query() { return m_query; }
    int numRowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_path; // the file, for messages
    int m_nextIndex = 0;
};

// A statement prepared once per connection and reused: bulk writes (import, generate) prepare nothing twice.
SqlStatement &cachedStatement(const QString &connectionName, const QString &sql);
// Forgets the connection's statements; the database calls this before it closes.
void dropCachedStatements(const QString &connectionName);

// Runs a script of several statements (a migration) through SQLite itself.
void execScript(const QSqlDatabase &db, const QString &script);
// Copies the open database to a new file at path, page by page through SQLite's online backup,
// calling progress(pages copied, pages in all) between steps; false from progress stops it and
// removes the file. Returns whether the copy is complete. Throws crm::Error when it fails.
bool copyDatabase(const QSqlDatabase &db, const QString &path, const std::function<bool(qint64, qint64)> &progress);
// SQLite-specific statements live here so that a second dialect (PostgreSQL) has one place to change.
namespace dialect {
QString beginWrite();      // BEGIN IMMEDIATE: takes the write lock up front, no deadlock upgrade later
QStringList openPragmas(); // foreign keys, WAL, synchronous
QStringList readPragmas(); // for a read-only connection: none of them writes
} // namespace dialect

} // namespace crm::storage
