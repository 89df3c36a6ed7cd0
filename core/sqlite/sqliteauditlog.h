#pragma once

#include "storage/auditlog.h"

namespace crm {

class SqliteDatabase;

class SqliteAuditLog final : public AuditLog
{
public:
    explicit SqliteAuditLog(SqliteDatabase &db) : m_db(db) {}

    void record(RecordKind kind, const QString &recordId, const QString &action, const QString &field = {},
                const QVariant &oldValue = {}, const QVariant &newValue = {});
    // A change to a row that is not a record (an exchange rate): the table name stands for the
    // kind and rowKey ("JPY 2024") for the id.
    void recordRow(const QString &table, const QString &rowKey, const QString &action, const QString &field = {},
                   const QVariant &oldValue = {}, const QVariant &newValue = {});
    QList<HistoryEntry> history(const QString &recordId) const override;

private:
    friend class AuditLogSubscriber;
    void write(const QDateTime &at, const QString &officerId, const QString &table, const QString &rowKey,
               const QString &action, const QString &field, const QVariant &oldValue, const QVariant &newValue);

    SqliteDatabase &m_db;
};

// Writes each change's lines (Database subscribes it first on every connection): create with the
// record, one update per changed field, delete, restore, and for a purge the lines of what it did
// to other records (update, unlink, purge) before its own.
class AuditLogSubscriber final : public ChangeSubscriber
{
public:
    explicit AuditLogSubscriber(SqliteDatabase &db) : m_log(db) {}
    void onChange(const ChangeEvent &event) override;

private:
    SqliteAuditLog m_log;
};

} // namespace crm
