#pragma once

namespace crm {

class Database;

// Loads the built-in sample dataset (resources/sample/sample-data.json): AMDIE and its delegate,
// Yazaki's wire-harness plants in Morocco, and clearly fictional agencies, investors and deals.
// One transaction; refuses (Error::Conflict) a database that already holds records.
// Returns the number of records created.
int loadSampleData(Database &db);

// Records of the programme (live or in the Trash), officers aside: the officer using the app may
// already be set up in a database that is otherwise empty.
qint64 programmeRecordCount(Database &db);

} // namespace crm
