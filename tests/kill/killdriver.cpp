#include "killdriver.h"

#include "domain/error.h"
#include "domain/recordid.h"
#include "ledger.h"
#include "session/session.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "sync/replicapreparer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

namespace crm::kill {
namespace {

constexpr int kProblemsShown = 10; // per round: a damaged file would otherwise print thousands

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(text));
    std::fflush(stdout);
}

struct Stats
{
    int kills = 0;
    int cliKills = 0;
    int killedBeforeOpen = 0; // the writer had not opened the file yet
    int killedDuringOp = 0;   // between an operation's begin and its ack
    int committedUnacked = 0; // of those, the operation had committed (the kill came before the ack)
    int withWal = 0;          // a -wal file with content was left for the next open to recover
    qint64 acks = 0;
    qint64 cliAcks = 0;
    qint64 recordChecks = 0;
    int backupsChecked = 0;
    int syncsAcked = 0;
    int failedRounds = 0;
};

// What one round learnt from the killed process's output, and what it must check.
struct Round
{
    int index = 0;
    quint32 writerSeed = 0;
    int delayMs = 0;
    bool cli = false;
    bool opened = false;
    std::optional<Op> inFlight;
    QList<std::pair<QString, QHash<QString, ExpectedRecord>>> backups; // file, records it must hold
    QStringList problems;
};

class Driver final
{
public:
    explicit Driver(const DriverOptions &options) : m_options(options), m_rng(options.seed) {}

    int run()
    {
        QElapsedTimer wall;
        wall.start();
        say(u"kill-9 harness: %1 kills in %2, seed %3 (rerun with --seed %3 to draw the same delays)"_s
                .arg(m_options.kills)
                .arg(QDir(m_options.dir).absolutePath())
                .arg(m_options.seed));
        for (int i = 0; i < m_options.kills; ++i) {
            if (i % m_options.freshEvery == 0 || m_needFresh) {
                finishEpoch();
                startEpoch(i);
            }
            Round round;
            round.index = i;
            round.delayMs = std::uniform_int_distribution<int>(0, m_options.maxDelayMs)(m_rng);
            round.writerSeed = static_cast<quint32>(m_rng());
            round.cli = !m_options.cliPath.isEmpty() && i % m_options.cliEvery == m_options.cliEvery - 1;
            if (round.cli) {
                cliRound(round);
            } else {
                writerRound(round);
            }
            checkRound(round);
            report(round);
            if ((i + 1) % 100 == 0) {
                say(u"  %1 kills, %2 acknowledgements, %3 failed rounds"_s.arg(i + 1)
                        .arg(m_stats.acks)
                        .arg(m_stats.failedRounds));
            }
        }
        finishEpoch();
        printSummary(static_cast<double>(wall.elapsed()) / 1000.0);
        return m_stats.failedRounds == 0 ? 0 : 1;
    }

private:
    QString officePath() const { return m_epochDir + u"/office.sqlite"_s; }
    QString laptopPath() const { return m_epochDir + u"/laptop.sqlite"_s; }

    void startEpoch(int round)
    {
        m_needFresh = false;
        m_epochDir = QDir(m_options.dir).absoluteFilePath(u"from-round-"_s + QString::number(round));
        QDir(m_epochDir).removeRecursively();
        QDir().mkpath(m_epochDir);
        m_office.clear();
        m_laptop.clear();
        // Not killed: the files every writer of the epoch starts from (a laptop needs its office file).
        const auto office = Session::open(officePath(), Database::OpenMode::CreateIfMissing, Clock::system());
        prepareReplica(office->db(), laptopPath(), u"laptop"_s);
    }

    // The last writer is followed by a write open (the WAL recovery every writer goes through) and
    // one more check; the folder of a sound epoch is removed, a failed one is kept for a look.
    void finishEpoch()
    {
        if (m_epochDir.isEmpty()) {
            return;
        }
        if (!m_keepEpoch) {
            Round last;
            last.index = -1;
            try {
                Session::open(officePath(), Database::OpenMode::MustExist, Clock::system()).reset();
                Session::open(laptopPath(), Database::OpenMode::MustExist, Clock::system()).reset();
            } catch (const Error &error) {
                last.problems << u"a writer cannot reopen the file: "_s + error.message();
            }
            verifyFile(officePath(), m_office, std::nullopt, last);
            verifyFile(laptopPath(), m_laptop, std::nullopt, last);
            report(last);
        }
        if (m_keepEpoch) {
            say(u"  the files of the failed rounds are kept in "_s + m_epochDir);
        } else {
            QDir(m_epochDir).removeRecursively();
        }
        m_keepEpoch = false;
        m_epochDir.clear();
    }

    void writerRound(Round &round)
    {
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setArguments({u"--writer"_s, officePath(), u"--laptop"_s, laptopPath(), u"--work"_s, m_epochDir,
                             u"--seed"_s, QString::number(round.writerSeed)});
        writer.start();
        if (!writer.waitForStarted()) {
            round.problems << u"cannot start the writer: "_s + writer.errorString();
            return;
        }
        if (writer.waitForFinished(round.delayMs)) {
            round.problems << u"the writer stopped by itself (exit code %1): %2"_s.arg(writer.exitCode())
                                  .arg(QString::fromUtf8(writer.readAllStandardError()).trimmed());
        } else {
            writer.kill(); // SIGKILL
            writer.waitForFinished(-1);
            ++m_stats.kills;
        }
        absorb(writer.readAllStandardOutput(), round);
        if (!round.opened) {
            ++m_stats.killedBeforeOpen;
        }
    }

    // The real command officers' scripts run, one add after another until the kill comes. Its
    // acknowledgement is exit code 0 with the new record's id printed.
    void cliRound(Round &round)
    {
        std::mt19937 rng(round.writerSeed);
        const QStringList names{u"中村"_s, u"ابن رشد"_s, u"Mensah"_s};
        QElapsedTimer elapsed;
        elapsed.start();
        for (int n = 0;; ++n) {
            const QString name =
                names.at(n % names.size()) + u' ' + QString::number(round.index) + u'-' + QString::number(n);
            const Op op{u"add"_s, u"delegate"_s, newRecordId(), u"family_name"_s, name};
            QProcess cli;
            cli.start(m_options.cliPath, {u"--db"_s, officePath(), u"add"_s, u"delegate"_s, u"--json"_s, u"-"_s});
            if (!cli.waitForStarted()) {
                round.problems << u"cannot start %1: %2"_s.arg(m_options.cliPath, cli.errorString());
                return;
            }
            const QJsonObject input{{u"id"_s, op.id}, {u"family_name"_s, name}, {u"country"_s, u"MA"_s}};
            cli.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
            cli.closeWriteChannel();
            const int remaining = std::max(0, round.delayMs - static_cast<int>(elapsed.elapsed()));
            if (!cli.waitForFinished(remaining)) {
                cli.kill();
                cli.waitForFinished(-1);
                ++m_stats.kills;
                ++m_stats.cliKills;
                round.inFlight = op;
                return;
            }
            const QString printed = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
            if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0 || printed != op.id) {
                round.problems << u"delegates-crm-cli add failed (exit code %1): %2"_s.arg(cli.exitCode())
                                      .arg(QString::fromUtf8(cli.readAllStandardError()).trimmed());
                return;
            }
            round.opened = true;
            acknowledge(op, round);
            ++m_stats.cliAcks;
        }
    }

    // Complete lines only: a line cut by the kill was never acknowledged.
    void absorb(const QByteArray &output, Round &round)
    {
        QList<QByteArray> lines = output.split('\n');
        lines.removeLast(); // what follows the last newline: empty, or a line the kill cut
        for (const QByteArray &raw : std::as_const(lines)) {
            const QString line = QString::fromUtf8(raw);
            const qsizetype tab = line.indexOf(u'\t');
            const QString tag = line.left(tab);
            const std::optional<Op> op = Op::parse(line.mid(tab + 1));
            if (tab < 0 || !op) {
                round.problems << u"unreadable writer output: "_s + line;
            } else if (tag == u"open"_s) {
                round.opened = true;
            } else if (tag == u"begin"_s) {
                round.inFlight = op;
            } else if (tag == u"ack"_s) {
                if (!round.inFlight || round.inFlight->text() != op->text()) {
                    round.problems << u"an acknowledgement without its begin: "_s + line;
                }
                round.inFlight.reset();
                acknowledge(*op, round);
            } else {
                round.problems << u"unreadable writer output: "_s + line;
            }
        }
    }

    void acknowledge(const Op &op, Round &round)
    {
        ++m_stats.acks;
        if (op.type == u"laptop"_s) {
            m_laptop.apply(op);
        } else if (op.type == u"sync-in"_s) {
            // Every record made on the laptop before the export is now in the office file.
            ++m_stats.syncsAcked;
            for (auto it = m_laptop.records().cbegin(); it != m_laptop.records().cend(); ++it) {
                if (!it->fields.isEmpty()) {
                    m_office.requireRecord(it.key(), ExpectedRecord{it->kind, it->fields, {}, std::nullopt});
                }
            }
        } else if (op.type == u"sync-out"_s) {
            ++m_stats.syncsAcked;
            for (auto it = m_office.records().cbegin(); it != m_office.records().cend(); ++it) {
                m_laptop.requireRecord(it.key(), ExpectedRecord{it->kind, {}, {}, std::nullopt});
            }
        } else if (op.type == u"backup"_s) {
            QHash<QString, ExpectedRecord> existing;
            for (auto it = m_office.records().cbegin(); it != m_office.records().cend(); ++it) {
                existing.insert(it.key(), ExpectedRecord{it->kind, {}, {}, std::nullopt});
            }
            round.backups.append({op.value, existing});
        } else {
            m_office.apply(op);
        }
    }

    void checkRound(Round &round)
    {
        if (round.inFlight) {
            ++m_stats.killedDuringOp;
        }
        if (QFileInfo(officePath() + u"-wal"_s).size() > 0) {
            ++m_stats.withWal;
        }
        const bool laptopOp = round.inFlight && round.inFlight->type == u"laptop"_s;
        const bool officeCommitted =
            verifyFile(officePath(), m_office, laptopOp ? std::nullopt : round.inFlight, round);
        const bool laptopCommitted =
            verifyFile(laptopPath(), m_laptop, laptopOp ? round.inFlight : std::nullopt, round);
        if (officeCommitted || laptopCommitted) {
            ++m_stats.committedUnacked;
        }
        for (const auto &[file, records] : std::as_const(round.backups)) {
            Ledger backup;
            for (auto it = records.cbegin(); it != records.cend(); ++it) {
                backup.requireRecord(it.key(), *it);
            }
            verifyFile(file, backup, std::nullopt, round);
            ++m_stats.backupsChecked;
        }
        // Backups are checked once; a backup the kill interrupted is no promise and goes too.
        const QStringList leftovers = QDir(m_epochDir).entryList({u"backup-*"_s}, QDir::Files);
        for (const QString &file : leftovers) {
            QFile::remove(QDir(m_epochDir).absoluteFilePath(file));
        }
    }

    // Opens the file as "delegates-crm-cli check" does and runs its check, then compares every
    // acknowledged record. Returns whether the interrupted operation had committed.
    bool verifyFile(const QString &path, Ledger &ledger, const std::optional<Op> &inFlight, Round &round)
    {
        bool committed = false;
        try {
            std::unique_ptr<Database> db = SqliteDatabase::open(path, Database::OpenMode::ReadOnly);
            for (const QString &problem : db->check()) {
                round.problems << u"%1 is damaged: %2"_s.arg(QFileInfo(path).fileName(), problem);
            }
            for (const QString &problem : ledger.verify(*db, inFlight, &committed)) {
                round.problems << u"%1: %2"_s.arg(QFileInfo(path).fileName(), problem);
            }
            m_stats.recordChecks += ledger.size();
        } catch (const Error &error) {
            round.problems << u"%1 cannot be opened: %2"_s.arg(QFileInfo(path).fileName(), error.message());
        }
        return committed;
    }

    void report(const Round &round)
    {
        if (round.problems.isEmpty()) {
            return;
        }
        ++m_stats.failedRounds;
        m_keepEpoch = true;
        m_needFresh = true;
        say(u"FAIL round %1 (%2, killed after %3 ms, writer seed %4, harness seed %5):"_s.arg(round.index)
                .arg(round.cli ? u"CLI"_s : u"writer"_s)
                .arg(round.delayMs)
                .arg(round.writerSeed)
                .arg(m_options.seed));
        for (const QString &problem : round.problems.mid(0, kProblemsShown)) {
            say(u"  "_s + problem);
        }
        if (round.problems.size() > kProblemsShown) {
            say(u"  ... and %1 more"_s.arg(round.problems.size() - kProblemsShown));
        }
    }

    void printSummary(double seconds) const
    {
        say(u"kills: %1 (%2 of the writer, %3 of delegates-crm-cli add); %4 before the file was open"_s
                .arg(m_stats.kills)
                .arg(m_stats.kills - m_stats.cliKills)
                .arg(m_stats.cliKills)
                .arg(m_stats.killedBeforeOpen));
        say(u"kills during an operation (after its begin, before its ack): %1, of which committed: %2"_s
                .arg(m_stats.killedDuringOp)
                .arg(m_stats.committedUnacked));
        say(u"kills that left a -wal for the next open to recover: %1"_s.arg(m_stats.withWal));
        say(u"acknowledged operations: %1 (%2 CLI adds, %3 sync imports); backups checked: %4"_s.arg(m_stats.acks)
                .arg(m_stats.cliAcks)
                .arg(m_stats.syncsAcked)
                .arg(m_stats.backupsChecked));
        say(u"acknowledged record states verified: %1"_s.arg(m_stats.recordChecks));
        say(u"failed rounds: %1"_s.arg(m_stats.failedRounds));
        say(u"wall time: %1 s"_s.arg(seconds, 0, 'f', 1));
    }

    DriverOptions m_options;
    std::mt19937 m_rng;
    Stats m_stats;
    QString m_epochDir;
    bool m_needFresh = false;
    bool m_keepEpoch = false;
    Ledger m_office;
    Ledger m_laptop;
};

} // namespace

int runDriver(const DriverOptions &options)
{
    try {
        return Driver(options).run();
    } catch (const Error &error) {
        say(u"kill-9 harness: "_s + error.message());
        return 2;
    }
}

} // namespace crm::kill
