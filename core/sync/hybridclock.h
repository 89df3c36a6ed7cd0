#pragma once

#include "domain/clock.h"

#include <QString>
#include <compare>
#include <optional>

namespace crm {

// When a change was made, in a way every replica orders alike (a hybrid logical clock, after
// Kulkarni et al., 2014): the wall time in milliseconds, a counter for changes within one
// millisecond or made behind a peer whose clock runs ahead, and the replica that made it as the
// last tie-break. Two edits of one field on two laptops are then ordered the same way on every
// replica, whatever each laptop's clock says, and a change made after one received from a peer
// always comes after it.
struct HlcTimestamp
{
    qint64 millis = 0; // milliseconds since 1970-01-01 UTC
    quint32 counter = 0;
    QString replica; // the replica id (a lowercase UUID)

    // "0001764441600000-0000000a-<replica>": fixed width, so the text sorts as the timestamp does
    // (the form a sync package and the change log store).
    QString toString() const;
    // nullopt for text that is not a timestamp of this form.
    static std::optional<HlcTimestamp> fromString(const QString &text);

    std::strong_ordering operator<=>(const HlcTimestamp &other) const;
    bool operator==(const HlcTimestamp &other) const = default;
};

// The clock of one replica. Not thread-safe: one per database connection.
class HybridClock final
{
public:
    // last: the newest timestamp this replica has made or seen, so that a clock set back between
    // two sessions still moves forward.
    HybridClock(const Clock &wall, QString replica, std::optional<HlcTimestamp> last = std::nullopt);

    // The timestamp of a change made here now: later than every timestamp made or seen so far.
    HlcTimestamp tick();
    // Takes in the timestamp of a change received from a peer; the next tick() comes after it.
    void receive(const HlcTimestamp &remote);
    HlcTimestamp last() const { return {m_millis, m_counter, m_replica}; }

private:
    const Clock &m_wall;
    QString m_replica;
    qint64 m_millis = 0;
    quint32 m_counter = 0;
};

} // namespace crm
