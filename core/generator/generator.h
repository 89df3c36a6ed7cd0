#pragma once

#include <QtGlobal>
#include <functional>

namespace crm {

class Database;

struct GeneratorOptions
{
    qint64 scale = 1000; // number of investors; the other kinds follow from it
    quint32 seed = 1;
};

struct GeneratorStats
{
    qint64 officers = 0;
    qint64 agencies = 0;
    qint64 delegates = 0;
    qint64 investors = 0;
    qint64 contacts = 0;
    qint64 missions = 0;
    qint64 meetings = 0;
    qint64 deals = 0;
    qint64 followUps = 0;
    qint64 notes = 0;
};

// Called now and then with records written so far and the total; return false to cancel (the
// batch in progress is rolled back, earlier batches stay).
using GeneratorProgress = std::function<bool(qint64 done, qint64 total)>;

// Fills a database with a deterministic synthetic dataset for benchmarks: N investors, 3N contacts,
// N/100 delegates, 10N meetings, N/10 deals, notes of realistic length, with Japanese, French and
// Arabic names mixed in. The same scale and seed always give the same records (ids included).
GeneratorStats generateDataset(Database &db, const GeneratorOptions &options, const GeneratorProgress &progress = {});

} // namespace crm
