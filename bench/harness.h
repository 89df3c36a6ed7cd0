#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>
#include <functional>
#include <optional>

namespace crm::bench {

// What the issue asks of an operation at dataset M: a time for one statistic of the app's runs, and
// where a raw baseline exists, an app/raw ratio of at most kMaxRatio (p50 against p50).
struct Target
{
    enum class Statistic
    {
        P50,
        P95,
        P99,
        Max
    };
    static constexpr double kMaxRatio = 2.0;

    Statistic statistic = Statistic::P95;
    double ms = 0;
    // The largest app/raw ratio allowed; 0: the time alone is the target and the baseline is shown
    // for information (an import's baseline writes rows it was handed, without reading or checking).
    double maxRatio = kMaxRatio;

    QString text() const; // "p95<=16"
};

// One timed step. Each returns how many items it produced (events, rows, bytes...), which keeps the
// optimiser from dropping the work and lets the report show that both sides saw the same data.
using Step = std::function<qint64()>;

// An operation of the app, and the same work done the cheapest way we know (the SQL alone through
// the sqlite3 C API): the ratio between the two is what the app adds.
struct Operation
{
    QString name;
    Step app;
    Step raw = {};            // may be empty: no baseline for this operation
    QString rawName = {};     // what the baseline is, for the report
    QJsonObject details = {}; // anything worth keeping with the numbers (filter text, ...)
    bool sameItems = false;   // app and raw must return the same count (the same rows read two ways)
    // Untimed, before each run of app (warm-ups too): puts the widgets where the timed step starts.
    std::function<void()> setUp = {};
    QString dataset = {};              // which data it ran on (S, M, T...), for the table
    std::optional<Target> target = {}; // none: measured for information only
    int runs = 0;                      // timed runs wanted; 0: the harness's --runs (save asks more for its p99)
    int warmups = 0; // untimed runs first; 0: the harness's. Operations going round N records ask for N.
};

struct Stats
{
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    int runs = 0;     // timed runs
    qint64 items = 0; // what the last run returned
};

struct Result
{
    Operation operation;
    Stats app;
    std::optional<Stats> raw;
    std::optional<double> ratio() const; // app p50 / raw p50
    // False when sameItems is asked for and the counts differ: the baseline measures other work.
    bool itemsAgree() const { return !operation.sameItems || !raw || raw->items == app.items; }
    double appStatistic(Target::Statistic statistic) const;
    // Empty without a target; otherwise whether the time and (where there is a baseline) the ratio are met.
    std::optional<bool> timeMet() const;
    std::optional<bool> ratioMet() const;
    std::optional<bool> met() const;
};

// A peak resident set measured in another process (the GUI with the lists open), against the
// issue's memory target.
struct MemoryResult
{
    QString name;
    QString dataset;
    std::optional<double> peakMib; // empty when the measurement failed (see error)
    double targetMib = 0;
    QString how;   // what was measured, for the report
    QString error; // why there is no number
    QJsonObject details = {};
    std::optional<bool> met() const { return peakMib ? std::optional<bool>(*peakMib <= targetMib) : std::nullopt; }
};

// Runs each operation up to `warmups` times untimed, then `runs` times timed, app and raw
// interleaved so that a noisy neighbour on a shared machine slows both sides alike, and taking
// turns at going first, so that the side reading a page first does not always pay for it. An operation
// that has used its time budget stops early (after at least kMinRuns timed runs): a pathological
// case must show up in the table, not stall the suite for an hour.
class Harness final
{
public:
    static constexpr int kMinRuns = 3;

    Harness(int runs, int warmups, double budgetSeconds)
        : m_runs(runs), m_warmups(warmups), m_budgetNs(static_cast<qint64>(budgetSeconds * 1e9))
    {}

    Result run(const Operation &operation) const;

private:
    int m_runs;
    int m_warmups;
    qint64 m_budgetNs;
};

// The process's peak resident set so far (VmHWM in /proc/self/status), in MiB; empty where that
// file is missing (not Linux).
std::optional<double> peakRssMib();

// Nearest-rank percentile (q in (0, 1]) of durations in nanoseconds, in milliseconds.
double percentileMs(QList<qint64> nanos, double q);

// VmHWM of another process, in MiB; empty when it cannot be read.
std::optional<double> peakRssMib(qint64 pid);

void printTable(QTextStream &out, const QList<Result> &results);
void printMemoryTable(QTextStream &out, const QList<MemoryResult> &results);
// The numbers of the tables plus whatever the caller knows about the run, the datasets and memory.
QJsonObject resultsJson(const QList<Result> &results, const QList<MemoryResult> &memoryResults,
                        const QJsonObject &settings, const QJsonObject &datasets, const QJsonObject &memory);

} // namespace crm::bench
