#pragma once

#include "storage/importlog.h"

namespace crm {
class SqliteDatabase;
}

namespace crm::storage {

class SqliteImportLog final : public ImportLog
{
public:
    explicit SqliteImportLog(SqliteDatabase &db) : m_db(db) {}

    void addBatch(const ImportBatchRow &batch) override;
    void addRecords(const QString &batchId, const QList<ImportBatchRecord> &records) override;
    QList<ImportBatchRow> batches() const override;
    std::optional<ImportBatchRow> batch(const QString &id) const override;
    QList<ImportBatchRecord> records(const QString &batchId) const override;
    void markReverted(const QString &id, const QDateTime &at) override;
    QStringList changedSince(const QString &batchId) const override;
    qint64 lastAuditSequence() const override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm::storage
