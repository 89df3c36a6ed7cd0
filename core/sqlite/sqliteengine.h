#pragma once

#include "storage/engine.h"

namespace crm::storage {

// The SQLite engine: Delegates CRM files through Qt's QSQLITE driver and SQLite's own API.
const Engine &sqliteEngine();

} // namespace crm::storage
