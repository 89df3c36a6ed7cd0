#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace crm {

class Database;

// What the dashboard reads besides the programme report's deals. Records in the Trash are left out.
class DashboardQuery final
{
public:
    // Open follow-ups of one owner due before a day, counted by how late they are.
    struct OverdueRow
    {
        QString ownerId;
        QString ownerName;   // empty when the owner is unknown
        QList<int> byBucket; // one count per bucket, from the least to the most overdue
    };

    explicit DashboardQuery(Database &db) : m_db(db) {}

    // The host countries of live deals (ISO codes, each once, by code).
    QStringList hostCountries() const;
    // The first and last years with a deal stage change or a dated impact figure; nothing when none.
    std::optional<std::pair<int, int>> activityYears() const;
    // Open follow-ups due before today, per owner. bucketStarts are the first due dates of each
    // bucket but the last, newest first ("due on or after today - 7 days", "... - 30 days", ...);
    // a follow-up due before the last start falls in the last bucket.
    QList<OverdueRow> overdueFollowUps(const QDate &today, const QList<QDate> &bucketStarts) const;

private:
    Database &m_db;
};

} // namespace crm
