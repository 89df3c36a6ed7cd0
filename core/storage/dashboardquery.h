#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace crm {

// What the dashboard reads besides the programme report's deals. Records in the Trash are left out.
class DashboardQuery
{
public:
    struct OverdueRow
    {
        QString ownerId;
        QString ownerName;   // empty when the owner is unknown
        QList<int> byBucket; // one count per bucket, from the least to the most overdue
    };

    virtual ~DashboardQuery() = default;

    // Open follow-ups of one owner due before a day, counted by how late they are.

    // The host countries of live deals (ISO codes, each once, by code).
    virtual QStringList hostCountries() const = 0;
    // The first and last years with a deal stage change or a dated impact figure; nothing when none.
    virtual std::optional<std::pair<int, int>> activityYears() const = 0;
    // Open follow-ups due before today, per owner. bucketStarts are the first due dates of each
    // bucket but the last, newest first ("due on or after today - 7 days", "... - 30 days", ...);
    // a follow-up due before the last start falls in the last bucket.
    virtual QList<OverdueRow> overdueFollowUps(const QDate &today, const QList<QDate> &bucketStarts) const = 0;

protected:
    DashboardQuery() = default;
};

} // namespace crm
