#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace crm::bench {

// The dataset of the timeline benchmark: one delegate with a history of about 10,000 events (stays,
// career, missions, meetings since 1995, credited deals with their stages and impact, notes,
// follow-ups) among the background of a generated dataset (50 other delegates, 50,000 other
// meetings), so that the queries must find his rows through the indexes.
struct TimelineDataset
{
    QString path;       // the database file
    QString delegateId; // the delegate with the long history
    qint64 events = 0;  // what Timeline::forDelegate returns for him
    bool reused = false;
    double buildSeconds = 0; // 0 when reused
    QJsonObject facts;       // versions, record counts, file size: kept with the results
};

// Opens DIR/timeline.sqlite, building it first when it is missing or was built by another version
// of this builder or of the schema. Says what it does on log. Throws std::runtime_error (or
// crm::Error from core) when the dataset cannot be built or does not have the expected shape.
TimelineDataset prepareTimelineDataset(const QString &dir, QTextStream &log);

} // namespace crm::bench
