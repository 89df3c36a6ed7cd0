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
    return {
        {u"p50_ms"_s, stats.p50Ms}, {u"p95_ms"_s, stats.p95Ms}, {u"max_ms"_s, stats.maxMs}, {u"items"_s, stats.items}};
}

} // namespace

std::optional<double> Result::ratio() const
{
    if (!raw || raw->p50Ms <= 0) {
        return std::nullopt;
    }
    return app.p50Ms / raw->p50Ms;
}

std::optional<double> peakRssMib()
{
    QFile status(u"/proc/self/status"_s);
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
    for (int i = 1; i < m_warmups && budget.nsecsElapsed() < m_budgetNs / 10; ++i) {
        both();
    }

    budget.restart();
    QList<qint64> appNanos;
    QList<qint64> rawNanos;
    Stats app;
    Stats raw;
    QElapsedTimer timer;
    for (int i = 0; i < m_runs && (i < kMinRuns || budget.nsecsElapsed() < m_budgetNs); ++i) {
        if (operation.setUp) {
            operation.setUp();
        }
        timer.start();
        app.items = operation.app();
        appNanos << timer.nsecsElapsed();
        if (operation.raw) {
            timer.start();
            raw.items = operation.raw();
            rawNanos << timer.nsecsElapsed();
        }
    }
    const auto finish = [](Stats stats, const QList<qint64> &nanos) {
        stats.p50Ms = percentileMs(nanos, 0.50);
        stats.p95Ms = percentileMs(nanos, 0.95);
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
    for (const Result &r : results) {
        width = std::max(width, r.operation.name.size());
    }
    const auto cell = [](const QString &text, int w = 9) { return text.rightJustified(w); };
    out << u"operation"_s.leftJustified(width) << cell(u"app p50"_s) << cell(u"p95"_s) << cell(u"max"_s)
        << cell(u"raw p50"_s) << cell(u"p95"_s) << cell(u"max"_s) << cell(u"app/raw"_s) << cell(u"runs"_s, 6)
        << u"   (ms)\n"_s;
    for (const Result &r : results) {
        out << r.operation.name.leftJustified(width) << cell(ms(r.app.p50Ms)) << cell(ms(r.app.p95Ms))
            << cell(ms(r.app.maxMs));
        if (r.raw) {
            out << cell(ms(r.raw->p50Ms)) << cell(ms(r.raw->p95Ms)) << cell(ms(r.raw->maxMs));
        } else {
            out << cell(u"-"_s) << cell(u"-"_s) << cell(u"-"_s);
        }
        const std::optional<double> ratio = r.ratio();
        out << cell(ratio ? QString::number(*ratio, 'f', 2) : u"-"_s) << cell(QString::number(r.app.runs), 6) << u'\n';
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
    for (const Result &r : results) {
        if (!r.itemsAgree()) {
            out << u"warning: "_s << r.operation.name << u": the app read "_s << r.app.items << u" items, raw "_s
                << r.raw->items << u"; the baseline no longer does the same work\n"_s;
        }
    }
    out.flush();
}

QJsonObject resultsJson(const QList<Result> &results, const QJsonObject &settings, const QJsonObject &datasets,
                        const QJsonObject &memory)
{
    QJsonArray operations;
    for (const Result &r : results) {
        QJsonObject o{{u"name"_s, r.operation.name}, {u"app"_s, statsJson(r.app)}};
        if (r.raw) {
            o.insert(u"raw"_s, statsJson(*r.raw));
            o.insert(u"raw_name"_s, r.operation.rawName);
        }
        if (const std::optional<double> ratio = r.ratio()) {
            o.insert(u"ratio_app_raw_p50"_s, *ratio);
        }
        if (r.operation.sameItems) {
            o.insert(u"items_agree"_s, r.itemsAgree());
        }
        if (!r.operation.details.isEmpty()) {
            o.insert(u"details"_s, r.operation.details);
        }
        operations.append(o);
    }
    return {{u"generated_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {u"machine"_s, QJsonObject{{u"os"_s, QSysInfo::prettyProductName()},
                                       {u"cpu"_s, QSysInfo::currentCpuArchitecture()},
                                       {u"ideal_threads"_s, QThread::idealThreadCount()}}},
            {u"settings"_s, settings},
            {u"operations"_s, operations},
            {u"memory"_s, memory},
            {u"datasets"_s, datasets}};
}

} // namespace crm::bench
