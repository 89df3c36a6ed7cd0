#include "harness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QJsonObject statsJson(const Stats &stats)
{
    return {{u"p50_ms"_s, stats.p50Ms}, {u"p95_ms"_s, stats.p95Ms}, {u"p99_ms"_s, stats.p99Ms},
            {u"max_ms"_s, stats.maxMs}, {u"runs"_s, stats.runs},    {u"items"_s, stats.items}};
}

QString statisticName(Target::Statistic statistic)
{
    switch (statistic) {
    case Target::Statistic::P50:
        return u"p50"_s;
    case Target::Statistic::P95:
        return u"p95"_s;
    case Target::Statistic::P99:
        return u"p99"_s;
    case Target::Statistic::Max:
        return u"max"_s;
    }
    return {};
}

std::optional<double> readPeakRss(const QString &statusPath)
{
    QFile status(statusPath);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return std::nullopt;
    }
    // "VmHWM:\t  123456 kB"
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kb = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? std::optional<double>(static_cast<double>(kb) / 1024.0) : std::nullopt;
        }
    }
    return std::nullopt;
}

// The first line of a /proc file starting with key, after the key and its colon.
QString procValue(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (key.isEmpty()) {
            return QString::fromUtf8(line).trimmed();
        }
        if (line.startsWith(key)) {
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
        }
    }
    return {};
}

// "yes", or what missed: "no: p95 21.3", "no: ratio 2.41".
QString metText(const Result &r)
{
    const std::optional<bool> met = r.met();
    if (!met) {
        return u"-"_s;
    }
    if (*met) {
        return u"yes"_s;
    }
    QStringList missed;
    if (r.timeMet() == false) {
        missed << statisticName(r.operation.target->statistic) + u' ' +
                      ms(r.appStatistic(r.operation.target->statistic));
    }
    if (r.ratioMet() == false) {
        missed << u"ratio "_s + QString::number(*r.ratio(), 'f', 2);
    }
    return u"NO: "_s + missed.join(u", "_s);
}

} // namespace

QString Target::text() const
{
    return statisticName(statistic) + u"<="_s + QString::number(ms);
}

double Result::appStatistic(Target::Statistic statistic) const
{
    switch (statistic) {
    case Target::Statistic::P50:
        return app.p50Ms;
    case Target::Statistic::P95:
        return app.p95Ms;
    case Target::Statistic::P99:
        return app.p99Ms;
    case Target::Statistic::Max:
        return app.maxMs;
    }
    return app.maxMs;
}

std::optional<bool> Result::timeMet() const
{
    if (!operation.target) {
        return std::nullopt;
    }
    return appStatistic(operation.target->statistic) <= operation.target->ms;
}

std::optional<bool> Result::ratioMet() const
{
    const std::optional<double> r = ratio();
    if (!operation.target || !r || operation.target->maxRatio <= 0) {
        return std::nullopt;
    }
    return *r <= operation.target->maxRatio;
}

std::optional<bool> Result::met() const
{
    if (!operation.target) {
        return std::nullopt;
    }
    return *timeMet() && ratioMet().value_or(true);
}

std::optional<double> Result::ratio() const
{
    if (!raw || raw->p50Ms <= 0) {
        return std::nullopt;
    }
    return app.p50Ms / raw->p50Ms;
}

std::optional<double> peakRssMib()
{
    return readPeakRss(u"/proc/self/status"_s);
}

std::optional<double> peakRssMib(qint64 pid)
{
    return readPeakRss(u"/proc/%1/status"_s.arg(pid));
}

double percentileMs(QList<qint64> nanos, double q)
{
    if (nanos.isEmpty()) {
        return 0;
    }
    std::sort(nanos.begin(), nanos.end());
    const auto rank = static_cast<qsizetype>(std::ceil(q * static_cast<double>(nanos.size())));
    return static_cast<double>(nanos[std::clamp<qsizetype>(rank - 1, 0, nanos.size() - 1)]) / 1e6;
}

Result Harness::run(const Operation &operation) const
{
    QElapsedTimer budget;
    budget.start();
    const auto both = [&operation] {
        if (operation.setUp) {
            operation.setUp();
        }
        operation.app();
        if (operation.raw) {
            operation.raw();
        }
    };
    // The first warm-up fills the page caches; more of them only while they are cheap.
    both();
    const int warmups = operation.warmups > 0 ? operation.warmups : m_warmups;
    for (int i = 1; i < warmups && budget.nsecsElapsed() < m_budgetNs / 10; ++i) {
        both();
    }

    budget.restart();
    QList<qint64> appNanos;
    QList<qint64> rawNanos;
    Stats app;
    Stats raw;
    QElapsedTimer timer;
    const int runs = operation.runs > 0 ? operation.runs : m_runs;
    for (int i = 0; i < runs && (i < kMinRuns || budget.nsecsElapsed() < m_budgetNs); ++i) {
        if (operation.setUp) {
            operation.setUp();
        }
        const auto timeApp = [&] {
            timer.start();
            app.items = operation.app();
            appNanos << timer.nsecsElapsed();
        };
        const bool rawFirst = operation.raw && i % 2 == 1;
        if (!rawFirst) {
            timeApp();
        }
        if (operation.raw) {
            timer.start();
            raw.items = operation.raw();
            rawNanos << timer.nsecsElapsed();
        }
        if (rawFirst) {
            timeApp();
        }
    }
    const auto finish = [](Stats stats, const QList<qint64> &nanos) {
        stats.p50Ms = percentileMs(nanos, 0.50);
        stats.p95Ms = percentileMs(nanos, 0.95);
        stats.p99Ms = percentileMs(nanos, 0.99);
        stats.maxMs = percentileMs(nanos, 1.0);
        stats.runs = static_cast<int>(nanos.size());
        return stats;
    };
    Result result{operation, finish(app, appNanos), std::nullopt};
    if (operation.raw) {
        result.raw = finish(raw, rawNanos);
    }
    return result;
}

void printTable(QTextStream &out, const QList<Result> &results)
{
    qsizetype width = 9;
    qsizetype metWidth = 4;
    for (const Result &r : results) {
        width = std::max(width, r.operation.name.size());
        metWidth = std::max(metWidth, metText(r).size());
    }
    const auto cell = [](const QString &text, int w = 9) { return text.rightJustified(w); };
    out << u"operation"_s.leftJustified(width) << cell(u"data"_s, 5) << cell(u"app p50"_s) << cell(u"p95"_s)
        << cell(u"p99"_s) << cell(u"max"_s) << cell(u"raw p50"_s) << cell(u"p95"_s) << cell(u"max"_s)
        << cell(u"app/raw"_s) << cell(u"target"_s, 12) << u"  "_s << u"met"_s.leftJustified(metWidth)
        << cell(u"runs"_s, 5) << u"   (ms)\n"_s;
    for (const Result &r : results) {
        out << r.operation.name.leftJustified(width) << cell(r.operation.dataset, 5) << cell(ms(r.app.p50Ms))
            << cell(ms(r.app.p95Ms)) << cell(ms(r.app.p99Ms)) << cell(ms(r.app.maxMs));
        if (r.raw) {
            out << cell(ms(r.raw->p50Ms)) << cell(ms(r.raw->p95Ms)) << cell(ms(r.raw->maxMs));
        } else {
            out << cell(u"-"_s) << cell(u"-"_s) << cell(u"-"_s);
        }
        const std::optional<double> ratio = r.ratio();
        out << cell(ratio ? QString::number(*ratio, 'f', 2) : u"-"_s)
            << cell(r.operation.target ? r.operation.target->text() : u"-"_s, 12) << u"  "_s
            << metText(r).leftJustified(metWidth) << cell(QString::number(r.app.runs), 5) << u'\n';
    }
    QStringList baselines;
    for (const Result &r : results) {
        if (r.raw && !r.operation.rawName.isEmpty() && !baselines.contains(r.operation.rawName)) {
            baselines << r.operation.rawName;
        }
    }
    for (const QString &baseline : baselines) {
        out << u"raw: "_s << baseline << u'\n';
    }
    if (std::ranges::any_of(results, [](const Result &r) { return r.operation.target.has_value(); })) {
        out << u"targets are the issue's, for dataset M; where there is a baseline, app/raw (p50s) must also be <= "_s
            << Target::kMaxRatio << u" unless the target says time only\n"_s;
    }
    for (const Result &r : results) {
        if (!r.itemsAgree()) {
            out << u"warning: "_s << r.operation.name << u": the app read "_s << r.app.items << u" items, raw "_s
                << r.raw->items << u"; the baseline no longer does the same work\n"_s;
        }
    }
    out.flush();
}

void printMemoryTable(QTextStream &out, const QList<MemoryResult> &results)
{
    if (results.isEmpty()) {
        return;
    }
    qsizetype width = 9;
    for (const MemoryResult &r : results) {
        width = std::max(width, r.name.size());
    }
    const auto cell = [](const QString &text, int w = 9) { return text.rightJustified(w); };
    out << u"operation"_s.leftJustified(width) << cell(u"data"_s, 5) << cell(u"peak MiB"_s) << cell(u"target"_s, 12)
        << u"  met\n"_s;
    for (const MemoryResult &r : results) {
        out << r.name.leftJustified(width) << cell(r.dataset, 5)
            << cell(r.peakMib ? QString::number(*r.peakMib, 'f', 0) : u"?"_s)
            << cell(u"<="_s + QString::number(r.targetMib), 12) << u"  "_s;
        const std::optional<bool> met = r.met();
        out << (met ? (*met ? u"yes"_s : u"NO"_s) : u"?: "_s + r.error) << u'\n';
    }
    QStringList hows;
    for (const MemoryResult &r : results) {
        if (!r.how.isEmpty() && !hows.contains(r.how)) {
            hows << r.how;
            out << u"memory: "_s << r.how << u'\n';
        }
    }
    out.flush();
}

QJsonObject resultsJson(const QList<Result> &results, const QList<MemoryResult> &memoryResults,
                        const QJsonObject &settings, const QJsonObject &datasets, const QJsonObject &memory)
{
    QJsonArray operations;
    for (const Result &r : results) {
        QJsonObject o{{u"name"_s, r.operation.name}, {u"app"_s, statsJson(r.app)}};
        if (!r.operation.dataset.isEmpty()) {
            o.insert(u"dataset"_s, r.operation.dataset);
        }
        if (r.raw) {
            o.insert(u"raw"_s, statsJson(*r.raw));
            o.insert(u"raw_name"_s, r.operation.rawName);
        }
        if (const std::optional<double> ratio = r.ratio()) {
            o.insert(u"ratio_app_raw_p50"_s, *ratio);
        }
        if (r.operation.target) {
            o.insert(u"target"_s, QJsonObject{{u"statistic"_s, statisticName(r.operation.target->statistic)},
                                              {u"ms"_s, r.operation.target->ms},
                                              {u"max_ratio"_s, r.raw && r.operation.target->maxRatio > 0
                                                                   ? QJsonValue(r.operation.target->maxRatio)
                                                                   : QJsonValue()},
                                              {u"time_met"_s, *r.timeMet()},
                                              {u"met"_s, *r.met()}});
            if (const std::optional<bool> ratioMet = r.ratioMet()) {
                o.insert(u"ratio_met"_s, *ratioMet);
            }
        }
        if (r.operation.sameItems) {
            o.insert(u"items_agree"_s, r.itemsAgree());
        }
        if (!r.operation.details.isEmpty()) {
            o.insert(u"details"_s, r.operation.details);
        }
        operations.append(o);
    }
    QJsonArray memoryOperations;
    for (const MemoryResult &r : memoryResults) {
        QJsonObject o{{u"name"_s, r.name},
                      {u"dataset"_s, r.dataset},
                      {u"target_mib"_s, r.targetMib},
                      {u"how"_s, r.how},
                      {u"details"_s, r.details}};
        if (r.peakMib) {
            o.insert(u"peak_mib"_s, *r.peakMib);
            o.insert(u"met"_s, *r.met());
        } else {
            o.insert(u"error"_s, r.error);
        }
        memoryOperations.append(o);
    }
    return {{u"generated_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {u"machine"_s, QJsonObject{{u"os"_s, QSysInfo::prettyProductName()},
                                       {u"cpu"_s, QSysInfo::currentCpuArchitecture()},
                                       {u"cpu_model"_s, procValue(u"/proc/cpuinfo"_s, "model name")},
                                       {u"memory"_s, procValue(u"/proc/meminfo"_s, "MemTotal")},
                                       {u"load_average_at_end"_s, procValue(u"/proc/loadavg"_s, {})},
                                       {u"ideal_threads"_s, QThread::idealThreadCount()}}},
            {u"settings"_s, settings},
            {u"operations"_s, operations},
            {u"memory_operations"_s, memoryOperations},
            {u"memory"_s, memory},
            {u"datasets"_s, datasets}};
}

} // namespace crm::bench
