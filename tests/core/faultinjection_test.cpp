// Proof by fault injection (issue 16, point 7): each write an officer makes through the CLI or the GUI
// (add, update, trash, restore, sync import, merge, backup) is run once per read, write, sync, lock and truncate
// call it makes, with that call failing. Each run must either complete or raise crm::Error, leave a
// database that passes the integrity check, and leave exactly the state before the operation (it failed)
// or exactly the state a fault-free run reaches (it completed): nothing acknowledged is lost, nothing is
// half written.
#include "faultvfs.h"
#include "fixtures.h"
#include "services/backups.h"
#include "services/records/merges.h"
#include "services/sampledata.h"
#include "services/search.h"
#include "session/session.h"
#include "sqlite/sqlitedatabase.h"
#include "sync/replicapreparer.h"
#include "sync/synchronizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <functional>
#include <iostream>
#include <limits>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace crm;
using test::FaultCounts;
using test::FaultKind;
using test::FaultVfs;

namespace {
const QDateTime kSeeded(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
const QDateTime kOperated(QDate(2026, 11, 30), QTime(14, 30), Qt::UTC);
const QString kOfficerInitials = u"HS"_s; // 佐藤 花子 of the sample data
const QString kNewInvestorId = u"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b"_s;

// Where the copies are run: a memory file system when there is one. Every run syncs a few times, and
// on a real disk those syncs take most of the test's time while proving nothing here: the VFS fails
// the sync calls whatever the disk does with them.
QString scratchFolder()
{
    const QFileInfo shm(u"/dev/shm"_s);
    const QString parent = shm.isDir() && shm.isWritable() ? shm.absoluteFilePath() : QDir::tempPath();
    return parent + u"/crm-faults-XXXXXX"_s;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s, u".part"_s}) {
        QFile::remove(path + suffix);
    }
}

QString json(const QVariant &value)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
}

// Everything an officer can see of a database through core: every record with its lists (the Trash
// included), each record's history, what search finds for the probes, and the sync status.
QString stateOf(Database &db, const QStringList &probes)
{
    RecordStore &store = db.records();
    QStringList lines;
    for (RecordKind kind : allRecordKinds()) {
        for (bool trash : {false, true}) {
            ListQuery query;
            query.trash = trash;
            query.withChildren = true;
            query.sortField = u"id"_s;
            store.forEach(kind, query, [&](const QVariantMap &record) {
                const QString id = record.value(u"id"_s).toString();
                lines << kindName(kind) + u' ' + json(record);
                for (const HistoryEntry &e : store.history(kind, id)) {
                    lines << u"  history "_s +
                                 json(QVariantList{e.sequence, e.at.toString(Qt::ISODateWithMs), e.officerId, e.action,
                                                   e.field, e.oldValue, e.newValue});
                }
                return true;
            });
        }
    }
    for (const QString &probe : probes) {
        for (const SearchHit &hit : Search(db).search({probe, {}, 10})) {
            lines << u"search "_s + probe + u": "_s + kindName(hit.kind) + u' ' + hit.id + u' ' + hit.field;
        }
    }
    Synchronizer sync(db);
    const SyncStatus status = sync.status();
    lines << u"sync "_s +
                 json(QVariantList{status.replicaId, status.replicaName, status.enabled, status.unresolvedConflicts});
    for (const SyncPeerStatus &peer : status.peers) {
        lines << u"peer "_s + json(QVariantList{peer.replicaId, peer.name, peer.lastImportAt, peer.lastExportAt,
                                                peer.pendingChanges});
    }
    return lines.join(u'\n');
}

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression uuid(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    return uuid;
}

// Ids the operation made up (a child row's, a sync change's) differ from run to run: they are
// numbered in order of appearance, ids already in the seed kept as they are.
class IdNumbering final
{
public:
    explicit IdNumbering(const QString &seedState)
    {
        for (auto it = uuidPattern().globalMatch(seedState); it.hasNext();) {
            m_seedIds.insert(it.next().captured());
        }
    }

    QString operator()(const QString &state) const
    {
        QHash<QString, QString> numbered;
        QString out;
        qsizetype last = 0;
        for (auto it = uuidPattern().globalMatch(state); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += state.mid(last, m.capturedStart() - last);
            const QString id = m.captured();
            if (m_seedIds.contains(id)) {
                out += id;
            } else {
                auto found = numbered.find(id);
                if (found == numbered.end()) {
                    found = numbered.insert(id, u"<new-"_s + QString::number(numbered.size() + 1) + u'>');
                }
                out += *found;
            }
            last = m.capturedEnd();
        }
        return out + state.mid(last);
    }

private:
    QSet<QString> m_seedIds;
};

// The lines of actual that expected lacks and the reverse ("-" expected, "+" actual), empty when the
// states are the same: what a failure shows instead of two states of hundreds of lines.
std::string stateDifference(const QString &expected, const QString &actual)
{
    const QStringList e = expected.split(u'\n');
    const QStringList a = actual.split(u'\n');
    QStringList diff;
    for (const QString &line : e) {
        if (!a.contains(line)) {
            diff << u"- "_s + line;
        }
    }
    for (const QString &line : a) {
        if (!e.contains(line)) {
            diff << u"+ "_s + line;
        }
    }
    if (diff.isEmpty() && expected != actual) {
        diff << u"(the same lines in another order)"_s;
    }
    return diff.join(u'\n').toStdString();
}

// The file reopened after the fault, as the next command would open it: it must pass the check that
// "delegates-crm-cli check" runs, and its state is returned.
QString checkedState(const QString &path, const QStringList &probes, Database::OpenMode mode)
{
    FixedClock clock(kOperated);
    const std::unique_ptr<Database> db = SqliteDatabase::open(path, mode);
    db->setClock(&clock);
    const QStringList problems = db->check();
    INFO("check: " << problems.join(u"; "_s).toStdString());
    REQUIRE(problems.isEmpty());
    return stateOf(*db, probes);
}

// One operation as app/cli does it: open the file, stamp the officer by initials, do the work, close.
struct Operation
{
    const char *name;
    QString seed;       // the seeded database the operation starts from (copied for every run)
    QStringList probes; // search texts whose hits must change with the operation or not at all
    QString backupOut;  // the backup operation's file, else empty
    std::function<void(Database &, RecordStore &)> work;
};

void runAsCli(const Operation &op, const QString &path)
{
    FixedClock clock(kOperated);
    const std::unique_ptr<Session> session = Session::open(path, Database::OpenMode::MustExist, clock);
    Database &db = session->db();
    RecordStore &store = db.records();
    const std::optional<QString> officer = store.findIdBy(RecordKind::Officer, u"initials"_s, kOfficerInitials);
    REQUIRE(officer);
    db.setOfficerId(*officer);
    op.work(db, store);
}

// The seeds, built once: the sample data, with what each operation needs beforehand.
struct Seeds
{
    QTemporaryDir dir{scratchFolder()};
    QString plain;   // the sample data
    QString trashed; // ... with one investor in the Trash (for restore)
    QString office;  // ... with a mission laptop prepared from it (for sync import)
    QString package; // the laptop's changes, addressed to the office
    QString yazaki, sakuraumi, aomine, shinonome;

    Seeds()
    {
        REQUIRE(dir.isValid());
        plain = dir.filePath(u"plain.sqlite"_s);
        FixedClock clock(kSeeded);
        {
            const std::unique_ptr<Database> db = SqliteDatabase::open(plain);
            db->setClock(&clock);
            loadSampleData(*db);
            RecordStore &store = db->records();
            const auto investor = [&](const QString &latin) {
                return *store.findIdBy(RecordKind::Investor, u"name_latin"_s, latin);
            };
            yazaki = investor(u"Yazaki Corporation"_s);
            sakuraumi = investor(u"Sakuraumi Foods Co., Ltd."_s);
            aomine = investor(u"Aomine Energy K.K."_s);
            shinonome = investor(u"Shinonome Textile Co., Ltd."_s);
        }
        trashed = copyOf(plain, u"trashed.sqlite"_s, [&](Database &db, RecordStore &store) {
            Q_UNUSED(db);
            store.moveToTrash(RecordKind::Investor, aomine);
        });
        office = copyOf(plain, u"office.sqlite"_s, [&](Database &db, RecordStore &) {
            const QString laptopPath = dir.filePath(u"laptop.sqlite"_s);
            prepareReplica(db, laptopPath, u"Casablanca"_s);
            FixedClock later(kSeeded.addDays(3));
            const std::unique_ptr<Session> laptopSession =
                Session::open(laptopPath, Database::OpenMode::MustExist, later);
            Database *laptop = &laptopSession->db();
            RecordStore &laptopStore = laptop->records();
            laptop->setOfficerId(*laptopStore.findIdBy(RecordKind::Officer, u"initials"_s, u"MK"_s));
            laptopStore.create(RecordKind::Investor, newInvestor());
            laptopStore.update(RecordKind::Investor, yazaki,
                               {{u"hq_city"_s, u"Shizuoka"_s}, {u"aliases"_s, QVariantList{u"Yazaki Sogyo"_s}}});
            laptopStore.moveToTrash(RecordKind::Investor, shinonome);
            package = dir.filePath(u"to-office.dcrmsync"_s);
            Synchronizer(*laptop).exportTo(u"Office"_s, package);
        });
    }

    QString copyOf(const QString &from, const QString &name, const std::function<void(Database &, RecordStore &)> &f)
    {
        const QString path = dir.filePath(name);
        REQUIRE(QFile::copy(from, path));
        FixedClock clock(kSeeded.addDays(1));
        const std::unique_ptr<Database> db = SqliteDatabase::open(path, Database::OpenMode::MustExist);
        db->setClock(&clock);
        RecordStore &store = db->records();
        db->setOfficerId(*store.findIdBy(RecordKind::Officer, u"initials"_s, kOfficerInitials));
        f(*db, store);
        return path;
    }

    static QVariantMap newInvestor()
    {
        return {{u"id"_s, kNewInvestorId},
                {u"name"_s, u"断層精機株式会社"_s},
                {u"name_latin"_s, u"Faultline Precision Co., Ltd."_s},
                {u"name_reading"_s, u"だんそうせいき"_s},
                {u"aliases"_s, QVariantList{u"Faultline"_s, u"断層"_s}},
                {u"sector"_s, u"automotive"_s},
                {u"hq_country"_s, u"JP"_s},
                {u"notes"_s, u"Met at the Nagoya fair; wants a plant near Tanger Med."_s}};
    }
};

QList<Operation> operations(const Seeds &s, const QString &runDir)
{
    const QString backupOut = QDir(runDir).filePath(u"backup-out.sqlite"_s);
    const QString package = s.package;
    const QString yazaki = s.yazaki, sakuraumi = s.sakuraumi, aomine = s.aomine;
    return {
        {"add",
         s.plain,
         {u"Faultline"_s, u"断層精機"_s},
         {},
         [](Database &, RecordStore &store) { store.create(RecordKind::Investor, Seeds::newInvestor()); }},
        {"update",
         s.plain,
         {u"Faultless"_s, u"Yazaki"_s},
         {},
         [yazaki](Database &, RecordStore &store) {
             const bool changed = store.update(RecordKind::Investor, yazaki,
                                               {{u"name_latin"_s, u"Yazaki Faultless Corporation"_s},
                                                {u"aliases"_s, QVariantList{u"Yazaki"_s, u"Faultless"_s, u"矢崎"_s}},
                                                {u"hq_city"_s, u"Shizuoka"_s}});
             REQUIRE(changed); // "updated", not "unchanged"
         }},
        {"trash",
         s.plain,
         {u"Sakuraumi"_s},
         {},
         [sakuraumi](Database &, RecordStore &store) {
             // The CLI's delete: look whether it is in the Trash already, then move it there.
             const QVariantMap record = store.get(RecordKind::Investor, sakuraumi, MapFormat::Storage);
             REQUIRE_FALSE(record.contains(u"deleted_at"_s));
             store.moveToTrash(RecordKind::Investor, sakuraumi);
         }},
        {"restore",
         s.trashed,
         {u"Aomine"_s},
         {},
         [aomine](Database &, RecordStore &store) {
             const QVariantMap record = store.get(RecordKind::Investor, aomine, MapFormat::Storage);
             REQUIRE(record.contains(u"deleted_at"_s));
             store.restore(RecordKind::Investor, aomine);
         }},
        {"sync import",
         s.office,
         {u"Faultline"_s, u"Shinonome"_s, u"Yazaki Sogyo"_s},
         {},
         [package](Database &db, RecordStore &) { Synchronizer(db).importFile(package); }},
        {"merge",
         s.plain,
         {u"Sakuraumi"_s, u"Yazaki"_s},
         {},
         [yazaki, sakuraumi](Database &db, RecordStore &) {
             // The CLI's merge: links move, the merged investor goes, its names become aliases.
             MergeRequest request;
             request.kind = RecordKind::Investor;
             request.keepId = yazaki;
             request.otherIds = {sakuraumi};
             const MergeResult result = Merges(db).merge(request);
             REQUIRE(result.linksMoved > 0);
         }},
        {"backup",
         s.plain,
         {},
         backupOut,
         [backupOut](Database &db, RecordStore &) { backUp(db, backupOut, BackupReason::Manual); }},
    };
}

// The call indexes of a kind to fail: all of them up to the cap, else evenly spread, first and last included.
QList<qint64> faultPoints(qint64 calls, qint64 cap)
{
    QList<qint64> points;
    if (calls <= cap) {
        for (qint64 i = 0; i < calls; ++i) {
            points << i;
        }
        return points;
    }
    for (qint64 i = 0; i < cap; ++i) {
        points << i * (calls - 1) / std::max<qint64>(cap - 1, 1);
    }
    return points;
}

struct Fault
{
    FaultKind kind;
    int error;
    bool persistent;
    const char *label;
};

const QList<Fault> &faults()
{
    static const QList<Fault> all{
        {FaultKind::Read, SQLITE_IOERR_READ, false, "read"},
        {FaultKind::Write, SQLITE_IOERR_WRITE, false, "write"},
        {FaultKind::Write, SQLITE_FULL, true, "disk full from write"},
        {FaultKind::Sync, SQLITE_IOERR_FSYNC, false, "sync"},
        {FaultKind::Lock, SQLITE_BUSY, false, "lock"},
        {FaultKind::Truncate, SQLITE_IOERR_TRUNCATE, false, "truncate"},
        {FaultKind::ShmLock, SQLITE_BUSY, false, "shm lock"},
    };
    return all;
}

enum class Outcome
{
    Completed,
    Failed
};

struct Tally
{
    FaultCounts calls; // of the run without a fault
    qint64 points = 0;
    qint64 completed = 0;
    qint64 failed = 0;
    QMap<QString, qint64> byFault;
};

// backupCap: the most calls of each kind failed in turn in the backup, whose calls are mostly its
// page-by-page copy, one read and one write per page alike. Every other operation has each of its
// calls failed in turn.
void injectFaults(qint64 backupCap, const char *variant)
{
    QElapsedTimer timer;
    timer.start();
    const Seeds seeds;
    QTemporaryDir runDir(scratchFolder());
    REQUIRE(runDir.isValid());
    const QString path = runDir.filePath(u"run.sqlite"_s);
    FaultVfs vfs;
    QMap<QString, Tally> tallies;
    qint64 totalPoints = 0;

    for (const Operation &op : operations(seeds, runDir.path())) {
        INFO("operation: " << op.name);
        const auto fresh = [&] {
            removeDatabaseFiles(path);
            if (!op.backupOut.isEmpty()) {
                removeDatabaseFiles(op.backupOut);
            }
            REQUIRE(QFile::copy(op.seed, path));
        };
        // The state before, and after a run with no fault, which also counts the calls of each kind.
        fresh();
        const QString seedState = checkedState(path, op.probes, Database::OpenMode::MustExist);
        const IdNumbering withNewIdsNumbered(seedState);
        const QString before = withNewIdsNumbered(seedState);
        vfs.resetCounts();
        runAsCli(op, path);
        const FaultCounts counts = vfs.counts();
        const QString after = withNewIdsNumbered(checkedState(path, op.probes, Database::OpenMode::MustExist));
        QString backupState;
        if (op.backupOut.isEmpty()) {
            REQUIRE(after != before); // the operation changes something a check could miss
        } else {
            CHECK(after == before);
            backupState = withNewIdsNumbered(checkedState(op.backupOut, {}, Database::OpenMode::ReadOnly));
            CHECK(backupState ==
                  withNewIdsNumbered(stateOf(*SqliteDatabase::open(op.seed, Database::OpenMode::ReadOnly), {})));
        }
        for (int k = 0; k < test::kFaultKindCount; ++k) {
            INFO(test::faultKindName(FaultKind(k)) << " calls: " << counts.calls[k]);
        }
        CHECK(counts.of(FaultKind::Read) > 0); // the connections really go through the fault VFS
        CHECK(counts.of(FaultKind::Write) > 0);

        Tally &tally = tallies[QString::fromLatin1(op.name)];
        tally.calls = counts;
        for (const Fault &fault : faults()) {
            const qint64 cap = op.backupOut.isEmpty() ? counts.of(fault.kind) : backupCap;
            for (qint64 index : faultPoints(counts.of(fault.kind), cap)) {
                INFO("fault: " << fault.label << " at call " << index << " of " << counts.of(fault.kind));
                fresh();
                vfs.resetCounts();
                vfs.arm(fault.kind, index, fault.error, fault.persistent);
                Outcome outcome = Outcome::Completed;
                QString message;
                try {
                    runAsCli(op, path);
                } catch (const Error &error) {
                    outcome = Outcome::Failed;
                    message = error.message();
                } catch (const std::exception &e) {
                    vfs.disarm();
                    FAIL("not a crm::Error: " << e.what());
                }
                const bool fired = vfs.fired();
                vfs.disarm();
                INFO("outcome: " << (outcome == Outcome::Completed ? "completed" : "failed: ")
                                 << message.toStdString());
                // A run that took another path may not reach the call; it must still end well.
                const QString state = withNewIdsNumbered(checkedState(path, op.probes, Database::OpenMode::MustExist));
                if (outcome == Outcome::Completed) {
                    REQUIRE(stateDifference(after, state) == "");
                    if (!op.backupOut.isEmpty()) {
                        REQUIRE(withNewIdsNumbered(checkedState(op.backupOut, {}, Database::OpenMode::ReadOnly)) ==
                                backupState);
                    }
                    ++tally.completed;
                } else {
                    REQUIRE(stateDifference(before, state) == "");
                    if (!op.backupOut.isEmpty()) {
                        // No half-written file where the officer asked for the backup, nor beside it.
                        REQUIRE_FALSE(QFileInfo::exists(op.backupOut));
                        REQUIRE_FALSE(QFileInfo::exists(op.backupOut + u".part"_s));
                    }
                    ++tally.failed;
                }
                if (fired) {
                    ++tally.points;
                    ++tally.byFault[QString::fromLatin1(fault.label)];
                    ++totalPoints;
                }
            }
        }
    }
    removeDatabaseFiles(path);

    std::cout << "fault injection (" << variant << "): " << totalPoints << " injection points in "
              << timer.elapsed() / 1000.0 << " s\n";
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        QStringList calls;
        for (int k = 0; k < test::kFaultKindCount; ++k) {
            calls << QString::fromLatin1(test::faultKindName(FaultKind(k))) + u' ' +
                         QString::number(it->calls.calls[k]);
        }
        QStringList kinds;
        for (auto k = it->byFault.cbegin(); k != it->byFault.cend(); ++k) {
            kinds << k.key() + u' ' + QString::number(*k);
        }
        std::cout << "  " << it.key().toStdString() << ": " << it->points << " points ("
                  << kinds.join(u", "_s).toStdString() << "); " << it->completed << " completed, " << it->failed
                  << " failed with an error; calls without a fault: " << calls.join(u", "_s).toStdString() << "\n";
    }
    CHECK(totalPoints >= 500);
}
} // namespace

TEST_CASE("the fault VFS is the default while it lives, and every connection of core goes through it", "[faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seen.sqlite"_s);
    FaultCounts seen;
    {
        FaultVfs vfs;
        SqliteDatabase::open(path).reset();
        seen = vfs.counts();
        CHECK(seen.of(FaultKind::Write) > 0);
        CHECK(seen.of(FaultKind::Lock) > 0);
        vfs.resetCounts();
        SqliteDatabase::open(path, Database::OpenMode::ReadOnly).reset();
        CHECK(vfs.counts().of(FaultKind::Read) > 0);
    }
    // Gone: the next connection uses the previous default VFS again.
    CHECK(sqlite3_vfs_find(nullptr) == sqlite3_vfs_find("unix"));
}

TEST_CASE("a failing disk during add, update, trash, restore, sync import, merge and backup loses nothing acknowledged",
          "[faults]")
{
    injectFaults(40, "CI-sized: the backup's copy sampled");
}

TEST_CASE("every call of add, update, trash, restore, sync import, merge and backup failing in turn", "[.faults-long]")
{
    injectFaults(std::numeric_limits<qint64>::max(), "every call");
}
