#pragma once

#include "officerzone.h"

#include <QDateTime>

namespace crm {

// Where "now" comes from. Tests and the data generator inject a fixed clock so that dates,
// timelines and follow-ups are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The officer's calendar day in their zone (a stage change entered in Tokyo at 08:00 is dated
    // that day, not the UTC day before); instants are still stored in UTC.
    QDate today() const { return toOfficerTime(nowUtc()).date(); }

    static const Clock &system();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace crm
