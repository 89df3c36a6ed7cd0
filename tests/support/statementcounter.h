#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace crm::test {

// Counts the SQL statements a connection runs and the rows they return while it lives, through
// sqlite3_trace_v2 on the connection's handle (the counter replaces any other trace on it). It is
// a probe for "how much does one operation read": a test resets it, drives the operation and asks.
class StatementCounter final
{
public:
    struct Statement
    {
        QString sql;      // as prepared, with its placeholders (Qt's driver turns ? into :0, :1...)
        QString expanded; // with the values bound when it started
        int rows = 0;     // rows it returned
    };

    explicit StatementCounter(const QString &connectionName);
    ~StatementCounter();
    StatementCounter(const StatementCounter &) = delete;
    StatementCounter &operator=(const StatementCounter &) = delete;

    void reset() { m_statements.clear(); }
    const QList<Statement> &statements() const { return m_statements; }
    int rows() const;

    // The statements that read the row of one record by its id ("SELECT ... FROM investor WHERE id = ?"
    // bound to that id), existence checks ("SELECT 1 FROM ...") included.
    QList<Statement> readsOf(const QString &table, const QString &id) const;
    // One statement per line, for a test to print what it counted.
    QString describe(const QList<Statement> &statements) const;

private:
    static int trace(unsigned event, void *context, void *p, void *x);

    sqlite3 *m_handle = nullptr;
    QList<Statement> m_statements;
    QList<const void *> m_running; // the statement behind each entry of m_statements
};

} // namespace crm::test
