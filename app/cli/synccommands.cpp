// sync export / import / status / conflicts / resolve: offline sync between replicas of one database.
#include "commands.h"
#include "console.h"
#include "domain/error.h"
#include "domain/strictjson.h"
#include "jsonio.h"
#include "session.h"
#include "sync/synchronizer.h"
#include "syncsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm::cli {
namespace {
struct SyncCommandsTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::SyncCommands)
};

const QString kJson = u"json"_s;
const QString kRecord = u"record"_s;
const QString kField = u"field"_s;
const QString kKeep = u"keep"_s;
const QString kValue = u"value"_s;
const QString kRestore = u"restore"_s;
const QString kKeepDeleted = u"keep-deleted"_s;

QString absolute(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// A package refused with one line per bad header field: the core's message already holds the
// lines under a sentence naming the file, which cli::run() would drop for "invalid data:".
[[noreturn]] void rethrowRefusal(const Error &error)
{
    if (error.kind() == Error::Kind::Invalid && !error.fieldErrors().isEmpty()) {
        throw Error(Error::Kind::Invalid, error.message());
    }
    throw; // called from a catch block: rethrows the Error as it was
}

QString typeName(SyncConflict::Type type)
{
    // Fixed words, not translated: scripts test for them.
    return type == SyncConflict::Type::SameField ? u"same_field"_s : u"deleted_while_edited"_s;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap valueJson(const SyncConflictValue &value, bool withValue)
{
    QVariantMap json{{u"replica_id"_s, value.replicaId},
                     {u"replica_name"_s, value.replicaName.isEmpty() ? value.replicaId : value.replicaName},
                     {u"author"_s, orNull(value.author)},
                     {u"at"_s, syncsupport::isoOrNull(value.at)},
                     {u"change_id"_s, value.changeId}};
    if (withValue) {
        json.insert(u"value"_s, value.value.toVariant());
    }
    return json;
}

QVariantMap conflictJson(const SyncConflict &conflict)
{
    QVariantList values;
    for (const SyncConflictValue &value : conflict.values) {
        values << valueJson(value, true);
    }
    const bool deletion = conflict.type == SyncConflict::Type::DeletedWhileEdited;
    return {{u"type"_s, typeName(conflict.type)},
            {u"kind"_s, kindName(conflict.kind)},
            {u"record_id"_s, conflict.recordId},
            {u"title"_s, conflict.recordTitle},
            {u"field"_s, conflict.field},
            {u"values"_s, values},
            {u"deletion"_s, deletion ? QVariant(valueJson(conflict.deletion, false)) : QVariant()}};
}

// A value as the conflict list shows it: compact JSON, so "5" and 5 differ and a cleared field reads null.
QString valueText(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return console::oneLine(QString::fromUtf8(json.mid(1, json.size() - 2)));
}

// "Mission laptop 2, HS, 2026-11-29 10:15 UTC"
QString origin(const SyncConflictValue &value)
{
    QStringList parts{value.replicaName.isEmpty() ? value.replicaId : value.replicaName};
    if (!value.author.isEmpty()) {
        parts << value.author;
    }
    parts << syncsupport::humanTime(value.at);
    return parts.join(u", "_s);
}

void printConflict(const SyncConflict &conflict)
{
    console::line(kindName(conflict.kind) + u' ' + conflict.recordId + u"  "_s +
                  console::oneLine(conflict.recordTitle));
    if (conflict.type == SyncConflict::Type::SameField) {
        console::line(u"  "_s + SyncCommandsTr::tr("field %1, edited on both sides:").arg(conflict.field));
        for (qsizetype i = 0; i < conflict.values.size(); ++i) {
            const SyncConflictValue &value = conflict.values.at(i);
            const QString current = i == 0 ? SyncCommandsTr::tr(" (current)") : QString();
            console::line(u"  "_s + QString::number(i + 1) + u". "_s + valueText(value.value) + u"  ("_s +
                          origin(value) + u')' + current);
        }
        return;
    }
    console::line(u"  "_s + SyncCommandsTr::tr("moved to the Trash (%1) while edited elsewhere (%2)")
                                .arg(origin(conflict.deletion), conflict.field));
    for (const SyncConflictValue &value : conflict.values) {
        console::line(u"  "_s + SyncCommandsTr::tr("edit: %1").arg(origin(value)));
    }
}

// --value: any JSON value ("\"Rabat\"", 4, null, ["a","b"]). Qt parses documents only, so it is
// parsed as the one element of an array.
QJsonValue parseValue(const QString &text)
{
    // Strict, as docs/json-format.md says: Qt alone would take "x\q" as "xq" or a lone surrogate.
    const StrictJson parsed = parseStrictJson("[" + text.toUtf8() + "]");
    const QJsonDocument &document = parsed.document;
    if (parsed.problem || !document.isArray() || document.array().size() != 1) {
        throw Error(Error::Kind::Invalid,
                    SyncCommandsTr::tr("--value is not one JSON value: %1 (text needs quotes: --value '\"Rabat\"')")
                        .arg(parsed.problem ? parsed.problem->message : text));
    }
    return document.array().at(0);
}

QString fieldsOf(const QList<SyncConflict> &conflicts)
{
    QStringList fields;
    for (const SyncConflict &conflict : conflicts) {
        fields << (conflict.type == SyncConflict::Type::SameField ? conflict.field
                                                                  : u"--"_s + kRestore + u"|--"_s + kKeepDeleted);
    }
    return fields.join(u", "_s);
}

// The conflict --record (and --field) name; a Conflict error saying what there is to resolve otherwise.
SyncConflict findConflict(const Synchronizer &sync, const QString &recordId, const QString &field)
{
    QList<SyncConflict> ofRecord;
    for (const SyncConflict &conflict : sync.conflicts()) {
        if (conflict.recordId == recordId) {
            ofRecord << conflict;
        }
    }
    const bool deletion = field.isEmpty();
    for (const SyncConflict &conflict : std::as_const(ofRecord)) {
        if (deletion ? conflict.type == SyncConflict::Type::DeletedWhileEdited
                     : conflict.type == SyncConflict::Type::SameField && conflict.field == field) {
            return conflict;
        }
    }
    if (ofRecord.isEmpty()) {
        throw Error(Error::Kind::Conflict,
                    SyncCommandsTr::tr("the record %1 has no unresolved conflict (\"sync conflicts\" lists them)")
                        .arg(recordId));
    }
    const QString what = deletion ? SyncCommandsTr::tr("no conflict between a delete and edits")
                                  : SyncCommandsTr::tr("no conflict on the field %1").arg(field);
    throw Error(
        Error::Kind::Conflict,
        SyncCommandsTr::tr("the record %1 has %2; resolve it with: %3").arg(recordId, what, fieldsOf(ofRecord)));
}

// The value --keep N chooses: N counts from 1 in the order "sync conflicts" lists them.
QJsonValue keptValue(const Invocation &invocation, const SyncConflict &conflict)
{
    const qint64 count = conflict.values.size();
    bool ok = false;
    const qint64 n = invocation.value(kKeep).toLongLong(&ok);
    if (!ok || n < 1 || n > count) {
        throw UsageError(SyncCommandsTr::tr("--keep must be a number from 1 to %1 (the values \"sync conflicts\" "
                                            "lists for %2), not \"%3\"")
                             .arg(count)
                             .arg(conflict.field, invocation.value(kKeep)));
    }
    return conflict.values.at(n - 1).value;
}
} // namespace

ExitCode exportChanges(const Invocation &invocation)
{
    const QString out = invocation.value(u"out"_s);
    checkWritable(out);
    const QString passphrase = syncsupport::passphrase(invocation);
    const QString path = databasePath(invocation);
    if (QFileInfo(path).isFile()) {
        if (const QString reason = crm::Session::engine().readOnlyReason(path); !reason.isEmpty()) {
            // An export is not a read: the database keeps what each peer was sent.
            throw Error::database(
                SyncCommandsTr::tr("sync export records in the database when it sent changes to the peer (and, "
                                   "the first time, this replica's signing key), but %1 can only be read here: %2. "
                                   "Export from the database the officers work on, or copy this file to a folder "
                                   "you can write to and export from the copy.")
                    .arg(QDir::toNativeSeparators(path), reason));
        }
    }
    Session session(invocation, Database::OpenMode::MustExist);
    Synchronizer sync(session.db());
    const SyncExportReport report = sync.exportTo(invocation.value(u"to"_s), out, passphrase);
    // "key: value" lines with fixed English keys, like generate's, for scripts.
    console::line(u"changes: "_s + QString::number(report.changeCount));
    console::line(u"peer: "_s + report.peerName);
    console::line(u"file: "_s + absolute(report.path.isEmpty() ? out : report.path));
    console::line(u"encrypted: "_s + (passphrase.isEmpty() ? u"false"_s : u"true"_s));
    console::line(console::fileSizeLine(report.bytes));
    return ExitCode::Success;
}

ExitCode importPackage(const Invocation &invocation)
{
    const QString path = invocation.positionals.at(0);
    syncsupport::checkReadable(path);
    const QString passphrase = syncsupport::passphrase(invocation);
    Session session(invocation, Database::OpenMode::MustExist);
    Synchronizer sync(session.db());
    syncsupport::ProgressPrinter progress(SyncCommandsTr::tr("importing"));
    SyncImportReport report;
    try {
        report = sync.importFile(path, passphrase, progress.callback());
    } catch (const Error &error) {
        progress.finish();
        rethrowRefusal(error);
    }
    progress.finish();
    console::line(u"from: "_s + (report.senderName.isEmpty() ? report.senderReplicaId : report.senderName));
    console::line(u"received: "_s + QString::number(report.received));
    console::line(u"new: "_s + QString::number(report.applied));
    console::line(u"duplicates: "_s + QString::number(report.duplicates));
    console::line(u"records_changed: "_s + QString::number(report.recordsChanged));
    console::line(u"pending: "_s + QString::number(report.pendingRecords));
    console::line(u"conflicts: "_s + QString::number(report.conflicts));
    if (report.conflicts > 0) {
        console::error(SyncCommandsTr::tr("Conflicts to review: %1 (see \"delegates-crm-cli sync conflicts\").")
                           .arg(report.conflicts));
    }
    return ExitCode::Success;
}

ExitCode showSyncStatus(const Invocation &invocation)
{
    Session session(invocation, Database::OpenMode::ReadOnly);
    const SyncStatus status = Synchronizer(session.db()).status();
    if (invocation.has(kJson)) {
        QVariantList peers;
        for (const SyncPeerStatus &peer : status.peers) {
            peers << QVariantMap{{u"replica_id"_s, peer.replicaId},
                                 {u"name"_s, peer.name},
                                 {u"last_import_at"_s, syncsupport::isoOrNull(peer.lastImportAt)},
                                 {u"last_export_at"_s, syncsupport::isoOrNull(peer.lastExportAt)},
                                 {u"pending_changes"_s, peer.pendingChanges}};
        }
        console::write(jsonio::objectText({{u"database_id"_s, status.databaseId},
                                           {u"replica_id"_s, status.replicaId},
                                           {u"replica_name"_s, status.replicaName},
                                           {u"enabled"_s, status.enabled},
                                           {u"peers"_s, peers},
                                           {u"unresolved_conflicts"_s, status.unresolvedConflicts}},
                                          true));
        return ExitCode::Success;
    }
    console::line(SyncCommandsTr::tr("This replica: %1 (%2)").arg(status.replicaName, status.replicaId));
    console::line(SyncCommandsTr::tr("Database: %1").arg(status.databaseId));
    if (!status.enabled) {
        console::line(SyncCommandsTr::tr("Sync: off (it starts when a mission laptop is prepared with "
                                         "\"replica prepare\")"));
    } else {
        console::line(SyncCommandsTr::tr("Sync: on"));
    }
    console::line(SyncCommandsTr::tr("Unresolved conflicts: %1").arg(status.unresolvedConflicts));
    for (const SyncPeerStatus &peer : status.peers) {
        console::line(QString());
        console::line(SyncCommandsTr::tr("%1 (%2)").arg(peer.name, peer.replicaId));
        console::line(u"  "_s + SyncCommandsTr::tr("last import: %1").arg(syncsupport::humanTime(peer.lastImportAt)));
        console::line(u"  "_s + SyncCommandsTr::tr("last export: %1").arg(syncsupport::humanTime(peer.lastExportAt)));
        console::line(u"  "_s + SyncCommandsTr::tr("changes not yet acknowledged: %1").arg(peer.pendingChanges));
    }
    return ExitCode::Success;
}

ExitCode listConflicts(const Invocation &invocation)
{
    Session session(invocation, Database::OpenMode::ReadOnly);
    const QList<SyncConflict> conflicts = Synchronizer(session.db()).conflicts();
    if (invocation.has(kJson)) {
        jsonio::ArrayWriter array;
        for (const SyncConflict &conflict : conflicts) {
            array.add(conflictJson(conflict));
        }
        array.finish();
        return ExitCode::Success;
    }
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        if (i > 0) {
            console::line(QString());
        }
        printConflict(conflicts.at(i));
    }
    return ExitCode::Success;
}

ExitCode resolveConflict(const Invocation &invocation)
{
    const bool restore = invocation.has(kRestore);
    const bool keepDeleted = invocation.has(kKeepDeleted);
    const bool byField = invocation.has(kField) || invocation.has(kKeep) || invocation.has(kValue);
    if (int(restore) + int(keepDeleted) + int(byField) != 1) {
        throw UsageError(SyncCommandsTr::tr("sync resolve needs one decision: --field FIELD with --keep N or --value "
                                            "JSON, or --restore, or --keep-deleted"));
    }
    if (byField && (!invocation.has(kField) || invocation.has(kKeep) == invocation.has(kValue))) {
        throw UsageError(
            SyncCommandsTr::tr("sync resolve --field FIELD needs one of --keep N and --value JSON, not both"));
    }
    std::optional<QJsonValue> value;
    if (invocation.has(kValue)) {
        value = parseValue(invocation.value(kValue));
    }
    const QString recordId = invocation.value(kRecord);

    Session session(invocation, Database::OpenMode::MustExist);
    session.stampOfficer(invocation);
    Synchronizer sync(session.db());
    const SyncConflict conflict = findConflict(sync, recordId, byField ? invocation.value(kField) : QString());
    const QString record = kindName(conflict.kind) + u' ' + recordId;
    if (!byField) {
        sync.resolveDeletion(conflict, keepDeleted);
        console::line(keepDeleted ? SyncCommandsTr::tr("The %1 stays in the Trash.").arg(record)
                                  : SyncCommandsTr::tr("Restored the %1 with its edits.").arg(record));
    } else {
        const QJsonValue chosen = value ? *value : keptValue(invocation, conflict);
        sync.resolve(conflict, chosen);
        console::line(SyncCommandsTr::tr("Resolved %1 of the %2: %3").arg(conflict.field, record, valueText(chosen)));
    }
    console::line(SyncCommandsTr::tr("Export to the other replicas to share the decision."));
    return ExitCode::Success;
}

} // namespace crm::cli
