#include "changeevent.h"

#include <algorithm>

namespace crm {

void ChangeFeed::subscribe(ChangeSubscriber *subscriber, int order, Role role)
{
    unsubscribe(subscriber);
    const auto at = std::upper_bound(m_entries.begin(), m_entries.end(), order,
                                     [](int o, const Entry &entry) { return o < entry.order; });
    m_entries.insert(at, {subscriber, order, role});
}

void ChangeFeed::unsubscribe(ChangeSubscriber *subscriber)
{
    m_entries.removeIf([subscriber](const Entry &entry) { return entry.subscriber == subscriber; });
}

bool ChangeFeed::hasSyncLog() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &entry) { return entry.role == Role::SyncLog; });
}

void ChangeFeed::publish(const ChangeEvent &event) const
{
    // A copy: a subscriber may unsubscribe (or subscribe another) while it is called.
    const QList<Entry> entries = m_entries;
    for (const Entry &entry : entries) {
        entry.subscriber->onChange(event);
    }
}

} // namespace crm
