#pragma once

#include "harness.h"
#include "rawtimeline.h"
#include "timelinedataset.h"

#include <memory>

namespace crm {
class Database;
}

namespace crm::bench {

// The delegate-timeline operations over a prepared dataset. Owns the two connections they use: the
// app's crm::Database and the raw sqlite3 one of the baseline.
class TimelineBench final
{
public:
    explicit TimelineBench(const TimelineDataset &dataset);
    ~TimelineBench();
    Q_DISABLE_COPY_MOVE(TimelineBench)

    static QStringList operationNames();
    QList<Operation> operations() const;

private:
    TimelineDataset m_dataset;
    std::unique_ptr<Database> m_db;
    RawTimeline m_raw;
};

} // namespace crm::bench
