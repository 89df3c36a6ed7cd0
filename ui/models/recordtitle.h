#pragma once

#include "domain/recordkind.h"

#include <QString>
#include <optional>

namespace crm {
class RecordStore;
}

namespace crm::ui {

// The title of a record another one links to, or nothing when there is no such record (purged, or
// not synced here yet). Any other error (a damaged page, a disk gone) is thrown on for the caller to
// report: a record that could not be read must never pass for one that was deleted.
std::optional<QString> titleIfExists(const RecordStore &store, RecordKind kind, const QString &id);

} // namespace crm::ui
