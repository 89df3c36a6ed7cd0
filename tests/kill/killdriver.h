#pragma once

#include <QString>

namespace crm::kill {

struct DriverOptions
{
    int kills = 100;
    QString dir;          // a folder the harness may fill (one sub-folder per run of fresh files)
    quint32 seed = 0;     // the PRNG's seed: the same seed draws the same delays and writer seeds
    QString cliPath;      // delegates-crm-cli; empty: no CLI rounds
    int freshEvery = 100; // rounds on one file before a new one, to keep rounds short
    int maxDelayMs = 300; // each kill comes 0 to this many ms after the process started
    int cliEvery = 4;     // every this many rounds kills the CLI instead of the writer
};

// Spawns writers (this program with --writer, or the CLI) and kills each with SIGKILL at a random
// moment, then checks the files: integrity, and every acknowledged change in place. Prints a
// summary; returns 0 only when every round held.
int runDriver(const DriverOptions &options);

} // namespace crm::kill
