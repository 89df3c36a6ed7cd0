#include "sqliteimportlog.h"

#include "domain/fieldmap.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace crm::storage {
namespace {
const QString kBatchColumns = u"id, kind, file_name, imported_at, officer_id, created, updated, skipped, audit_seq, "
                              "reverted_at"_s;

QSqlDatabase connectionOf(const SqliteDatabase &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDateTime instant(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

ImportBatchRow batchFrom(const SqlStatement &q)
{
    ImportBatchRow row;
    row.id = q.value(0).toString();
    row.kind = q.value(1).toString();
    row.fileName = q.value(2).toString();
    row.importedAt = instant(q.value(3));
    row.officerId = q.value(4).toString();
    row.created = q.value(5).toLongLong();
    row.updated = q.value(6).toLongLong();
    row.skipped = q.value(7).toLongLong();
    row.auditSequence = q.value(8).toLongLong();
    row.revertedAt = instant(q.value(9));
    return row;
}
} // namespace

void SqliteImportLog::addBatch(const ImportBatchRow &batch)
{
    SqlStatement(connectionOf(m_db),
                 u"INSERT INTO import_batch("_s + kBatchColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind({batch.id, batch.kind, batch.fileName, mapvalue::isoInstant(batch.importedAt),
               nullIfEmpty(batch.officerId), batch.created, batch.updated, batch.skipped, batch.auditSequence,
               batch.revertedAt.isValid() ? QVariant(mapvalue::isoInstant(batch.revertedAt)) : QVariant()})
        .exec();
}

void SqliteImportLog::addRecords(const QString &batchId, const QList<ImportBatchRecord> &records)
{
    SqlStatement &insert =
        cachedStatement(m_db.connectionName(),
                        u"INSERT INTO import_batch_record(batch_id, record_id, action, filled) VALUES (?, ?, ?, ?)"_s);
    for (const ImportBatchRecord &record : records) {
        QVariant filled;
        if (!record.created) {
            filled = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(record.filled)).toJson(QJsonDocument::Compact));
        }
        insert.bind({batchId, record.recordId, record.created ? u"create"_s : u"update"_s, filled}).exec();
    }
}

QList<ImportBatchRow> SqliteImportLog::batches() const
{
    SqlStatement q(connectionOf(m_db),
                   u"SELECT "_s + kBatchColumns + u" FROM import_batch ORDER BY imported_at DESC, id DESC"_s);
    q.exec();
    QList<ImportBatchRow> rows;
    while (q.next()) {
        rows << batchFrom(q);
    }
    return rows;
}

std::optional<ImportBatchRow> SqliteImportLog::batch(const QString &id) const
{
    SqlStatement q(connectionOf(m_db), u"SELECT "_s + kBatchColumns + u" FROM import_batch WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return batchFrom(q);
}

QList<ImportBatchRecord> SqliteImportLog::records(const QString &batchId) const
{
    SqlStatement q(connectionOf(m_db), u"SELECT record_id, action, filled FROM import_batch_record "
                                       "WHERE batch_id = ? ORDER BY rowid"_s);
    q.bind(batchId).exec();
    QList<ImportBatchRecord> records;
    while (q.next()) {
        ImportBatchRecord record;
        record.recordId = q.value(0).toString();
        record.created = q.value(1).toString() == u"create"_s;
        const QJsonArray filled = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
        for (const QJsonValue &field : filled) {
            record.filled << field.toString();
        }
        records << record;
    }
    return records;
}

void SqliteImportLog::markReverted(const QString &id, const QDateTime &at)
{
    SqlStatement(connectionOf(m_db), u"UPDATE import_batch SET reverted_at = ? WHERE id = ?"_s)
        .bind({mapvalue::isoInstant(at), id})
        .exec();
}

QStringList SqliteImportLog::changedSince(const QString &batchId) const
{
    SqlStatement q(connectionOf(m_db),
                   u"SELECT r.record_id FROM import_batch_record r JOIN import_batch b ON b.id = r.batch_id "
                   "JOIN audit_log a ON a.record_id = r.record_id AND a.seq > b.audit_seq "
                   "WHERE r.batch_id = ? GROUP BY r.record_id ORDER BY MIN(a.seq)"_s);
    q.bind(batchId).exec();
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
    }
    return ids;
}

qint64 SqliteImportLog::lastAuditSequence() const
{
    SqlStatement q(connectionOf(m_db), u"SELECT COALESCE(MAX(seq), 0) FROM audit_log"_s);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace crm::storage
