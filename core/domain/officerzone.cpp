#include "officerzone.h"

#include <QReadWriteLock>

namespace crm {
namespace {
QReadWriteLock s_lock;
QTimeZone s_chosen; // invalid: the computer's zone, read each time so a change of it is followed
} // namespace

QTimeZone officerZone()
{
    {
        const QReadLocker locker(&s_lock);
        if (s_chosen.isValid()) {
            return s_chosen;
        }
    }
    return QTimeZone::systemTimeZone();
}

void setOfficerZone(const QTimeZone &zone)
{
    const QWriteLocker locker(&s_lock);
    s_chosen = zone.isValid() ? zone : QTimeZone();
}

QDateTime toOfficerTime(const QDateTime &instant)
{
    return instant.isValid() ? instant.toTimeZone(officerZone()) : instant;
}

} // namespace crm
