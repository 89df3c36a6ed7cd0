#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace crm::bench {

// A database made by `delegates-crm-cli generate --scale N` (bench/run keeps S, N = 10,000, and M,
// N = 100,000, in its cache), with the records the operations work on chosen from it.
struct ScaleDataset
{
    QString name; // "S", "M": the label in the table
    QString path;
    // For "open a record": the investor with the most meetings first, then others spread over the
    // table; delegates spread the same way. The runs go round them.
    QStringList investorIds;
    QStringList delegateIds;
    QString officerId;         // the author of the most notes
    QString briefingMeetingId; // the latest meeting of the busiest investor
    QJsonObject facts;         // file size, schema, record counts, the records chosen
};

// Opens the file once through the app (which brings its schema up to date: a copied older file is
// migrated here, untimed, and says so on log), then chooses the records. Throws
// std::runtime_error (or crm::Error from core) when the file is missing or has too few records.
ScaleDataset prepareScaleDataset(const QString &name, const QString &path, QTextStream &log);

} // namespace crm::bench
