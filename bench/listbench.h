#pragma once

#include "harness.h"
#include "rawsqlite.h"
#include "scaledataset.h"

#include <memory>

namespace crm::ui {
class DatabaseSession;
class RecordListModel;
} // namespace crm::ui

namespace crm::bench {

// The investor list as the window shows it, through the app's own DatabaseSession and
// RecordListModel (count and first page of 200 in SQL, the cells formatted for display): opening
// the file on it, re-sorting by another column and the quick filter. The baselines are the same
// SELECTs, hand-written for the columns the list shows, through the sqlite3 C API.
class ListBench final
{
public:
    explicit ListBench(const ScaleDataset &dataset);
    ~ListBench();
    Q_DISABLE_COPY_MOVE(ListBench)

    static QStringList operationNames();
    QList<Operation> operations();

private:
    ScaleDataset m_dataset;
    RawSqlite m_raw;
    std::unique_ptr<ui::DatabaseSession> m_session; // sort and filter work on this one, kept open
    std::unique_ptr<ui::RecordListModel> m_model;
    // What "open" made in its last run, dropped untimed before the next (closing runs PRAGMA optimize).
    std::unique_ptr<ui::DatabaseSession> m_openSession;
    std::unique_ptr<ui::RecordListModel> m_openModel;
};

} // namespace crm::bench
