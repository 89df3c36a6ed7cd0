#pragma once

#include "storage/changeevent.h"
#include "storage/duplicatekeys.h"

namespace crm::storage {

// DuplicateKeys on the match_key table (0015_match_key.sql).
class SqliteDuplicateKeys final : public DuplicateKeys
{
public:
    explicit SqliteDuplicateKeys(QString connectionName);

    void put(RecordKind kind, const QString &id, const QVariantMap &stored) override;
    void remove(RecordKind kind, const QString &id) override;
    QList<StoredMatchKey> lookup(RecordKind kind, const QStringList &keys, const QString &excludeId,
                                 int cap) const override;
    void forEachShared(RecordKind kind, int maxShared, const std::function<void(qint64 total)> &start,
                       const std::function<bool(const QList<StoredMatchKey> &rows)> &visit) const override;
    QHash<QString, QString> titles(RecordKind kind, const QStringList &ids) const override;

    // For the migration filling the table: adds the keys of a record known to have none.
    void append(RecordKind kind, const QString &id, const QVariantMap &stored);

private:
    QString m_connection;
};

// Keeps match_key in step with every change (Database subscribes it after the search index): live
// records' keys in, records in the Trash, purged or merged away out. It reads only before and after,
// so actions added later (a merge: after empty; an unmerge: after the record) need nothing here.
class DuplicateKeysSubscriber final : public ChangeSubscriber
{
public:
    explicit DuplicateKeysSubscriber(const QString &connectionName)
        : m_connection(connectionName), m_keys(connectionName)
    {}
    void onChange(const ChangeEvent &event) override;

private:
    // A file opened at an older schema (tests of upgrades write at schema 9 or 10) has no match_key
    // table yet: its changes are keyed by the migration that adds it.
    bool tableExists();

    QString m_connection;
    SqliteDuplicateKeys m_keys;
    bool m_tableExists = false; // known once true; asked again while false
};

} // namespace crm::storage
