#include "backuprotation.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
constexpr auto kStampFormat = "yyyyMMdd'T'HHmmss'Z'";

// Keeps the newest backup of each of the `count` most recent buckets that hold one.
void keepNewestPerBucket(const QList<qsizetype> &newestFirst, const QList<QDateTime> &times, int count,
                         const std::function<qint64(const QDate &)> &bucket, QList<bool> &keep)
{
    QSet<qint64> seen;
    for (qsizetype index : newestFirst) {
        if (seen.size() >= count) {
            return;
        }
        const qint64 key = bucket(times.at(index).toLocalTime().date());
        if (!seen.contains(key)) {
            seen.insert(key);
            keep[index] = true;
        }
    }
}
} // namespace

QList<bool> backupsToKeep(const QList<QDateTime> &times, const QDateTime &now, const BackupRotation &rotation)
{
    QList<bool> keep(times.size(), false);
    QList<qsizetype> order(times.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return times.at(a) > times.at(b); });
    if (!order.isEmpty()) {
        keep[order.first()] = true;
    }
    for (qsizetype i = 0; i < times.size(); ++i) {
        if (!times.at(i).isValid() || times.at(i) > now) {
            keep[i] = true;
        }
    }
    keepNewestPerBucket(
        order, times, rotation.daily, [](const QDate &d) { return d.toJulianDay(); }, keep);
    keepNewestPerBucket(
        order, times, rotation.weekly,
        [](const QDate &d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        keep);
    keepNewestPerBucket(
        order, times, rotation.monthly, [](const QDate &d) { return qint64(d.year()) * 100 + d.month(); }, keep);
    return keep;
}

QString backupReasonName(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return u"daily"_s;
    case BackupReason::Migration:
        return u"migration"_s;
    case BackupReason::Manual:
        break;
    }
    return u"manual"_s;
}

QString backupFileName(const QString &databaseStem, const QDateTime &takenUtc, BackupReason reason)
{
    return databaseStem + u'-' + takenUtc.toUTC().toString(QString::fromLatin1(kStampFormat)) + u'-' +
           backupReasonName(reason) + u".sqlite"_s;
}

std::optional<BackupName> parseBackupFileName(const QString &databaseStem, const QString &fileName)
{
    static const QRegularExpression tail(u"^-(\\d{8}T\\d{6}Z)-(daily|migration|manual)\\.sqlite$"_s);
    if (!fileName.startsWith(databaseStem)) {
        return std::nullopt;
    }
    const QRegularExpressionMatch match = tail.match(QStringView(fileName).mid(databaseStem.size()));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    QDateTime taken = QDateTime::fromString(match.captured(1), QString::fromLatin1(kStampFormat));
    taken.setTimeSpec(Qt::UTC);
    if (!taken.isValid()) {
        return std::nullopt;
    }
    const QString reason = match.captured(2);
    return BackupName{taken, reason == u"daily"_s       ? BackupReason::Daily
                             : reason == u"migration"_s ? BackupReason::Migration
                                                        : BackupReason::Manual};
}

} // namespace crm
