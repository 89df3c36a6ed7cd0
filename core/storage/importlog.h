#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace crm::storage {

// One import batch as it is kept: what was read, by whom and when, what it did, and the highest audit
// sequence at its end, after which any audit line for one of its records means that record changed.
struct ImportBatchRow
{
    QString id;
    QString kind; // kindName()
    QString fileName;
    QDateTime importedAt; // UTC
    QString officerId;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 auditSequence = 0;
    QDateTime revertedAt; // UTC; invalid unless reverted
};

// What a batch did to one record: created it, or filled the fields named.
struct ImportBatchRecord
{
    QString recordId;
    bool created = true;
    QStringList filled; // JSON names; update only
};

// The SQL of the import batches (schema 13). Batches are this file's own history: they are not
// synced, and a replica's copy starts without them. Writes join the caller's transaction.
class ImportLog
{
public:
    virtual ~ImportLog() = default;

    virtual void addBatch(const ImportBatchRow &batch) = 0;
    virtual void addRecords(const QString &batchId, const QList<ImportBatchRecord> &records) = 0;
    // Newest first.
    virtual QList<ImportBatchRow> batches() const = 0;
    virtual std::optional<ImportBatchRow> batch(const QString &id) const = 0;
    virtual QList<ImportBatchRecord> records(const QString &batchId) const = 0;
    virtual void markReverted(const QString &id, const QDateTime &at) = 0;
    // The records of the batch with an audit line numbered above its auditSequence, in the order of
    // their first such line.
    virtual QStringList changedSince(const QString &batchId) const = 0;
    // The highest audit sequence written so far (0 for an empty log).
    virtual qint64 lastAuditSequence() const = 0;

protected:
    ImportLog() = default;
};

} // namespace crm::storage
