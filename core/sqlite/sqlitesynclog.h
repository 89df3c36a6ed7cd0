#pragma once

#include "storage/synclog.h"

namespace crm {
class SqliteDatabase;
}

namespace crm::storage {

class SqliteSyncLog final : public SyncLog
{
public:
    explicit SqliteSyncLog(SqliteDatabase &db) : m_db(db) {}

    QString info(const QString &key) const override;
    void setInfo(const QString &key, const QString &value) override;

    bool contains(const QString &changeId) const override;
    QString changeAt(const QString &origin, qint64 sequence) const override;
    void store(const SyncLogChange &change) override;
    QList<SyncLogChange> changesNotFrom(const QString &origin) const override;
    std::optional<SyncLogChange> change(const QString &changeId) const override;
    bool hasCreate(const QString &recordId) const override;
    QStringList waitingRecords(RecordKind kind) const override;
    QString newestChangeId() const override;
    qint64 lastSequenceOf(const QString &origin) const override;

    QMap<QString, QList<SyncLogHead>> heads(const QString &recordId) const override;
    QStringList recordsWithSeveralHeads() const override;
    QStringList deletedRecords() const override;
    QList<SyncLogMergeHead> mergeHeads() const override;
    QList<SyncLogRecordRef> recordsMentioning(const QString &id) const override;

    SyncLogKnowledge knowledge() const override;
    void raiseBaseline(const SyncLogKnowledge &known) override;

    QList<SyncLogPeer> peers() const override;
    void savePeer(const SyncLogPeer &peer) override;
    qint64 pendingFor(const QString &replicaId, const SyncLogKnowledge &acknowledged) const override;
    void deferForeignKeys() override;

    bool isPurged(const QString &recordId) const override;
    void markPurged(const QString &recordId) override;
    void forget(const QString &recordId) override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm::storage
