// replica prepare / name: making a mission laptop's copy, and what this replica is called.
#include "commands.h"
#include "console.h"
#include "session.h"
#include "sync/replicapreparer.h"
#include "sync/synchronizer.h"
#include "syncsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct SyncReplicaCommandsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::SyncReplicaCommands)
};
} // namespace

ExitCode prepareLaptop(const Invocation &invocation)
{
    const QString out = invocation.value(u"out"_s);
    checkWritable(out);
    if (QFileInfo::exists(out)) {
        // The copy is a new database: replacing a file here could destroy another replica's work.
        throw UsageError(SyncReplicaCommandsTr::tr("%1 already exists; replica prepare writes a new file")
                             .arg(QDir::toNativeSeparators(out)));
    }
    // Without --name the laptop is called after its file ("casablanca" for casablanca.sqlite).
    const QString name =
        invocation.has(u"name"_s) ? invocation.value(u"name"_s).trimmed() : QFileInfo(out).completeBaseName();
    ReplicaScope scope;
    scope.missionIds = syncsupport::listOption(invocation, u"mission"_s);
    scope.delegateIds = syncsupport::listOption(invocation, u"delegate"_s);
    for (const QString &country : syncsupport::listOption(invocation, u"country"_s)) {
        scope.countries << country.toUpper(); // codes are stored in capitals
    }

    Session session(invocation, Database::OpenMode::MustExist);
    syncsupport::ProgressPrinter progress(SyncReplicaCommandsTr::tr("preparing"));
    PreparedReplica prepared;
    try {
        prepared = prepareReplica(session.db(), out, name, scope, progress.callback());
    } catch (...) {
        progress.finish();
        throw;
    }
    progress.finish();

    console::line(SyncReplicaCommandsTr::tr("Prepared the replica \"%1\" in %2.")
                      .arg(prepared.name, QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
    // "key: value" lines with fixed English keys, like generate's, for scripts.
    console::line(u"replica_id: "_s + prepared.replicaId);
    qint64 total = 0;
    for (RecordKind kind : allRecordKinds()) {
        const qint64 count = prepared.records.value(kind);
        console::line(kindName(kind) + u": "_s + QString::number(count));
        total += count;
    }
    console::line(u"total: "_s + QString::number(total));
    console::line(console::fileSizeLine(prepared.bytes));
    return ExitCode::Success;
}

ExitCode replicaName(const Invocation &invocation)
{
    const QString name = invocation.value(u"set"_s).trimmed();
    if (invocation.has(u"set"_s) && name.isEmpty()) {
        throw UsageError(SyncReplicaCommandsTr::tr("--set needs a name that is not blank"));
    }
    Session session(invocation,
                    invocation.has(u"set"_s) ? Database::OpenMode::MustExist : Database::OpenMode::ReadOnly);
    Synchronizer sync(session.db());
    if (invocation.has(u"set"_s)) {
        sync.setReplicaName(name);
    }
    console::line(sync.status().replicaName);
    return ExitCode::Success;
}

// The one-time key exchange with a peer prepared before packages were signed: each side prints its
// key with `replica key`, and the officers enter the other's with `sync trust` (docs/sync.md).
ExitCode replicaKey(const Invocation &invocation)
{
    Session session(invocation, Database::OpenMode::MustExist);
    console::line(Synchronizer(session.db()).publicKey());
    return ExitCode::Success;
}

ExitCode trustPeer(const Invocation &invocation)
{
    Session session(invocation, Database::OpenMode::MustExist);
    Synchronizer sync(session.db());
    const QString peer = sync.peerId(invocation.positionals.at(0));
    sync.trustPeerKey(peer, invocation.positionals.at(1));
    console::line(SyncReplicaCommandsTr::tr("This replica now accepts packages signed with that key from %1.")
                      .arg(invocation.positionals.at(0)));
    return ExitCode::Success;
}

} // namespace crm::cli
