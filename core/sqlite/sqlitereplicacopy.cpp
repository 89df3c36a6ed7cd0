#include "sqlitereplicacopy.h"

#include "domain/error.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"
#include "storage/duplicatekeys.h"
#include "storage/searchindex.h"
#include "storage/synclog.h"
#include "tablespec.h"

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {
// The closure of a scope: what the chosen missions, delegates and countries bring with them, in
// an order where each step sees the records the steps before it kept.
const QStringList &closureSteps()
{
    static const QStringList steps{
        u"INSERT OR IGNORE INTO temp.keep SELECT 'mission', mission_id FROM mission_participant WHERE "
        "person_kind = 'delegate' AND person_id IN (SELECT id FROM temp.keep WHERE kind = 'delegate')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'delegate', person_id FROM mission_participant WHERE "
        "person_kind = 'delegate' AND mission_id IN (SELECT id FROM temp.keep WHERE kind = 'mission') AND "
        "person_id IN (SELECT id FROM delegate)"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'meeting', id FROM meeting WHERE mission_id IN "
        "(SELECT id FROM temp.keep WHERE kind = 'mission')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'meeting', meeting_id FROM meeting_attendee WHERE "
        "person_kind = 'delegate' AND person_id IN (SELECT id FROM temp.keep WHERE kind = 'delegate')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'mission', mission_id FROM meeting WHERE mission_id IS NOT NULL "
        "AND id IN (SELECT id FROM temp.keep WHERE kind = 'meeting')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'meeting', meeting_id FROM mission_agenda_item WHERE "
        "meeting_id IS NOT NULL AND mission_id IN (SELECT id FROM temp.keep WHERE kind = 'mission')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'deal', deal_id FROM deal_credit WHERE credited_kind = "
        "'delegate' AND credited_id IN (SELECT id FROM temp.keep WHERE kind = 'delegate')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'investor', investor_id FROM meeting WHERE id IN "
        "(SELECT id FROM temp.keep WHERE kind = 'meeting')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'investor', investor_id FROM deal WHERE id IN "
        "(SELECT id FROM temp.keep WHERE kind = 'deal')"_s,
        u"INSERT OR IGNORE INTO temp.keep WITH RECURSIVE up(id) AS (SELECT parent_id FROM investor WHERE "
        "parent_id IS NOT NULL AND id IN (SELECT id FROM temp.keep WHERE kind = 'investor') UNION SELECT "
        "i.parent_id FROM investor i JOIN up ON i.id = up.id WHERE i.parent_id IS NOT NULL) "
        "SELECT 'investor', id FROM up"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'contact', id FROM contact WHERE investor_id IN "
        "(SELECT id FROM temp.keep WHERE kind = 'investor')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'agency', agency_id FROM delegate WHERE agency_id IS NOT NULL "
        "AND id IN (SELECT id FROM temp.keep WHERE kind = 'delegate')"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'officer', id FROM officer"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'followup', id FROM followup WHERE linked_id IN "
        "(SELECT id FROM temp.keep)"_s,
        u"INSERT OR IGNORE INTO temp.keep SELECT 'note', id FROM note WHERE linked_id IN (SELECT id FROM temp.keep)"_s,
    };
    return steps;
}

QSqlDatabase connectionOf(const SqliteDatabase &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}
} // namespace

void SqliteReplicaCopy::beginTrim()
{
    SqlStatement(connectionOf(m_db), u"PRAGMA foreign_keys = OFF"_s).exec();
}

void SqliteReplicaCopy::endTrim()
{
    const QSqlDatabase db = connectionOf(m_db);
    SqlStatement(db, u"PRAGMA foreign_keys = ON"_s).exec();
    SqlStatement(db, u"VACUUM"_s).exec();
}

void SqliteReplicaCopy::keepScope(const QStringList &missionIds, const QStringList &delegateIds,
                                  const QStringList &countries)
{
    const QSqlDatabase db = connectionOf(m_db);
    SqlStatement(db, u"CREATE TEMP TABLE keep (kind TEXT NOT NULL, id TEXT PRIMARY KEY)"_s).exec();
    SqlStatement chosen(db, u"INSERT OR IGNORE INTO temp.keep(kind, id) VALUES (?, ?)"_s);
    for (const QString &id : missionIds) {
        chosen.bind({u"mission"_s, id}).exec();
    }
    for (const QString &id : delegateIds) {
        chosen.bind({u"delegate"_s, id}).exec();
    }
    for (const QString &code : countries) {
        SqlStatement(db, u"INSERT OR IGNORE INTO temp.keep SELECT 'delegate', id FROM delegate WHERE country = ?"_s)
            .bind(code)
            .exec();
        SqlStatement(db, u"INSERT OR IGNORE INTO temp.keep SELECT 'deal', id FROM deal WHERE host_country = ?"_s)
            .bind(code)
            .exec();
        SqlStatement(db, u"INSERT OR IGNORE INTO temp.keep SELECT 'agency', id FROM agency WHERE country = ?"_s)
            .bind(code)
            .exec();
    }
    for (const QString &step : closureSteps()) {
        SqlStatement(db, step).exec();
    }
    // Import batches are the office file's own history: they name records a laptop may not take, and
    // only the file that imported them can revert them. The copy starts without any.
    SqlStatement(db, u"DELETE FROM import_batch_record"_s).exec();
    SqlStatement(db, u"DELETE FROM import_batch"_s).exec();
}

QStringList SqliteReplicaCopy::outside(RecordKind kind) const
{
    SqlStatement gone(connectionOf(m_db),
                      u"SELECT id FROM "_s + tableSpec(kind).table + u" WHERE id NOT IN (SELECT id FROM temp.keep)"_s);
    gone.exec();
    QStringList ids;
    while (gone.next()) {
        ids << gone.value(0).toString();
    }
    return ids;
}

void SqliteReplicaCopy::remove(RecordKind kind, const QString &id)
{
    const QSqlDatabase db = connectionOf(m_db);
    const TableSpec &spec = tableSpec(kind);
    m_db.search().remove(kind, id);
    m_db.duplicateKeys().remove(kind, id);
    for (const ChildTable &child : spec.children) {
        SqlStatement(db, u"DELETE FROM "_s + child.table + u" WHERE "_s + child.parentColumn + u" = ?"_s)
            .bind(id)
            .exec();
    }
    SqlStatement(db, u"DELETE FROM "_s + spec.table + u" WHERE id = ?"_s).bind(id).exec();
    SqlStatement(db, u"DELETE FROM audit_log WHERE record_id = ?"_s).bind(id).exec();
    m_db.syncLog().forget(id);
}

void SqliteReplicaCopy::liftAuditGuard()
{
    const QSqlDatabase db = connectionOf(m_db);
    SqlStatement guard(db, u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                           "'audit_log_no_delete'"_s);
    guard.exec();
    m_auditGuard = guard.next() ? guard.value(0).toString() : QString();
    guard.query().finish();
    SqlStatement(db, u"DROP TRIGGER IF EXISTS audit_log_no_delete"_s).exec();
}

void SqliteReplicaCopy::restoreAuditGuard()
{
    if (!m_auditGuard.isEmpty()) {
        SqlStatement(connectionOf(m_db), m_auditGuard).exec();
    }
}

std::optional<QString> SqliteReplicaCopy::foreignKeyProblem() const
{
    SqlStatement check(connectionOf(m_db), u"PRAGMA foreign_key_check"_s);
    check.exec();
    if (check.next()) {
        return check.value(2).toString();
    }
    return std::nullopt;
}

void SqliteReplicaCopy::secureDelete()
{
    SqlStatement(connectionOf(m_db), u"PRAGMA secure_delete = ON"_s).exec();
}

} // namespace crm::storage
