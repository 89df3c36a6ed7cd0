// delegates-crm-syncbench: the size and merge time of a sync package of 10,000 changes (issue 8).
// An office database is generated (generate --scale 1000: 1,000 investors, 10,000 meetings), a
// mission laptop is prepared from it, the laptop makes the changes (new notes and edits of
// meetings, investors and deals, as officers on a mission would), exports them plain and
// encrypted, and the office imports them: the first import merges everything, the second finds
// only duplicates. Prints one line per measure; see docs/benchmarks.md.

#include "domain/clock.h"
#include "generator/generator.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "sync/replicapreparer.h"
#include "sync/synchronizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
QStringList idsOf(RecordStore &store, RecordKind kind, qint64 limit)
{
    QStringList ids;
    ListQuery query;
    query.limit = limit;
    store.forEach(kind, query, [&](const QVariantMap &record) {
        ids << record.value(u"id"_s).toString();
        return true;
    });
    return ids;
}

// changes made on the laptop: one note in five, the rest edits of existing records.
void makeChanges(RecordStore &store, qint64 changes)
{
    const QStringList meetings = idsOf(store, RecordKind::Meeting, 4000);
    const QStringList investors = idsOf(store, RecordKind::Investor, 1000);
    const QStringList deals = idsOf(store, RecordKind::Deal, 100);
    for (qint64 i = 0; i < changes; ++i) {
        const QString text = u"Mission note %1: visite du site, 工場見学, زيارة الموقع"_s.arg(i);
        switch (i % 5) {
        case 0:
            store.create(RecordKind::Note, {{u"body"_s, text},
                                            {u"written_at"_s, u"2026-11-29T10:00:00Z"_s},
                                            {u"linked_kind"_s, u"investor"_s},
                                            {u"linked_id"_s, investors[i % investors.size()]}});
            break;
        case 1:
        case 2:
            store.update(RecordKind::Meeting, meetings[i % meetings.size()], {{u"next_step"_s, text}});
            break;
        case 3:
            store.update(RecordKind::Investor, investors[i % investors.size()], {{u"hq_city"_s, text.left(40)}});
            break;
        default:
            store.update(RecordKind::Deal, deals[i % deals.size()], {{u"notes"_s, text}});
            break;
        }
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 changes = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 10000;
    QTemporaryDir dir;
    const QString officePath = dir.filePath(u"office.sqlite"_s);
    const QString laptopPath = dir.filePath(u"laptop.sqlite"_s);
    QElapsedTimer timer;

    const auto officeSession = Session::open(officePath, Database::OpenMode::CreateIfMissing, Clock::system());
    Database *office = &officeSession->db();
    timer.start();
    generateDataset(*office, {1000, 1});
    out << "office generated (scale 1000): " << timer.elapsed() << " ms, " << QFileInfo(officePath).size() / 1024
        << " KiB" << Qt::endl;
    timer.restart();
    const PreparedReplica laptopCopy = prepareReplica(*office, laptopPath, u"Casablanca mission laptop"_s);
    out << "prepare mission laptop (everything): " << timer.elapsed() << " ms, " << laptopCopy.bytes / 1024 << " KiB"
        << Qt::endl;

    const auto laptopSession = Session::open(laptopPath, Database::OpenMode::MustExist, Clock::system());
    Database *laptop = &laptopSession->db();
    RecordStore &laptopStore = laptop->records();
    timer.restart();
    makeChanges(laptopStore, changes);
    out << changes << " edits on the laptop: " << timer.elapsed() << " ms" << Qt::endl;

    Synchronizer laptopSync(*laptop);
    for (const bool encrypted : {false, true}) {
        const QString path = dir.filePath(encrypted ? u"encrypted.dcrmsync"_s : u"plain.dcrmsync"_s);
        timer.restart();
        const SyncExportReport report =
            laptopSync.exportTo(u"Office"_s, path, encrypted ? u"a passphrase for the bench"_s : QString());
        out << "export " << (encrypted ? "encrypted" : "plain") << ": " << report.changeCount << " changes, "
            << report.bytes << " bytes (" << report.bytes / 1024 << " KiB), " << timer.elapsed() << " ms" << Qt::endl;
    }

    Synchronizer officeSync(*office);
    timer.restart();
    const SyncPackage package =
        officeSync.readPackage(dir.filePath(u"encrypted.dcrmsync"_s), u"a passphrase for the bench"_s);
    out << "read and decrypt: " << timer.elapsed() << " ms" << Qt::endl;
    timer.restart();
    const SyncImportReport first = officeSync.import(package);
    out << "import (merge): " << timer.elapsed() << " ms; " << first.applied << " new, " << first.recordsChanged
        << " records written, " << first.conflicts << " conflicts" << Qt::endl;
    timer.restart();
    const SyncImportReport second = officeSync.import(package);
    out << "import again: " << timer.elapsed() << " ms; " << second.duplicates << " duplicates, " << second.applied
        << " new" << Qt::endl;
    // The status bar asks for the status after every edit.
    timer.restart();
    const SyncStatus status = officeSync.status();
    out << "status (peers, pending, conflicts) at the office: " << timer.elapsed() << " ms; "
        << status.peers.value(0).pendingChanges << " pending, " << status.unresolvedConflicts << " conflicts"
        << Qt::endl;
    timer.restart();
    const SyncStatus laptopStatus = laptopSync.status();
    out << "status on the laptop: " << timer.elapsed() << " ms; " << laptopStatus.peers.value(0).pendingChanges
        << " pending" << Qt::endl;
    return first.applied == changes && second.applied == 0 ? 0 : 1;
}
