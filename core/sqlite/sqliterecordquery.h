#pragma once

#include "storage/recordquery.h"

namespace crm {
class SqliteDatabase;
}

namespace crm {

class SqliteRecordQuery final : public RecordQuery
{
public:
    explicit SqliteRecordQuery(SqliteDatabase &db) : m_db(db) {}

    qint64 count(const PageQuery &query) const override;
    QList<QVariantMap> page(const PageQuery &query, qint64 offset, qint64 limit) const override;
    void pages(const PageQuery &query, qint64 pageSize,
               const std::function<bool(const QList<QVariantMap> &)> &visit) const override;
    QList<RelatedGroup> related(RecordKind kind, const QString &id) const override;
    QList<RecordRef> lookup(RecordKind kind, const QString &typed, int limit) const override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm
