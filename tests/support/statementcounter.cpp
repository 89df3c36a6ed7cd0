#include "statementcounter.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::test {

StatementCounter::StatementCounter(const QString &connectionName)
{
    const QVariant handle = QSqlDatabase::database(connectionName, false).driver()->handle();
    m_handle = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    if (!m_handle) {
        throw std::runtime_error("StatementCounter: the connection is not open");
    }
    sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, &StatementCounter::trace, this);
}

StatementCounter::~StatementCounter()
{
    sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

int StatementCounter::trace(unsigned event, void *context, void *p, void *x)
{
    auto *self = static_cast<StatementCounter *>(context);
    auto *statement = static_cast<sqlite3_stmt *>(p);
    if (event == SQLITE_TRACE_STMT) {
        const char *text = static_cast<const char *>(x);
        if (text && text[0] == '-' && text[1] == '-') {
            return 0; // a trigger's sub-program: part of the statement already counted
        }
        char *expanded = sqlite3_expanded_sql(statement);
        self->m_statements.append({QString::fromUtf8(sqlite3_sql(statement)), QString::fromUtf8(expanded), 0});
        self->m_running.append(statement);
        sqlite3_free(expanded);
    } else if (event == SQLITE_TRACE_ROW) {
        const qsizetype at = self->m_running.lastIndexOf(statement);
        if (at >= 0 && at < self->m_statements.size()) {
            ++self->m_statements[at].rows;
        }
    }
    return 0;
}

int StatementCounter::rows() const
{
    int total = 0;
    for (const Statement &s : m_statements) {
        total += s.rows;
    }
    return total;
}

QList<StatementCounter::Statement> StatementCounter::readsOf(const QString &table, const QString &id) const
{
    const QRegularExpression byId(u"^\\s*SELECT\\b.*\\bFROM\\s+"_s + QRegularExpression::escape(table) +
                                      u"\\b(\\s+\\w+)?\\s+WHERE\\s+(\\w+\\.)?id\\s*=\\s*(\\?|:\\w+)"_s,
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::DotMatchesEverythingOption);
    const QString bound = u"'"_s + id + u"'"_s;
    QList<Statement> reads;
    for (const Statement &s : m_statements) {
        if (byId.match(s.sql).hasMatch() && s.expanded.contains(bound)) {
            reads.append(s);
        }
    }
    return reads;
}

QString StatementCounter::describe(const QList<Statement> &statements) const
{
    QStringList lines;
    for (const Statement &s : statements) {
        lines << u"%1 row(s): %2"_s.arg(s.rows).arg(s.sql.simplified());
    }
    return lines.join(u'\n');
}

} // namespace crm::test
