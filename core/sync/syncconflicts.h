#pragma once

#include "sync/synchronizer.h"

namespace crm {

class Database;

// The conflicts the heads of this database hold now: fields with two or more different values,
// and records in the Trash that a peer edited without seeing the delete. Computed from the
// changes known, so every replica that has seen the same changes lists the same conflicts.
QList<SyncConflict> listSyncConflicts(Database &db);

} // namespace crm
