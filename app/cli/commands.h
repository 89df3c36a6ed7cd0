#pragma once

#include "arguments.h"

// The command handlers. Each checks its own arguments before it opens the database, reports
// results on stdout and lets crm::Error and UsageError propagate to cli::run(), which turns
// them into messages on stderr and exit codes.
namespace crm::cli {

// Every command with the options it accepts, in the order --help lists them.
const QList<CommandSpec> &commandSpecs();
QString usageText();

// databasecommands.cpp
ExitCode initDatabase(const Invocation &invocation);
ExitCode checkDatabase(const Invocation &invocation);
ExitCode loadDemo(const Invocation &invocation);
ExitCode generate(const Invocation &invocation);

// backupcommands.cpp
ExitCode backUpDatabase(const Invocation &invocation);
ExitCode listDatabaseBackups(const Invocation &invocation);
// "restore KIND ID" brings a record back from the Trash, "restore FILE" the database from a backup.
ExitCode restoreRecordOrBackup(const Invocation &invocation);

// recordcommands.cpp
ExitCode listRecords(const Invocation &invocation);
ExitCode showRecord(const Invocation &invocation);
ExitCode addRecord(const Invocation &invocation);
ExitCode updateRecord(const Invocation &invocation);
ExitCode deleteRecord(const Invocation &invocation);
ExitCode restoreRecord(const Invocation &invocation);
ExitCode purgeRecord(const Invocation &invocation);

// mergecommand.cpp
ExitCode mergeRecords(const Invocation &invocation);

// historycommand.cpp
ExitCode showHistory(const Invocation &invocation);

// timelinecommand.cpp
ExitCode showTimeline(const Invocation &invocation);
// Whether the command prints a document (timeline --pdf): fonts need a QGuiApplication, which
// every other command starts faster without.
bool printsDocuments(const Invocation &invocation);
// A UsageError when a file cannot be written there (a folder, a missing folder, no permission):
// checked before the database is read.
void checkWritable(const QString &path);

// reportcommand.cpp
ExitCode showReport(const Invocation &invocation);

// briefingcommand.cpp
ExitCode writeBriefing(const Invocation &invocation);

// exportcommand.cpp
ExitCode exportList(const Invocation &invocation);
ExitCode exportCalendar(const Invocation &invocation);

// importcommands.cpp
ExitCode importRecords(const Invocation &invocation);
ExitCode listImports(const Invocation &invocation);
ExitCode revertImport(const Invocation &invocation);

// searchcommand.cpp
ExitCode searchRecords(const Invocation &invocation);

// ratecommands.cpp
ExitCode setRate(const Invocation &invocation);
ExitCode listRates(const Invocation &invocation);
ExitCode removeRate(const Invocation &invocation);

// synccommands.cpp
ExitCode exportChanges(const Invocation &invocation);
ExitCode importPackage(const Invocation &invocation);
ExitCode showSyncStatus(const Invocation &invocation);
ExitCode listConflicts(const Invocation &invocation);
ExitCode resolveConflict(const Invocation &invocation);

// syncreplicacommands.cpp
ExitCode prepareLaptop(const Invocation &invocation);
ExitCode replicaName(const Invocation &invocation);
ExitCode replicaKey(const Invocation &invocation);
ExitCode trustPeer(const Invocation &invocation);

} // namespace crm::cli
