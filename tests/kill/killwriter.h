#pragma once

#include <QString>

namespace crm::kill {

struct WriterOptions
{
    QString databasePath; // the office file, which must exist
    QString laptopPath;   // a replica prepared from it; empty: no laptop edits, no sync
    QString workDir;      // where backups and sync packages go
    quint32 seed = 0;
};

// Opens the files through core the way the CLI does and writes a random mix of the real
// operations until it is killed, printing each operation before and after it commits (killop.h).
// Returns 3 when core reports an error: the driver counts a writer that stops by itself as a failure.
int runWriter(const WriterOptions &options);

} // namespace crm::kill
