#include "memorybench.h"

#include "databasesession.h"
#include "mainwindow.h"
#include "models/recordlistmodel.h"
#include "rawsqlite.h"
#include "views/recordlistpane.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QWindow>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace crm::bench {
namespace {

const QString kBinary = u"memory: GUI binary, investor list open"_s;
const QString kChild = u"memory: GUI, every list and a record of each open"_s;

constexpr double kTargetMib = 300; // "peak memory <= 300 MB" at dataset M (taken as MiB, the stricter)
constexpr int kSettleMs = 2000;    // idle this long (no CPU used) counts as settled
constexpr int kTimeoutMs = 300'000;

// What a user's own settings would otherwise decide: who is working, and which list is current.
void writeSettings(const QString &configHome, const QString &initials)
{
    QDir(configHome).mkpath(u"ITPO Japan"_s);
    QSettings settings(configHome + u"/ITPO Japan/Delegates CRM.conf"_s, QSettings::IniFormat);
    settings.setValue(u"officer/initials"_s, initials);
    settings.setValue(u"window/currentKind"_s, u"investor"_s);
}

QProcessEnvironment environment(const QString &configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    if (env.value(u"DISPLAY"_s).isEmpty() && env.value(u"QT_QPA_PLATFORM"_s).isEmpty()) {
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    }
    return env;
}

// User and system CPU time of a process so far, in clock ticks; -1 when it is gone.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // "pid (comm) state ppid ...": utime and stime are fields 14 and 15, the 12th and 13th after comm.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

MemoryResult measureBinary(const ScaleDataset &dataset, const QString &initials, QTextStream &log)
{
    MemoryResult result{kBinary,
                        dataset.name,
                        std::nullopt,
                        kTargetMib,
                        u"VmHWM of delegates-crm --db FILE, started with the investor list current, once it has "
                        u"used no CPU for 2 s"_s,
                        {}};
    const QString binary = QCoreApplication::applicationDirPath() + u"/delegates-crm"_s;
    if (!QFileInfo::exists(binary)) {
        result.error = u"no "_s + binary;
        return result;
    }
    QTemporaryDir config;
    writeSettings(config.path(), initials);
    QProcess gui;
    gui.setProcessEnvironment(environment(config.path()));
    gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gui.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    gui.start(binary, {u"--db"_s, dataset.path});
    if (!gui.waitForStarted(10'000)) {
        result.error = u"cannot start "_s + binary + u": "_s + gui.errorString();
        return result;
    }
    const qint64 pid = gui.processId();
    qint64 ticks = cpuTicks(pid);
    QElapsedTimer idle;
    idle.start();
    while (timer.elapsed() < kTimeoutMs && gui.state() == QProcess::Running) {
        QThread::msleep(200);
        const qint64 now = cpuTicks(pid);
        if (now != ticks) {
            ticks = now;
            idle.restart();
        } else if (idle.elapsed() >= kSettleMs) {
            break;
        }
    }
    const double settled = static_cast<double>(timer.elapsed() - idle.elapsed()) / 1000.0;
    result.peakMib = peakRssMib(pid);
    if (gui.state() != QProcess::Running) {
        result.peakMib.reset();
        result.error = u"delegates-crm exited early (code %1)"_s.arg(gui.exitCode());
    } else if (timer.elapsed() >= kTimeoutMs) {
        result.error = u"still busy after %1 s"_s.arg(kTimeoutMs / 1000);
    }
    gui.kill();
    gui.waitForFinished(10'000);
    result.details = {{u"binary"_s, binary}, {u"busy_seconds"_s, settled}};
    log << "  delegates-crm settled after " << QString::number(settled, 'f', 1) << " s" << Qt::endl;
    return result;
}

MemoryResult measureChild(const ScaleDataset &dataset, const QString &initials, QTextStream &log)
{
    MemoryResult result{kChild,
                        dataset.name,
                        std::nullopt,
                        kTargetMib,
                        u"VmHWM of a child process running crm_ui's MainWindow (1280x800): every list shown in "
                        u"turn, the first record of each in the record pane"_s,
                        {}};
    QTemporaryDir config;
    writeSettings(config.path(), initials);
    QProcess child;
    child.setProcessEnvironment(environment(config.path()));
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--gui-child"_s, dataset.path});
    if (!child.waitForFinished(kTimeoutMs) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        child.kill();
        result.error = u"the GUI child failed (exit code %1)"_s.arg(child.exitCode());
        return result;
    }
    QJsonArray steps;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.value(0) == "step" && words.size() == 4) {
            steps.append(QJsonObject{{u"step"_s, QString::fromUtf8(words[1])},
                                     {u"rss_mib"_s, words[2].toDouble()},
                                     {u"peak_mib"_s, words[3].toDouble()}});
            log << "  " << line << Qt::endl;
        } else if (words.value(0) == "peak" && words.size() == 2) {
            result.peakMib = words[1].toDouble();
        }
    }
    if (!result.peakMib) {
        result.error = u"the GUI child printed no peak"_s;
    }
    result.details = {{u"steps"_s, steps}};
    return result;
}

// A child's current and peak resident set, in MiB.
void printStep(QTextStream &out, const QString &step)
{
    double rss = 0;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                rss = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            }
        }
    }
    out << "step " << step << ' ' << QString::number(rss, 'f', 1) << ' '
        << QString::number(peakRssMib().value_or(0), 'f', 1) << Qt::endl;
}

// Until the posted layouts, fetches and paints of a step are done.
void settle(QWidget &window)
{
    const QDeadlineTimer deadline(250);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QEvent request(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(&window, &request);
}

} // namespace

QStringList MemoryBench::operationNames()
{
    return {kBinary, kChild};
}

QList<MemoryResult> MemoryBench::run(const ScaleDataset &dataset, const QStringList &wanted, QTextStream &log)
{
    const QString initials =
        QString::fromUtf8(RawSqlite(dataset.path)
                              .column("SELECT initials FROM officer WHERE deleted_at IS NULL ORDER BY rowid LIMIT 1")
                              .value(0));
    QList<MemoryResult> results;
    if (wanted.contains(kBinary)) {
        log << "measuring " << kBinary << " on " << dataset.name << Qt::endl;
        results << measureBinary(dataset, initials, log);
    }
    if (wanted.contains(kChild)) {
        log << "measuring " << kChild << " on " << dataset.name << Qt::endl;
        results << measureChild(dataset, initials, log);
    }
    return results;
}

int runGuiChild(const QString &path)
{
    using Section = ui::MainWindow::Section;
    QTextStream out(stdout);
    // As app/gui/main.cpp: the same settings file (in the folder the parent chose).
    QCoreApplication::setOrganizationName(u"ITPO Japan"_s);
    QCoreApplication::setApplicationName(u"Delegates CRM"_s);
    printStep(out, u"started"_s);

    ui::DatabaseSession session;
    if (const QString error = session.open(path, Database::OpenMode::MustExist); !error.isEmpty()) {
        QTextStream(stderr) << "cannot open " << path << ": " << error << Qt::endl;
        return 1;
    }
    printStep(out, u"opened"_s);
    ui::MainWindow window(session);
    window.show();
    const QDeadlineTimer exposed(10'000);
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && !exposed.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    settle(window);
    printStep(out, u"window"_s);

    const std::pair<Section, std::optional<RecordKind>> lists[] = {
        {Section::Delegates, RecordKind::Delegate}, {Section::Agencies, RecordKind::Agency},
        {Section::Investors, RecordKind::Investor}, {Section::Contacts, RecordKind::Contact},
        {Section::Missions, RecordKind::Mission},   {Section::Meetings, RecordKind::Meeting},
        {Section::Deals, RecordKind::Deal},         {Section::FollowUps, std::nullopt},
        {Section::Notes, RecordKind::Note},         {Section::Officers, RecordKind::Officer}};
    for (const auto &[section, kind] : lists) {
        window.showSection(section);
        settle(window);
        if (kind) {
            ui::RecordListPane *pane = window.listPane(*kind);
            if (pane->model()->rowCount() > 0) {
                pane->view()->setCurrentIndex(pane->model()->index(0, 0));
                settle(window);
            }
            printStep(out, kindName(*kind));
        } else {
            printStep(out, u"followups"_s);
        }
    }
    window.showSection(Section::Investors);
    settle(window);
    out << "peak " << QString::number(peakRssMib().value_or(0), 'f', 1) << Qt::endl;
    return 0;
}

} // namespace crm::bench
