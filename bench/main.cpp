// delegates-crm-bench: times the app's operations on generated data against the same SQL run
// through the sqlite3 C API, and writes the numbers as a table and as JSON (see README.md).
#include "dashboardbench.h"
#include "domain/error.h"
#include "harness.h"
#include "reportbench.h"
#include "timelinebench.h"
#include "timelinedataset.h"
#include "uibench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace crm::bench;

namespace {

constexpr int kWarmups = 3;

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform warns each time a layout changes a window's size limits, which the
// story pane does on every delegate shown: that one line would bury the report.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message != u"This plugin does not support propagateSizeHints()"_s && defaultHandler) {
        defaultHandler(type, context, message);
    }
}

int run(const QCommandLineParser &args)
{
    QTextStream out(stdout);
    bool ok = false;
    const int runs = args.value(u"runs"_s).toInt(&ok);
    if (!ok || runs < 1) {
        out << "--runs wants a positive number" << Qt::endl;
        return 1;
    }
    const double budget = args.value(u"budget"_s).toDouble(&ok);
    if (!ok || budget <= 0) {
        out << "--budget wants a positive number of seconds" << Qt::endl;
        return 1;
    }
    const QString only = args.value(u"only"_s);
    const auto wanted = [&only](const QString &name) { return only.isEmpty() || name.contains(only); };
    const QString dir = QDir(args.value(u"dataset"_s)).absolutePath();

    QList<Result> results;
    QJsonObject datasets;
    const Harness harness(runs, kWarmups, budget);
    out << "runs: " << runs << " timed after up to " << kWarmups << " warm-up runs; budget " << budget
        << " s per operation" << Qt::endl;

    const auto timeAll = [&](const QList<Operation> &operations) {
        for (const Operation &operation : operations) {
            if (wanted(operation.name)) {
                out << "timing " << operation.name << Qt::endl;
                results << harness.run(operation);
            }
        }
    };
    if (const QString path = args.value(u"dashboard-db"_s); !path.isEmpty()) {
        if (std::ranges::any_of(DashboardBench::operationNames(), wanted)) {
            DashboardBench bench(path);
            datasets.insert(u"dashboard"_s, bench.facts());
            out << "dashboard database: " << QJsonDocument(bench.facts()).toJson(QJsonDocument::Compact) << Qt::endl;
            timeAll(bench.operations());
        }
        if (std::ranges::any_of(ReportBench::operationNames(), wanted)) {
            ReportBench bench(path);
            timeAll(bench.operations());
        }
    }
    const bool core = std::ranges::any_of(TimelineBench::operationNames(), wanted);
    const bool ui = std::ranges::any_of(UiBench::operationNames(), wanted);
    std::optional<double> peakBeforeUi;
    if (core || ui) {
        const TimelineDataset dataset = prepareTimelineDataset(dir, out);
        datasets.insert(u"timeline"_s, dataset.facts);
        if (core) {
            const TimelineBench bench(dataset);
            timeAll(bench.operations());
        }
        if (ui) {
            peakBeforeUi = peakRssMib();
            UiBench bench(dataset);
            timeAll(bench.operations());
        }
    }
    if (results.isEmpty()) {
        out << "no operation matches --only " << only << Qt::endl;
        return 1;
    }

    // VmHWM only grows: the peak after the UI operations covers everything this process did,
    // including building the dataset when it had to.
    const std::optional<double> peak = peakRssMib();
    QJsonObject memory{{u"source"_s, u"VmHWM in /proc/self/status"_s}};
    const auto mib = [](std::optional<double> value) { return value ? QString::number(*value, 'f', 0) : u"?"_s; };
    if (peak) {
        memory.insert(u"peak_rss_mib"_s, *peak);
    }
    if (peakBeforeUi) {
        memory.insert(u"peak_rss_before_ui_mib"_s, *peakBeforeUi);
    }

    out << Qt::endl;
    printTable(out, results);
    out << "peak memory (VmHWM): " << mib(peak) << " MiB";
    if (peakBeforeUi) {
        out << " (" << mib(peakBeforeUi) << " MiB before the UI operations)";
    }
    out << Qt::endl;

    const QJsonObject settings{{u"runs"_s, runs},
                               {u"warmups"_s, kWarmups},
                               {u"budget_seconds"_s, budget},
                               {u"min_runs"_s, Harness::kMinRuns},
                               {u"only"_s, only}};
    const QString jsonPath = args.value(u"json"_s);
    QFile json(jsonPath);
    if (!json.open(QIODevice::WriteOnly) ||
        json.write(QJsonDocument(resultsJson(results, settings, datasets, memory)).toJson()) < 0) {
        out << "cannot write " << jsonPath << Qt::endl;
        return 1;
    }
    out << "results: " << QFileInfo(json).absoluteFilePath() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The UI operations paint real widgets: offscreen when there is no display, as in the tests.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    defaultHandler = qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"delegates-crm-bench"_s);

    QCommandLineParser args;
    args.setApplicationDescription(u"Times Delegates CRM operations on generated data against raw SQLite."_s);
    args.addHelpOption();
    args.addOptions({
        {u"dataset"_s, u"Where to keep the generated database files (reused when current)."_s, u"DIR"_s,
         QDir::temp().filePath(u"crm-bench"_s)},
        {u"runs"_s, u"Timed runs of each operation (default 30)."_s, u"N"_s, u"30"_s},
        {u"json"_s, u"Where to write the results as JSON (default bench-results.json)."_s, u"FILE"_s,
         u"bench-results.json"_s},
        {u"budget"_s, u"Seconds an operation may take before it stops early (default 120; at least 3 runs)."_s,
         u"SECONDS"_s, u"120"_s},
        {u"only"_s, u"Run only the operations whose name contains this text."_s, u"NAME"_s},
        {u"dashboard-db"_s, u"Also time the dashboard on this database (made by delegates-crm-cli generate)."_s,
         u"FILE"_s},
    });
    args.process(app);

    try {
        return run(args);
    } catch (const crm::Error &e) {
        QTextStream(stderr) << "error: " << e.message() << Qt::endl;
    } catch (const std::exception &e) {
        QTextStream(stderr) << "error: " << e.what() << Qt::endl;
    }
    return 2;
}
