#pragma once

#include "harness.h"
#include "rawsqlite.h"
#include "scaledataset.h"

#include <memory>

namespace crm {
class Database;
}

namespace crm::bench {

// Search (issue 7) through the app's crm::Search over the schema 9 index: names as they are typed
// into the search box, one keystroke at a time (1 to 6 characters, Latin and Japanese, every kind),
// and full-text search of notes. The baselines run the same FTS5 trigram queries as
// storage/searchindex.cpp, per kind, through the sqlite3 C API, then read the records the app
// would show (with the title columns of what a note or follow-up is about); what is left is what
// Qt Sql, folding, ranking and building hits add.
class SearchBench final
{
public:
    explicit SearchBench(const ScaleDataset &dataset);
    ~SearchBench();
    Q_DISABLE_COPY_MOVE(SearchBench)

    // False when the file has no search index (a schema before 9): the operations are then not run.
    static bool available(const ScaleDataset &dataset);
    static QStringList operationNames();
    QList<Operation> operations();

private:
    ScaleDataset m_dataset;
    std::unique_ptr<Database> m_db;
    RawSqlite m_raw;
};

} // namespace crm::bench
