#pragma once

#include "changeevent.h"
#include "domain/recordkind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace crm {

class Database;

// One line of a record's history: who changed which field, when, from what to what.
struct HistoryEntry
{
    qint64 sequence = 0;
    QDateTime at; // UTC
    QString officerId;
    QString officerName;
    QString action; // create, update, delete, restore, purge, unlink
    QString field;
    QString oldValue;
    QString newValue;
};

// The append-only audit log; writes happen in the same transaction as the change they describe.
class AuditLog final
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    void record(RecordKind kind, const QString &recordId, const QString &action, const QString &field = {},
                const QVariant &oldValue = {}, const QVariant &newValue = {});
    // A change to a row that is not a record (an exchange rate): the table name stands for the
    // kind and rowKey ("JPY 2024") for the id.
    void recordRow(const QString &table, const QString &rowKey, const QString &action, const QString &field = {},
                   const QVariant &oldValue = {}, const QVariant &newValue = {});
    QList<HistoryEntry> history(const QString &recordId) const;
    // How a field value is written in the log: lists and objects as compact JSON.
    static QVariant text(const QVariant &value);

private:
    friend class AuditLogSubscriber;
    void write(const QDateTime &at, const QString &officerId, const QString &table, const QString &rowKey,
               const QString &action, const QString &field, const QVariant &oldValue, const QVariant &newValue);

    Database &m_db;
};

// Writes each change's lines (Database subscribes it first on every connection): create with the
// record, one update per changed field, delete, restore, and for a purge the lines of what it did
// to other records (update, unlink, purge) before its own.
class AuditLogSubscriber final : public ChangeSubscriber
{
public:
    explicit AuditLogSubscriber(Database &db) : m_log(db) {}
    void onChange(const ChangeEvent &event) override;

private:
    AuditLog m_log;
};

} // namespace crm
