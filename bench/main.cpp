// delegates-crm-bench: times the app's operations on generated data against the same SQL run
// through the sqlite3 C API, and writes the numbers as a table and as JSON (see docs/benchmarks.md).
#include "briefingbench.h"
#include "dashboardbench.h"
#include "domain/error.h"
#include "duplicatesbench.h"
#include "harness.h"
#include "interchangebench.h"
#include "listbench.h"
#include "memorybench.h"
#include "recordbench.h"
#include "reportbench.h"
#include "scaledataset.h"
#include "searchbench.h"
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

    // NAME=FILE, in the order given: the generated datasets (S, M) the operations run on.
    QList<std::pair<QString, QString>> scales;
    for (const QString &value : args.values(u"scale-dataset"_s)) {
        const qsizetype equals = value.indexOf(u'=');
        if (equals <= 0 || equals == value.size() - 1) {
            out << "--scale-dataset wants NAME=FILE, not " << value << Qt::endl;
            return 1;
        }
        scales.append({value.left(equals), value.mid(equals + 1)});
    }

    QList<Result> results;
    QList<MemoryResult> memoryResults;
    QJsonObject datasets;
    const Harness harness(runs, kWarmups, budget);
    out << "runs: " << runs << " timed after up to " << kWarmups << " warm-up runs; budget " << budget
        << " s per operation" << Qt::endl;

    const auto timeAll = [&](QList<Operation> operations, const QString &dataset = {}) {
        for (Operation &operation : operations) {
            if (wanted(operation.name)) {
                if (operation.dataset.isEmpty()) {
                    operation.dataset = dataset;
                }
                out << "timing " << operation.name << " (" << operation.dataset << ')' << Qt::endl;
                results << harness.run(operation);
            }
        }
    };
    const auto anyWanted = [&wanted](const QStringList &names) { return std::ranges::any_of(names, wanted); };

    // The operations on each generated dataset; each bench opens its own connections and
    // closes them before the next one starts.
    for (const auto &[name, path] : scales) {
        const QStringList all = ListBench::operationNames() + RecordBench::operationNames() +
                                BriefingBench::operationNames() + SearchBench::operationNames() +
                                MemoryBench::operationNames() + InterchangeBench::operationNames() +
                                DuplicatesBench::operationNames();
        if (!anyWanted(all)) {
            continue;
        }
        const ScaleDataset dataset = prepareScaleDataset(name, path, out);
        datasets.insert(name, dataset.facts);
        if (anyWanted(ListBench::operationNames())) {
            ListBench bench(dataset);
            timeAll(bench.operations());
        }
        if (anyWanted(RecordBench::operationNames())) {
            RecordBench bench(dataset);
            timeAll(bench.operations());
        }
        if (anyWanted(SearchBench::operationNames())) {
            if (SearchBench::available(dataset)) {
                SearchBench bench(dataset);
                timeAll(bench.operations());
            } else {
                out << "dataset " << name << " has no search index (schema < 9): search not timed" << Qt::endl;
            }
        }
        if (anyWanted(BriefingBench::operationNames())) {
            BriefingBench bench(dataset);
            timeAll(bench.operations());
        }
        if (anyWanted(InterchangeBench::operationNames())) {
            InterchangeBench bench(dataset, dir, out);
            timeAll(bench.operations());
        }
        if (anyWanted(DuplicatesBench::operationNames())) {
            DuplicatesBench bench(dataset, dir, out);
            timeAll(bench.operations());
        }
        QStringList memory;
        for (const QString &operation : MemoryBench::operationNames()) {
            if (wanted(operation)) {
                memory << operation;
            }
        }
        if (!memory.isEmpty()) {
            memoryResults << MemoryBench::run(dataset, memory, out);
        }
    }

    if (const QString path = args.value(u"dashboard-db"_s); !path.isEmpty()) {
        if (std::ranges::any_of(DashboardBench::operationNames(), wanted)) {
            DashboardBench bench(path);
            datasets.insert(u"dashboard"_s, bench.facts());
            out << "dashboard database: " << QJsonDocument(bench.facts()).toJson(QJsonDocument::Compact) << Qt::endl;
            timeAll(bench.operations(), u"dash"_s);
        }
        if (std::ranges::any_of(ReportBench::operationNames(), wanted)) {
            ReportBench bench(path);
            timeAll(bench.operations(), u"dash"_s);
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
            timeAll(bench.operations(), u"T"_s);
        }
        if (ui) {
            peakBeforeUi = peakRssMib();
            UiBench bench(dataset);
            timeAll(bench.operations(), u"T"_s);
        }
    }
    if (results.isEmpty() && memoryResults.isEmpty()) {
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
    out << Qt::endl;
    printMemoryTable(out, memoryResults);
    out << "this process's peak memory (VmHWM): " << mib(peak) << " MiB";
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
        json.write(QJsonDocument(resultsJson(results, memoryResults, settings, datasets, memory)).toJson()) < 0) {
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
        {u"scale-dataset"_s,
         u"Time the issue's operations on FILE, made by delegates-crm-cli generate, labelled NAME (S, M); may be "
         u"repeated. The file is migrated to the current schema when older."_s,
         u"NAME=FILE"_s},
    });
    QCommandLineOption guiChild(u"gui-child"_s, u"Internal: the GUI process whose memory is measured."_s, u"FILE"_s);
    guiChild.setFlags(QCommandLineOption::HiddenFromHelp);
    args.addOption(guiChild);
    args.process(app);
    if (args.isSet(guiChild)) {
        try {
            return runGuiChild(args.value(guiChild));
        } catch (const crm::Error &e) {
            QTextStream(stderr) << "error: " << e.message() << Qt::endl;
        } catch (const std::exception &e) {
            QTextStream(stderr) << "error: " << e.what() << Qt::endl;
        }
        return 2;
    }

    try {
        return run(args);
    } catch (const crm::Error &e) {
        QTextStream(stderr) << "error: " << e.message() << Qt::endl;
    } catch (const std::exception &e) {
        QTextStream(stderr) << "error: " << e.what() << Qt::endl;
    }
    return 2;
}
