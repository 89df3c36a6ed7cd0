#include "hybridclock.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {

QString HlcTimestamp::toString() const
{
    return u"%1-%2-%3"_s.arg(millis, 16, 10, QChar(u'0')).arg(counter, 8, 16, QChar(u'0')).arg(replica);
}

std::optional<HlcTimestamp> HlcTimestamp::fromString(const QString &text)
{
    static const QRegularExpression form(u"^(\\d{16})-([0-9a-f]{8})-([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$"_s);
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool millisOk = false;
    bool counterOk = false;
    HlcTimestamp t{match.captured(1).toLongLong(&millisOk), match.captured(2).toUInt(&counterOk, 16),
                   match.captured(3)};
    if (!millisOk || !counterOk) {
        return std::nullopt;
    }
    return t;
}

std::strong_ordering HlcTimestamp::operator<=>(const HlcTimestamp &other) const
{
    if (const auto order = millis <=> other.millis; order != 0) {
        return order;
    }
    if (const auto order = counter <=> other.counter; order != 0) {
        return order;
    }
    const int replicas = replica.compare(other.replica);
    return replicas < 0 ? std::strong_ordering::less
                        : (replicas > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

HybridClock::HybridClock(const Clock &wall, QString replica, std::optional<HlcTimestamp> last)
    : m_wall(wall), m_replica(std::move(replica))
{
    if (last) {
        m_millis = last->millis;
        m_counter = last->counter;
    }
}

HlcTimestamp HybridClock::tick()
{
    const qint64 wall = m_wall.nowUtc().toMSecsSinceEpoch();
    if (wall > m_millis) {
        m_millis = wall;
        m_counter = 0;
    } else {
        ++m_counter; // the same millisecond, or the wall clock is behind what was seen: count on
    }
    return last();
}

void HybridClock::receive(const HlcTimestamp &remote)
{
    const qint64 wall = m_wall.nowUtc().toMSecsSinceEpoch();
    const qint64 millis = std::max({m_millis, remote.millis, wall});
    if (millis == m_millis && millis == remote.millis) {
        m_counter = std::max(m_counter, remote.counter) + 1;
    } else if (millis == m_millis) {
        ++m_counter;
    } else if (millis == remote.millis) {
        m_counter = remote.counter + 1;
    } else {
        m_counter = 0;
    }
    m_millis = millis;
}

} // namespace crm
