#pragma once

#include "rawsqlite.h"

#include <QByteArray>
#include <QString>

namespace crm::bench {

// The baseline of every delegate-timeline operation: the SELECTs of TimelineQuery::forDelegate
// run through the sqlite3 C API, every row and column read. Whatever an operation takes beyond
// this is what the app's layers (Qt Sql, assembly, models, painting) add to the query.
class RawTimeline final
{
public:
    RawTimeline(const QString &path, const QString &delegateId);

    static QString name();
    // Returns the rows read (-1 if the checksum came out empty, which no real timeline gives).
    qint64 read() const;

private:
    RawSqlite m_raw;
    QByteArray m_delegateId;
};

} // namespace crm::bench
