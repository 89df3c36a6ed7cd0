#pragma once

#include "storage/pipelinequery.h"

namespace crm {
class SqliteDatabase;
}

namespace crm {

class SqlitePipelineQuery final : public PipelineQuery
{
public:
    explicit SqlitePipelineQuery(SqliteDatabase &db) : m_db(db) {}

    QList<PipelineRow> rows(const PipelineFilter &filter) const override;

private:
    SqliteDatabase &m_db;
};

} // namespace crm
