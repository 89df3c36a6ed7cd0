#pragma once

#include "storage/replicacopy.h"

namespace crm {
class SqliteDatabase;
}

namespace crm::storage {

class SqliteReplicaCopy final : public ReplicaCopy
{
public:
    explicit SqliteReplicaCopy(SqliteDatabase &db) : m_db(db) {}

    void beginTrim() override;
    void endTrim() override;

    void keepScope(const QStringList &missionIds, const QStringList &delegateIds,
                   const QStringList &countries) override;
    QStringList outside(RecordKind kind) const override;
    void remove(RecordKind kind, const QString &id) override;
    void liftAuditGuard() override;
    void restoreAuditGuard() override;
    std::optional<QString> foreignKeyProblem() const override;

    void secureDelete() override;

private:
    SqliteDatabase &m_db;
    QString m_auditGuard;
};

} // namespace crm::storage
